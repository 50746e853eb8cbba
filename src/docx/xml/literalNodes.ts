/**
 * Whether the tree's nodes are made as object literals with their class's prototype rather than
 * by `new` (`newElement`, `xmlNodes.ts`), measured on the engines the engine runs on.
 *
 * `scripts/bench/nodeAllocation.ts` builds 650,000 linked nodes of the element's shape, all kept
 * alive (a class file's tree), median of 8 builds (ms):
 *
 * | | `new` | literal with `__proto__` |
 * |---|---|---|
 * | Node 20 (V8 11.3): the command line, the tests, the bench | 162 (61–75 scavenges) | 124 (11) |
 * | Chromium 156: the pane in WebView2 and browsers, the demo | 154 | 334 |
 *
 * V8 11 tracks an allocation site for a literal and, since most of its objects live on, allocates
 * them in the old generation from then on (allocation-site pretenuring); objects made by `new`
 * stay young, and the scavenger copies the whole tree out of the young generation. On the real
 * path, in Node: a class file's inspect 3.2–3.8 → 2.6–2.8 floors, the model build after the parse
 * 330 → 190 ms. In Chromium the literal is 2× slower than `new`, and the demo's open of a class
 * file took 2.2–2.6 s with literals against 1.5–1.7 s with `new`. So: literals where V8 is older
 * than 12 (the one measured is 11.3), `new` everywhere else (browsers, JavaScriptCore, later Node
 * versions, until measured there).
 */
export const LITERAL_NODES: boolean = v8Major() < 12;

/** V8's major version where `process.versions.v8` tells it (Node); Infinity elsewhere. */
function v8Major(): number {
  const v8 = (globalThis as { process?: { versions?: { v8?: unknown } } }).process?.versions?.v8;
  const major = typeof v8 === "string" ? Number.parseInt(v8, 10) : Number.NaN;
  return Number.isFinite(major) ? major : Number.POSITIVE_INFINITY;
}
