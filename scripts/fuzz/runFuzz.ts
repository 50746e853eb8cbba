/**
 * The fuzz loop: mutate a seed document, run the compiled command line on it in a child process
 * (so that signals, exit codes, time and heap are what a user would get), and check what issue 7
 * asks: no exit 70, no signal, nothing over 30 s or a 1 GB heap, the input untouched, no output
 * on failure, and after a successful fill a readable output whose XML parts are well-formed and
 * whose every other zip entry is byte-identical to the input's.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { CATALOG } from "../../src/domain/catalog/referentiel";
import { inflateEntry } from "../../src/docx/zip/inflateEntry";
import { readZip } from "../../src/docx/zip/readZip";
import { decodePart } from "../../src/docx/xml/decodePart";
import { loadSeed, mutate } from "./mutations";
import type { Mutant, Seed } from "./mutations";
import { caseSeed, createRandom } from "./random";
import type { Random } from "./random";

export const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "livret.js");
const TIMEOUT_MS = 30_000;
const HEAP_MB = 1024;

export const SEED_FILES = [
  "assets/livret-mcv-option-b.docx",
  "tests/fixtures/livret-libreoffice.docx",
  "tests/fixtures/class-3.docx",
  "tests/fixtures/livret-literal-bullets.docx",
  "tests/fixtures/hostile/cp437-names.docx",
  "tests/fixtures/hostile/proto-names.docx",
  "tests/fixtures/hostile/data-descriptors.docx",
  "tests/fixtures/hostile/utf16-document.docx",
];

export interface FuzzOptions {
  readonly seconds: number;
  readonly seed: number;
  /** Run only this case of the seed (replay). */
  readonly only?: number;
  readonly jobs: number;
  readonly failuresDir: string;
  readonly log: (line: string) => void;
}

export interface FuzzSummary {
  readonly seed: number;
  readonly cases: number;
  readonly runs: number;
  readonly byKind: Record<string, number>;
  /** Exit codes seen, per command. */
  readonly exits: Record<string, number>;
  readonly fillsOk: number;
  readonly failures: readonly string[];
  readonly seconds: number;
}

interface Run {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

function livret(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (stdout.length < 1 << 20) stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      if (stderr.length < 1 << 16) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ args, status, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Data for a fill: a random share of levels, periods and fields, with a few odd strings. */
function randomData(rnd: Random): object {
  const periods: Record<string, object> = {};
  const strings = [
    "Boulangerie Dupain",
    "M. Durand",
    "Ligne 1\nLigne 2",
    "é✓\u00a0<&>\"'",
    "x".repeat(500),
    "",
  ];
  for (const p of ["1", "2", "3", "4"]) {
    if (!rnd.chance(0.6)) continue;
    const levels: Record<string, string> = {};
    for (const c of CATALOG)
      if (rnd.chance(0.4)) levels[c.key] = rnd.pick(["NE", "N", "D", "A", "E"]);
    const activities: Record<string, string> = {};
    for (const c of CATALOG) if (rnd.chance(0.05)) activities[c.key] = rnd.pick(strings);
    periods[p] = {
      ...(rnd.chance(0.7) ? { company: rnd.pick(strings) } : {}),
      ...(rnd.chance(0.5) ? { from: "2025-01-06", to: "2025-01-31" } : {}),
      ...(rnd.chance(0.5) ? { observations: rnd.pick(strings), tutor: rnd.pick(strings) } : {}),
      levels,
      activities,
    };
  }
  return {
    student: { lastName: rnd.pick(["MARTIN", "N'DIAYE", "Ünïcode"]), firstName: "Léa" },
    ...(rnd.chance(0.5) ? { daysToRecover: { premiere: rnd.int(5), terminale: rnd.int(5) } } : {}),
    periods,
  };
}

/** Well-formed XML 1.0 (xmldom with every warning and error fatal, and XML 1.0 §2.2 Char). */
function wellFormed(bytes: Uint8Array): string | null {
  const text = decodePart(bytes);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text))
    return "character not allowed in XML 1.0";
  let problem: string | null = null;
  new DOMParser({
    onError: (level, message) => {
      problem ??= `${level}: ${message}`;
    },
  }).parseFromString(text, "text/xml");
  return problem;
}

function checkFillOutput(input: Uint8Array, output: Uint8Array): string[] {
  const problems: string[] = [];
  let before;
  let after;
  try {
    before = readZip(input, "input");
    after = readZip(output, "output");
  } catch (error) {
    return [`output not readable: ${(error as Error).message}`];
  }
  const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
  if (
    after.entries.map((e) => hex(e.rawName)).join() !==
    before.entries.map((e) => hex(e.rawName)).join()
  ) {
    problems.push("entry names or order changed");
    return problems;
  }
  let changed = 0;
  before.entries.forEach((entry, i) => {
    const out = after.entries[i]!;
    let data: Uint8Array;
    try {
      data = inflateEntry(out, "output");
    } catch (error) {
      problems.push(`${out.name}: ${(error as Error).message}`);
      return;
    }
    if (Buffer.compare(out.localRecord, entry.localRecord) === 0) return;
    changed++;
    if (!/\.xml$/i.test(out.name)) problems.push(`${out.name} changed but is not XML`);
    const problem = wellFormed(data);
    if (problem !== null) problems.push(`${out.name} is not well-formed: ${problem}`);
  });
  if (changed > 1) problems.push(`${changed} entries changed (only the main part may)`);
  return problems;
}

function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** One case: a mutant through inspect, export, check and (when it reads) fill. */
async function runCase(
  seedDoc: Seed,
  mutant: Mutant,
  rnd: Random,
  work: string,
  summary: { runs: number; exits: Record<string, number>; fillsOk: number },
): Promise<string[]> {
  const problems: string[] = [];
  const input = path.join(work, "in.docx");
  const data = path.join(work, "data.json");
  writeFileSync(input, mutant.bytes);
  writeFileSync(data, JSON.stringify(randomData(rnd)));
  const hash = sha(mutant.bytes);
  const filesBefore = listing(work);
  const check = (run: Run): void => {
    summary.runs++;
    const key = `${run.args[0]} ${run.status ?? run.signal}`;
    summary.exits[key] = (summary.exits[key] ?? 0) + 1;
    const where = `livret ${run.args.join(" ")}`;
    if (run.timedOut) problems.push(`${where}: over ${TIMEOUT_MS / 1000} s`);
    else if (run.signal !== null) problems.push(`${where}: killed by ${run.signal}`);
    else if (run.status === 70) problems.push(`${where}: exit 70: ${run.stderr.trim()}`);
    else if (run.status === null || ![0, 1, 2, 3].includes(run.status)) {
      problems.push(`${where}: exit ${run.status}: ${run.stderr.trim().slice(0, 300)}`);
    } else if (run.status >= 2 && !/^livret: .+\n$/.test(run.stderr)) {
      problems.push(
        `${where}: exit ${run.status} without one "livret: …" line: ${JSON.stringify(run.stderr.slice(0, 300))}`,
      );
    }
    if (/\n\s+at /.test(run.stderr)) problems.push(`${where}: stack trace on stderr`);
    if (sha(readFileSync(input)) !== hash) problems.push(`${where}: input modified`);
  };
  const inspect = await livret(["inspect", "--json", input], work);
  check(inspect);
  const other = await livret([rnd.pick(["export", "check"]), input], work);
  check(other);
  if (inspect.status === 0 || rnd.chance(0.2)) {
    const out = path.join(work, "out.docx");
    const args = ["fill", input, "--data", data, "--out", out];
    if (inspect.status === 0) {
      const count = (JSON.parse(inspect.stdout) as { livrets: unknown[] }).livrets.length;
      if (count > 1) args.push("--livret", String(1 + rnd.int(count)));
    }
    if (rnd.chance(0.2)) args.push("--mark", rnd.pick(["✓", "x", "☒"]));
    const fill = await livret(args, work);
    check(fill);
    const produced = existsSync(out);
    if (fill.status !== 0) {
      if (produced) problems.push(`fill failed (exit ${fill.status}) but wrote ${out}`);
    } else if (!produced) {
      problems.push("fill succeeded but wrote nothing");
    } else {
      summary.fillsOk++;
      const output = readFileSync(out);
      problems.push(...checkFillOutput(mutant.bytes, output).map((p) => `fill output: ${p}`));
      const again = await livret(["export", out], work);
      check(again);
      if (again.status !== 0)
        problems.push(`export of the filled output: exit ${again.status}: ${again.stderr.trim()}`);
      rmSync(out);
    }
    const left = listing(work).filter((f) => !filesBefore.includes(f));
    if (left.length > 0) problems.push(`files left behind: ${left.join(", ")}`);
  }
  void seedDoc;
  return problems;
}

/** Builds lib/ when a source is newer than the compiled command line. */
export function ensureBuilt(log: (line: string) => void): void {
  const built = path.join(ROOT, "lib", "cli", "main.js");
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
      const f = path.join(dir, e.name);
      return Math.max(
        n,
        e.isDirectory() ? newest(f) : e.name.endsWith(".ts") ? statSync(f).mtimeMs : 0,
      );
    }, 0);
  const stale =
    !existsSync(built) ||
    ["cli", "domain", "docx", "services", "shared"].some(
      (d) => newest(path.join(ROOT, "src", d)) > statSync(built).mtimeMs,
    );
  if (!stale) return;
  log("fuzz: building the command line (tsc -p tsconfig.cli.json)…");
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, stdio: "inherit" },
  );
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  ensureBuilt(options.log);
  const seeds = SEED_FILES.filter((f) => existsSync(path.join(ROOT, f))).map((f) =>
    loadSeed(f, readFileSync(path.join(ROOT, f))),
  );
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  const summary = { runs: 0, exits: {} as Record<string, number>, fillsOk: 0 };
  const byKind: Record<string, number> = {};
  const failures: string[] = [];
  let next = options.only ?? 0;
  let cases = 0;
  const worker = async (): Promise<void> => {
    const work = mkdtempSync(path.join(tmpdir(), "livret-fuzz-"));
    try {
      while (options.only === undefined ? Date.now() < deadline : cases === 0) {
        const index = next++;
        cases++;
        const rnd = createRandom(caseSeed(options.seed, index));
        const seedDoc = rnd.pick(seeds);
        const mutant = mutate(seedDoc, rnd);
        byKind[mutant.kind] = (byKind[mutant.kind] ?? 0) + 1;
        const problems = await runCase(seedDoc, mutant, rnd, work, summary);
        for (const f of listing(work)) rmSync(path.join(work, f), { recursive: true, force: true });
        if (problems.length === 0) continue;
        const dir = path.join(options.failuresDir, `seed-${options.seed}`, `case-${index}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "input.docx"), mutant.bytes);
        writeFileSync(
          path.join(dir, "report.txt"),
          [
            `seed ${options.seed} case ${index} (replay: npm run fuzz -- --seed ${options.seed} --case ${index})`,
            `from ${seedDoc.name}, ${mutant.kind} mutation: ${mutant.description}`,
            ...problems,
            "",
          ].join("\n"),
        );
        const line = `FAIL case ${index} (${seedDoc.name}, ${mutant.kind}: ${mutant.description.slice(0, 120)}): ${problems[0]!.slice(0, 300)}`;
        failures.push(line);
        options.log(line);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: options.only === undefined ? options.jobs : 1 }, worker));
  return {
    seed: options.seed,
    cases,
    runs: summary.runs,
    byKind,
    exits: summary.exits,
    fillsOk: summary.fillsOk,
    failures,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
