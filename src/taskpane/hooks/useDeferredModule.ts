import * as React from "react";
import type { DeferredModule } from "../deferredModule";

/**
 * The deferred module once it has arrived, else undefined. While `wanted` (the calendar is open,
 * a question is asked) and it has not arrived, asks for it and renders again when it does; it is
 * normally there already (`prefetchOnDemandChunk` runs after the first render).
 */
export function useDeferredModule<T>(module: DeferredModule<T>, wanted: boolean): T | undefined {
  const [, setArrived] = React.useState(0);
  const value = module.loaded();
  React.useEffect(() => {
    if (!wanted || value !== undefined) return undefined;
    let live = true;
    module.load().then(
      () => {
        if (live) setArrived((n) => n + 1);
      },
      () => undefined, // nothing to show; the next `wanted` asks again
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  return value;
}
