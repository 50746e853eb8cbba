/**
 * Whether the tree's nodes are made as object literals with their class's prototype rather than
 * by `new` (`newElement`, `xmlNodes.ts`). Measured on the two engines the engine runs on, building
 * 650,000 linked nodes of the element's shape, all kept alive (a class file's tree), median of 8:
 *
 * | | `new XElement` | literal with `__proto__` |
 * |---|---|---|
 * | Node 20 (V8 11.3): the command line, the tests | 185 ms, 61–75 scavenges | 110 ms, 11 |
 * | Chromium 156 (V8 of 2026): the pane, the demo | 88–106 ms | 250–306 ms |
 *
 * V8 11 tracks an allocation site for a literal and, since most of its objects live on, allocates
 * them in the old generation from then on (allocation-site pretenuring); objects made by `new`
 * stay young and the scavenger copies the whole tree out of the young generation twice (a class
 * file's inspect: 2.9–3.4 → 2.6–2.8 floors, its model building 330 → 190 ms). Later V8s make a
 * literal with a prototype through the runtime, 3× slower than `new`, and their young
 * generation no longer charges a surviving tree as much. So: literals where V8 is older than 12
 * (measured: 11.3), `new` everywhere else (browsers, JavaScriptCore, later Node versions).
 */
export const LITERAL_NODES: boolean = v8Major() < 12;

/** V8's major version where `process.versions.v8` tells it (Node); Infinity elsewhere. */
function v8Major(): number {
  const v8 = (globalThis as { process?: { versions?: { v8?: unknown } } }).process?.versions?.v8;
  const major = typeof v8 === "string" ? Number.parseInt(v8, 10) : Number.NaN;
  return Number.isFinite(major) ? major : Number.POSITIVE_INFINITY;
}
