/**
 * `npm run bench`: prints JSON with the time to inspect and to fill the template and a generated
 * 30-livret class file, next to the floor for each file (unzip + rezip of the same bytes with the
 * same zip library, fflate), so the ratio to the floor can be read; plus the Office.js round trips
 * of the pane (`syncs`) measured on the Word API double.
 *
 * Options: `--runs N` (default 5; `--class-runs N`, default 3, for the class file) measured runs
 * after `--warmup N` (default 1) unmeasured ones; every figure is the median of the measured runs,
 * in milliseconds.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { unzipSync, zipSync } from "fflate";
import { CATALOG } from "../src/domain/catalog/referentiel";
import type { Level } from "../src/domain/level";
import { LEVELS } from "../src/domain/level";
import type { LivretData, PeriodData, PeriodKey } from "../src/domain/livretData";
import { fillLivrets } from "../src/services/fillLivrets";
import { inspectDocument, openDocument, readDocument } from "../src/services/livretEngine";
import { buildLivretDocx } from "./template/buildLivretDocx";

const ROOT = path.join(__dirname, "..");

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects an integer`);
  return value;
}

const RUNS = Math.max(1, option("runs", 5));
/** The class file takes ~30× longer per run: fewer runs by default keep `npm run bench` short. */
const CLASS_RUNS = Math.max(1, option("class-runs", 3));
const WARMUP = option("warmup", 1);

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
  readonly inspectToFloor: number;
  readonly fillToFloor: number;
}

function measure(name: string, bytes: Uint8Array, runs: number): FileFigures {
  const livrets = readDocument(openDocument(bytes, name)).livrets.length;
  const filled = fillEvery(bytes, name, livrets);
  assertFilled(filled.bytes, name, livrets);
  const inspectMs = time(() => inspectDocument(openDocument(bytes, name)), runs);
  const fillMs = time(() => fillEvery(bytes, name, livrets), runs);
  // The floor: what any engine on the same zip library must pay to read and rewrite the package.
  const floorMs = time(() => zipSync(unzipSync(bytes)), runs);
  return {
    runs,
    bytes: bytes.length,
    livrets,
    inspectMs: round(inspectMs),
    fillMs: round(fillMs),
    writes: filled.writes,
    floorMs: round(floorMs),
    inspectToFloor: round(inspectMs / floorMs),
    fillToFloor: round(fillMs / floorMs),
  };
}

interface SyncCounts {
  readonly detect: number;
  readonly save: number;
}

/** The pane's round trips on the Word API double (`src/office/measureSyncs.ts`), when present. */
async function syncs(template: Uint8Array): Promise<SyncCounts | { readonly missing: string }> {
  const modulePath = path.join(ROOT, "src", "office", "measureSyncs");
  let measureSyncs: (docx: Uint8Array) => Promise<SyncCounts> | SyncCounts;
  try {
    ({ measureSyncs } = (await import(modulePath)) as { measureSyncs: typeof measureSyncs });
  } catch {
    return { missing: "src/office/measureSyncs.ts is not available" };
  }
  return measureSyncs(template);
}

async function run(): Promise<void> {
  const template = new Uint8Array(
    readFileSync(path.join(ROOT, "assets", "livret-mcv-option-b.docx")),
  );
  const classFile = buildLivretDocx({ copies: 30 });
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
    template: measure("livret-mcv-option-b.docx", template, RUNS),
    class30: measure("classe-30.docx", classFile, CLASS_RUNS),
    syncs: await syncs(template),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
