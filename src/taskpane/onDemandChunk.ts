import { deferredModule } from "./deferredModule";

/**
 * What the pane shows only on demand, in a chunk of its own (on-demand.js) so that taskpane.js,
 * what Word loads at start, stays small: Fluent's Calendar (the period's dates) and Dialog (the
 * questions before a re-read, a download…), 20 KB gzipped. One chunk rather than one each: both
 * are wanted at the same moment (`prefetchOnDemandChunk`), and one gzip stream is 0.7 KB smaller
 * than two. The service worker precaches it with every other asset.
 */
export const ON_DEMAND_CHUNK = deferredModule(
  () => import(/* webpackChunkName: "on-demand" */ "./onDemand"),
);

/**
 * Called once the pane has rendered (App): the chunk loads while the teacher reads the grids, so
 * the first click on a calendar or the first question finds it there.
 */
export function prefetchOnDemandChunk(): void {
  // A failure is not reported here: the component that needs the chunk asks again.
  ON_DEMAND_CHUNK.load().catch(() => undefined);
}
