/**
 * The demo's open in Node: the Word API double over a .docx + `OfficeDocumentPort.load()`, on the
 * template and on the 30-pupil class file, with the syncs and the largest response of the load.
 * Run on a tsc build (what ships), not tsx:
 *   npx tsc -p tsconfig.json --noEmit false --outDir /tmp/build --sourceMap false
 *   node /tmp/build/scripts/bench/demoOpenNode.js [--runs N] [--ceiling web|none]
 * Prints JSON on stdout (median ms of N runs after one warm-up).
 */
import { performance } from "node:perf_hooks";
import { createWordDouble } from "../../src/office/double";
import type { DoublePolicy } from "../../src/office/double/doublePolicy";
import { OfficeDocumentPort } from "../../src/office/officeDocumentPort";
import { buildLivretDocx } from "../template/buildLivretDocx";

export interface NodeOpen {
  /** Median ms of createWordDouble + load. */
  readonly ms: number;
  readonly createMs: number;
  readonly loadMs: number;
  readonly syncs: number;
  readonly largestResponseBytes: number;
  readonly livrets: number;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Opens `docx` as the demo does, `runs` times after one warm-up; medians in ms. */
export async function measureDemoOpenNode(
  docx: Uint8Array,
  runs: number,
  policy?: Partial<DoublePolicy>,
): Promise<NodeOpen> {
  const total: number[] = [];
  const create: number[] = [];
  const load: number[] = [];
  let last = { syncs: 0, largestResponseBytes: 0, livrets: 0 };
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const double = createWordDouble(docx, { policy });
    const t1 = performance.now();
    const snapshot = await new OfficeDocumentPort(double.Word, { host: double.host }).load();
    const t2 = performance.now();
    if (i === 0) continue;
    total.push(t2 - t0);
    create.push(t1 - t0);
    load.push(t2 - t1);
    last = {
      syncs: double.syncCount,
      largestResponseBytes: double.largestResponseBytes,
      livrets: snapshot.livrets.length,
    };
  }
  const r = (x: number) => Math.round(x);
  return { ms: r(median(total)), createMs: r(median(create)), loadMs: r(median(load)), ...last };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 3;
  const c = process.argv.indexOf("--ceiling");
  const ceiling = c >= 0 ? process.argv[c + 1] : "default";
  const policy: Partial<DoublePolicy> | undefined =
    ceiling === "none"
      ? { responseCeilingBytes: null }
      : ceiling === "web"
        ? { responseCeilingBytes: 4 * 1024 * 1024 }
        : undefined;
  const template = buildLivretDocx();
  const class30 = buildLivretDocx({ copies: 30 });
  const out = {
    ceiling,
    template: await measureDemoOpenNode(template, runs, policy),
    class30: await measureDemoOpenNode(class30, runs, policy),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

if (require.main === module) {
  void main();
}
