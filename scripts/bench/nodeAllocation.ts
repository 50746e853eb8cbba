/**
 * The measurement behind `src/docx/xml/literalNodes.ts`: builds a tree of 650,000 linked nodes
 * of the element's shape (a class file's), all kept alive, made by `new` and as object literals
 * with the class's prototype, in this Node and in Debian's Chromium (a fresh page per way).
 * Prints, per engine and way, the sorted times of 8 builds after 2 unmeasured ones (ms):
 *   npx tsx scripts/bench/nodeAllocation.ts
 * Run it again on a new Node or Chromium before changing `LITERAL_NODES`. It reports, it does not
 * judge: no figure is asserted anywhere.
 */
import { existsSync } from "node:fs";
import { CHROMIUM, launchChromium } from "../launchChromium";

type Way = "new" | "literal";

/**
 * The measurement as JavaScript source, run as is by Node and by the page (not compiled: tsx's
 * esbuild would turn the constructors' assignments into class fields, which build slower than
 * tsc's output does, and add helpers the page does not have). The element's fields are assigned
 * in the order `XElement`'s constructors assign them in tsc's output.
 */
const BUILD_TIMES = `(way) => {
  class Base { constructor() { this.parentNode = null; this.nextSibling = null; this.start = -1; this.end = -1; } }
  class Parent extends Base { constructor() { super(); this.first = null; this.state = 0; this.below = 0; } }
  class Element extends Parent { constructor(qn) { super(); this.attrList = null; this.qn = qn; } }
  const proto = Element.prototype;
  const make = way === "new"
    ? (qn) => new Element(qn)
    : (qn) => ({ __proto__: proto, parentNode: null, nextSibling: null, start: -1, end: -1,
        first: null, state: 0, below: 0, attrList: null, qn });
  const build = () => {
    const root = make(0);
    let parent = root;
    let last = null;
    for (let i = 0; i < 650000; i++) {
      const e = make(i);
      e.parentNode = parent;
      if (last === null) parent.first = e; else last.nextSibling = e;
      last = e;
      if (i % 5 === 0) { parent = e; last = null; }
      else if (i % 7 === 0 && parent.parentNode !== null) {
        parent = parent.parentNode;
        last = null;
        for (let n = parent.first; n !== null; n = n.nextSibling) last = n;
      }
    }
    return root;
  };
  const times = [];
  let kept = null;
  for (let run = 0; run < 10; run++) {
    const start = performance.now();
    kept = build();
    if (run >= 2) times.push(Math.round(performance.now() - start));
  }
  if (kept === null) throw new Error("nothing built");
  return times.sort((a, b) => a - b);
}`;

function buildTimes(way: Way): number[] {
  const run = new Function(`return (${BUILD_TIMES});`)() as (way: Way) => number[];
  return run(way);
}

async function inChromium(way: Way): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const times: unknown = await page.evaluate(`(${BUILD_TIMES})(${JSON.stringify(way)})`);
    return times as number[];
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const ways: Way[] = ["new", "literal"];
  const node = Object.fromEntries(ways.map((way) => [way, buildTimes(way)]));
  // One engine at a time: the machine has two cores.
  let chromium: Record<string, unknown> = { missing: `${CHROMIUM} is not installed` };
  if (existsSync(CHROMIUM)) {
    chromium = {};
    for (const way of ways) chromium[way] = await inChromium(way);
  }
  const report = { node: { version: process.version, v8: process.versions.v8, ...node }, chromium };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
