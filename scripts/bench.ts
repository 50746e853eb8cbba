/**
 * `npm run bench`: prints JSON with the time to inspect and to fill the template and a generated
 * 30-livret class file, next to the floor for each file (unzip + rezip of the same bytes with the
 * same zip library, fflate), so the ratio to the floor can be read; the Office.js round trips of
 * the pane (`syncs`) measured on the Word API double; and (issue 8):
 * - `cli`: whole `livret inspect` / `livret fill` processes on the template and the class file,
 *   wall time and peak memory (`/usr/bin/time -v` maximum resident set size when present, else
 *   the process's own `process.resourceUsage().maxRSS`);
 * - `scaling`: the in-process fill at 1, 4, 16, 30 and 60 pupils and the cost per pupil;
 * - `peer`: docxtemplater (dev dependency, used only here) filling the same paragraphs of a copy
 *   of the file tagged by the bench itself, paired with our fill, and the ratio of the two;
 * - `demo`: what the demo does to open a file, in Node (Word API double over the engine +
 *   `OfficeDocumentPort.load`: read the package, getOoxml, parse once, detect, read), and in
 *   Chromium on the production build (`demoOpenChromiumMs`, not with `--quick`).
 *
 * Options: `--runs N` (default 5; `--class-runs N`, default 5, for the class file) measured runs
 * after `--warmup N` (default 1) unmeasured ones; every figure is the median of the measured runs,
 * in milliseconds. `--quick` skips the CLI processes and the 60-pupil file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import Docxtemplater from "docxtemplater";
import { unzipSync, zipSync } from "fflate";
import PizZip from "pizzip";
import { NODE_ZIP_CODEC } from "../src/cli/nodeZipCodec";
import { applyWrites } from "../src/docx/applyWrites";
import { zipCodec } from "../src/docx/zip/zipCodec";
import { writeDocxPackage } from "../src/docx/docxPackage";
import { planWrites } from "../src/domain/filling/planWrites";
import { isCheckboxWrite } from "../src/domain/detection/livretMap";
import type { TextWrite } from "../src/domain/detection/livretMap";
import { CATALOG } from "../src/domain/catalog/referentiel";
import type { Level } from "../src/domain/level";
import { LEVELS } from "../src/domain/level";
import type { LivretData, PeriodData, PeriodKey } from "../src/domain/livretData";
import { fillLivrets } from "../src/services/fillLivrets";
import { inspectDocument, openDocument, readDocument } from "../src/services/livretEngine";
import { DESKTOP_POLICY, createWordDouble } from "../src/office/double";
import { measureRoundTrips, measureSyncs } from "../src/office/measureSyncs";
import { OfficeDocumentPort } from "../src/office/officeDocumentPort";
import { measureDemoOpenChromium } from "./bench/demoOpenChromium";
import { buildLivretDocx } from "./template/buildLivretDocx";

/**
 * The repository root: the bench runs compiled by tsc (`npm run bench` builds it into
 * `.bench-build/`), so it measures the JavaScript that ships — tsc's output, as in lib/ and the
 * webpack bundle — not tsx's esbuild output, whose class fields alone make the engine ~1.6× slower.
 */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "assets", "livret-mcv-option-b.docx"))) return dir;
    if (path.dirname(dir) === dir) throw new Error("bench: repository root not found");
  }
}

const ROOT = repoRoot();

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects an integer`);
  return value;
}

const RUNS = Math.max(1, option("runs", 5));
/** The class file takes ~30× longer per run: fewer runs by default keep `npm run bench` short. */
const CLASS_RUNS = Math.max(1, option("class-runs", 5));
const WARMUP = option("warmup", 1);
const QUICK = process.argv.includes("--quick");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Median wall time of `task` over `runs` runs after WARMUP warm-up runs. */
function time(task: () => unknown, runs: number): number {
  for (let i = 0; i < WARMUP; i++) task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const PERIOD_DATES: Readonly<Record<PeriodKey, readonly [string, string]>> = {
  "1": ["2025-01-06", "2025-01-31"],
  "2": ["2025-05-12", "2025-06-13"],
  "3": ["2025-11-17", "2025-12-19"],
  "4": ["2026-03-02", "2026-03-27"],
};

/** Every level of every PFMP (each row gets a non-NE level), all four periods and the names. */
function fullData(pupil: number): LivretData {
  const periods: Partial<Record<PeriodKey, PeriodData>> = {};
  for (const [key, [from, to]] of Object.entries(PERIOD_DATES) as [
    PeriodKey,
    readonly [string, string],
  ][]) {
    const levels: Record<string, Level> = {};
    CATALOG.forEach((competence, i) => {
      levels[competence.key] = LEVELS[1 + ((i + pupil + Number(key)) % 4)];
    });
    periods[key] = {
      company: `Entreprise ${pupil}-${key}`,
      from,
      to,
      observations: "RAS",
      tutor: "M. Durand",
      teacher: "Mme Petit",
      levels,
      activities: { "1.1.1": "Veille concurrentielle", "AP.3": "Accueil" },
    };
  }
  return {
    student: { lastName: `ELEVE${pupil}`, firstName: "Léa" },
    daysToRecover: { premiere: 0, terminale: 0 },
    periods,
  };
}

/** Opens the document and fills every livret of it (one pass: `fillLivrets`). */
function fillEvery(
  bytes: Uint8Array,
  name: string,
  count: number,
): { readonly bytes: Uint8Array; readonly writes: number } {
  const fills = Array.from({ length: count }, (_, index) => ({ index, data: fullData(index + 1) }));
  const result = fillLivrets(openDocument(bytes, name), fills);
  return { bytes: result.bytes, writes: result.writes.length };
}

/** A bench of a fill that does not work would be meaningless: read the result back first. */
function assertFilled(bytes: Uint8Array, name: string, count: number): void {
  const livrets = readDocument(openDocument(bytes, name)).livrets;
  for (let index = 0; index < count; index++) {
    const expected = fullData(index + 1).periods;
    const actual = livrets[index]?.data.periods;
    for (const key of ["1", "2", "3", "4"] as const) {
      if (JSON.stringify(actual?.[key]?.levels) !== JSON.stringify(expected?.[key]?.levels)) {
        throw new Error(`${name}: livret ${index + 1}, PFMP ${key}: the levels read back differ`);
      }
    }
  }
}

interface FileFigures {
  readonly runs: number;
  readonly bytes: number;
  readonly livrets: number;
  readonly inspectMs: number;
  readonly fillMs: number;
  readonly writes: number;
  readonly floorMs: number;
  /** Median over the runs of each run's inspect / floor (paired: `measure`). */
  readonly inspectToFloor: number;
  /** Median over the runs of each run's fill / floor. */
  readonly fillToFloor: number;
}

/** Wall time of one call of `task`, in ms. */
function once(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/**
 * The floor, inspect and fill measured in turn within each run (paired), so that a slow spell of
 * a shared machine (runs of one build spread by ±30 % here) weighs on the floor as on what is
 * compared with it; the ratios are the medians of each run's own ratios.
 */
function measure(name: string, bytes: Uint8Array, runs: number): FileFigures {
  const livrets = readDocument(openDocument(bytes, name)).livrets.length;
  const filled = fillEvery(bytes, name, livrets);
  assertFilled(filled.bytes, name, livrets);
  // The floor: what any engine on the same zip library must pay to read and rewrite the package.
  const floor = (): unknown => zipSync(unzipSync(bytes));
  const inspect = (): unknown => inspectDocument(openDocument(bytes, name));
  const fill = (): unknown => fillEvery(bytes, name, livrets);
  const samples = { floor: [] as number[], inspect: [] as number[], fill: [] as number[] };
  for (let i = 0; i < WARMUP + runs; i++) {
    const run = { floor: once(floor), inspect: once(inspect), fill: once(fill) };
    if (i < WARMUP) continue;
    samples.floor.push(run.floor);
    samples.inspect.push(run.inspect);
    samples.fill.push(run.fill);
  }
  const inspectMs = median(samples.inspect);
  const fillMs = median(samples.fill);
  const floorMs = median(samples.floor);
  const ratios = (of: readonly number[]) => median(of.map((ms, i) => ms / samples.floor[i]!));
  return {
    runs,
    bytes: bytes.length,
    livrets,
    inspectMs: round(inspectMs),
    fillMs: round(fillMs),
    writes: filled.writes,
    floorMs: round(floorMs),
    inspectToFloor: round(ratios(samples.inspect)),
    fillToFloor: round(ratios(samples.fill)),
  };
}

/** A copy of `bytes` whose target paragraphs hold docxtemplater tags `{v0}`, `{v1}`… */
function taggedCopy(
  bytes: Uint8Array,
  name: string,
): { readonly tagged: Uint8Array; readonly values: Record<string, string> } {
  const doc = openDocument(bytes, name);
  // The template holds typed marks only: every planned write is a text write.
  const writes = doc.map.livrets
    .flatMap((livret, index) => planWrites(doc.model, livret, fullData(index + 1)))
    .filter((w): w is TextWrite => !isCheckboxWrite(w));
  const values: Record<string, string> = {};
  const tags = writes.map((w, i) => {
    values[`v${i}`] = w.text;
    return { ...w, text: `{v${i}}` };
  });
  applyWrites(doc.pkg.document, tags);
  return { tagged: writeDocxPackage({ ...doc.pkg, documentChanged: true }), values };
}

function docxtemplaterFill(tagged: Uint8Array, values: Record<string, string>): Uint8Array {
  const engine = new Docxtemplater(new PizZip(tagged), { paragraphLoop: true, linebreaks: true });
  engine.render(values);
  return engine.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}

interface PeerFigures {
  readonly file: string;
  readonly paragraphs: number;
  readonly oursMs: number;
  readonly docxtemplaterMs: number;
  /** Our time over docxtemplater's (< 1: we are faster). */
  readonly ratio: number;
}

/** docxtemplater and our fill, run alternately (paired) on the same paragraphs. */
function peer(name: string, bytes: Uint8Array, runs: number): PeerFigures {
  const { tagged, values } = taggedCopy(bytes, name);
  const count = readDocument(openDocument(bytes, name)).livrets.length;
  // The peer's output must be a real fill: export it and compare with ours.
  const theirs = readDocument(openDocument(docxtemplaterFill(tagged, values), name)).livrets;
  const ours = readDocument(openDocument(fillEvery(bytes, name, count).bytes, name)).livrets;
  if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
    throw new Error(`${name}: docxtemplater's fill does not read back like ours`);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    let start = performance.now();
    fillEvery(bytes, name, count);
    const mine = performance.now() - start;
    start = performance.now();
    docxtemplaterFill(tagged, values);
    const other = performance.now() - start;
    if (i >= WARMUP) {
      a.push(mine);
      b.push(other);
    }
  }
  const oursMs = median(a);
  const docxtemplaterMs = median(b);
  return {
    file: name,
    paragraphs: Object.keys(values).length,
    oursMs: round(oursMs),
    docxtemplaterMs: round(docxtemplaterMs),
    ratio: round(oursMs / docxtemplaterMs),
  };
}

interface ScalingPoint {
  readonly pupils: number;
  readonly fillMs: number;
  readonly perPupilMs: number;
}

function scaling(counts: readonly number[]): ScalingPoint[] {
  return counts.map((pupils) => {
    const bytes = buildLivretDocx({ copies: pupils });
    const name = `classe-${pupils}.docx`;
    const fillMs = time(() => fillEvery(bytes, name, pupils), pupils >= 16 ? 1 : 3);
    return { pupils, fillMs: round(fillMs), perPupilMs: round(fillMs / pupils) };
  });
}

interface ProcessFigures {
  readonly command: string;
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly peakFrom: "time -v" | "maxRSS";
}

/** One whole `livret …` process (the built CLI in lib/, as `npx livret` runs it). */
function cliRun(label: string, args: readonly string[]): ProcessFigures {
  const bin = path.join(ROOT, "bin", "livret.js");
  const useTime = existsSync("/usr/bin/time");
  const start = performance.now();
  const result = useTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, bin, ...args], { encoding: "utf8" })
    : spawnSync(
        process.execPath,
        [
          "-e",
          `process.on("exit",()=>process.stderr.write("\\nmaxRSS "+process.resourceUsage().maxRSS+"\\n"));` +
            `process.argv=[process.argv[0],${JSON.stringify(bin)},...${JSON.stringify(args)}];require(${JSON.stringify(bin)})`,
        ],
        { encoding: "utf8" },
      );
  const wallMs = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`livret ${label}: exit ${result.status}: ${result.stderr}`);
  const kb = useTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1])
    : Number(/maxRSS (\d+)/.exec(result.stderr)?.[1]);
  return {
    command: `livret ${label}`,
    wallMs: round(wallMs),
    peakRssMb: Math.round(kb / 1024),
    peakFrom: useTime ? "time -v" : "maxRSS",
  };
}

function cliRuns(template: Uint8Array, classFile: Uint8Array): ProcessFigures[] {
  if (!existsSync(path.join(ROOT, "lib", "cli", "main.js"))) {
    throw new Error("the CLI is not built: run `npm run build:cli` first");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "livret-bench-"));
  try {
    const out: ProcessFigures[] = [];
    for (const [label, bytes, count] of [
      ["template", template, 1],
      ["class30", classFile, 30],
    ] as const) {
      const file = path.join(dir, `${label}.docx`);
      writeFileSync(file, bytes);
      const data = path.join(dir, `${label}.json`);
      const fills = Array.from({ length: count }, (_, i) => fullData(i + 1));
      writeFileSync(data, JSON.stringify(count === 1 ? fills[0] : { livrets: fills }));
      out.push(cliRun(`inspect ${label}`, ["inspect", file]));
      out.push(
        cliRun(`fill ${label}`, [
          "fill",
          file,
          "--data",
          data,
          "--out",
          path.join(dir, `${label}-out.docx`),
        ]),
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The demo's open, in Node: the Word API double + the port's load (getOoxml, parse, detect), as
 * the demo runs it (`DemoRoot.tsx`: Word on Windows/Mac, no web response ceiling) or, with
 * `ceiling`, under Word on the web's 4 MB ceiling (the sliced read).
 */
async function demoOpen(bytes: Uint8Array, runs: number, ceiling = false): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const start = performance.now();
    const double = ceiling
      ? createWordDouble(bytes)
      : createWordDouble(bytes, { policy: DESKTOP_POLICY });
    await new OfficeDocumentPort(double.Word, { host: double.host }).load();
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  return round(median(samples));
}

async function run(): Promise<void> {
  const template = new Uint8Array(
    readFileSync(path.join(ROOT, "assets", "livret-mcv-option-b.docx")),
  );
  const classFile = buildLivretDocx({ copies: 30 });
  const class30 = measure("classe-30.docx", classFile, CLASS_RUNS);
  const result = {
    node: process.version,
    warmup: WARMUP,
    unit: "ms, median of `runs` runs",
    measures: {
      inspectMs: "openDocument (unzip, XML parse, model, detection) + inspectDocument",
      fillMs:
        "openDocument + fill of every livret (every level of every PFMP, all periods, names) + rezip",
      floorMs: "fflate unzipSync + zipSync of the same bytes",
    },
    // In-process runs use the engine's default codec (fflate, as the pane does): the floor's
    // library. The command line installs Node's zlib (src/cli/nodeZipCodec.ts): see `cli`.
    codecs: { inProcess: zipCodec().name, cli: NODE_ZIP_CODEC.name },
    template: measure("livret-mcv-option-b.docx", template, RUNS),
    class30,
    scaling: scaling(QUICK ? [1, 4, 16, 30] : [1, 4, 16, 30, 60]),
    peer: [peer("livret-mcv-option-b.docx", template, RUNS), peer("classe-30.docx", classFile, 1)],
    demoOpenMs: {
      template: await demoOpen(template, RUNS),
      class30: await demoOpen(classFile, CLASS_RUNS),
      class30WebCeiling: await demoOpen(classFile, CLASS_RUNS, true),
    },
    // The same open in the real browser: the production build in Debian's Chromium, from the
    // class file given to « Ouvrir un .docx » to its grids shown (scripts/bench/demoOpenChromium.ts).
    demoOpenChromiumMs: QUICK
      ? "skipped (--quick)"
      : existsSync("/usr/bin/chromium")
        ? await measureDemoOpenChromium({ runs: 3 })
        : { missing: "/usr/bin/chromium is not installed" },
    cli: QUICK ? "skipped (--quick)" : cliRuns(template, classFile),
    syncs: await measureSyncs(template),
    // Issue 9: round trips and the largest response of one sync under the double's default 4 MB
    // ceiling (Word on the web), for a load and a save of every row of every grid.
    roundTrips: {
      template: await measureRoundTrips(template),
      class30: await measureRoundTrips(classFile),
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
