import { countBySeverity, SEVERITY_LABELS } from "../../domain/rules/finding";
import type { Finding } from "../../domain/rules/finding";
import { foldFindings } from "../../domain/rules/foldFindings";
import { YEAR_LABELS } from "../../domain/schoolYear";
import { checkDocument } from "../../services/checkDocument";
import type { LivretCheck } from "../../services/checkDocument";
import { openDocument } from "../../services/livretEngine";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import { expandInputs } from "../inputFiles";
import type { CliIo } from "../io";
import { checkFiles } from "../checkFiles";
import type { FileCheck } from "../checkFiles";

export interface CheckArgs {
  readonly file: string;
  /** Several files or folders (each folder: its .docx files); `file` alone when absent. */
  readonly files?: readonly string[];
  readonly json: boolean;
  /** Weeks of PFMP the cycle requires (22 as printed in the livret, 20 since the 2024 reform). */
  readonly weeks: number;
}

export type CheckIo = Pick<CliIo, "readFile" | "stdout" | "stderr"> &
  Partial<Pick<CliIo, "readDir">>;

/** Upper bound for --weeks: a 3-year cycle has fewer than 52 weeks of PFMP by far. */
const MAX_WEEKS = 52;

export function validateWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new UsageError(
      `--weeks : un nombre entier de semaines entre 1 et ${MAX_WEEKS} est attendu (20 ou 22).`,
    );
  }
}

function pupil(livret: LivretCheck | undefined): string {
  const s = livret?.data.student;
  const name = [s?.lastName, s?.firstName]
    .filter((p) => p !== undefined && p.trim() !== "")
    .join(" ");
  return name === "" ? "" : ` (${name})`;
}

/** "livret 1 (MARTIN Léa)" for a finding that points to a pupil, nothing otherwise. */
function livretLabel(index: number | undefined, livrets: readonly LivretCheck[]): string[] {
  if (index === undefined) return [];
  return [`livret ${index + 1}${pupil(livrets.find((l) => l.index === index))}`];
}

/** "Erreur · livret 1 (MARTIN Léa) · PFMP 2 · 1.2.8 : message [grid-conflict]" */
export function formatFindingLine(f: Finding, livrets: readonly LivretCheck[]): string {
  const parts: string[] = [SEVERITY_LABELS[f.severity], ...livretLabel(f.where.livret, livrets)];
  if (f.where.period !== undefined) parts.push(`PFMP ${f.where.period}`);
  else if (f.where.year !== undefined) parts.push(YEAR_LABELS[f.where.year]);
  if (f.where.key !== undefined) parts.push(f.where.key);
  return `${parts.join(" · ")} : ${f.message} [${f.rule}]`;
}

/**
 * One line per finding, except the per-key findings of one rule, pupil and PFMP (empty rows,
 * coverage), folded into one line listing their keys; `--json` keeps every finding.
 */
export function formatFindingLines(
  findings: readonly Finding[],
  livrets: readonly LivretCheck[],
): string[] {
  return foldFindings(findings).map((line) => {
    if (line.kind === "one") return formatFindingLine(line.finding, livrets);
    const { group } = line;
    const parts = [SEVERITY_LABELS[group.severity], ...livretLabel(group.livret, livrets)];
    return `${parts.join(" · ")} : ${group.summary} : ${group.keys.join(", ")}. [${group.rule}]`;
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? "s" : ""}`;
}

/**
 * `livret check FILE.docx [--json] [--weeks 20|22]`: the findings of every livret of the file.
 * Exit code 0 when there is no error (warnings and infos allowed), 1 when there are errors, 2 for a
 * usage error and 3 for an unreadable input (errors.ts EXIT), so a school can check a folder in a
 * script. Failures are printed here as one line, so the function can run without `main`.
 */
export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  let files: readonly string[] = [args.file];
  try {
    validateWeeks(args.weeks);
    const inputs = args.files ?? [args.file];
    files = io.readDir === undefined ? inputs : await expandInputs(inputs, { readDir: io.readDir });
  } catch (error) {
    io.stderr(errorLine(error, files));
    return exitCodeFor(error);
  }
  if (files.length > 1) return runCheckFiles(files, args, io);
  return runCheckFile({ ...args, file: files[0]! }, io);
}

async function runCheckFile(args: CheckArgs, io: CheckIo): Promise<number> {
  try {
    const bytes = await io.readFile(args.file);
    const doc = openDocument(bytes, args.file);
    const result = checkDocument(doc, { requiredWeeks: args.weeks });
    if (args.json) {
      io.stdout(`${JSON.stringify({ findings: result.findings }, null, 2)}\n`);
    } else {
      for (const line of formatFindingLines(result.findings, result.livrets))
        io.stdout(`${line}\n`);
      const c = countBySeverity(result.findings);
      io.stdout(
        result.findings.length === 0
          ? `${args.file} : aucune remarque (${plural(result.livrets.length, "livret")}).\n`
          : `${args.file} : ${plural(c.error, "erreur")}, ${plural(c.warning, "avertissement")}, ${plural(c.info, "information")} (${plural(result.livrets.length, "livret")}).\n`,
      );
    }
    return result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  } catch (error) {
    io.stderr(errorLine(error, [args.file]));
    return exitCodeFor(error);
  }
}

function severitySummary(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  return `${plural(c.error, "erreur")}, ${plural(c.warning, "avertissement")}, ${plural(c.info, "information")}`;
}

/**
 * Several documents (a class folder): each file's lines prefixed with its name and closed by its
 * summary line, then a total. An unreadable file is reported on stderr and the others are still
 * checked; the exit code is then 3 (unreadable), else 1 when a file has errors, else 0.
 */
async function runCheckFiles(
  files: readonly string[],
  args: CheckArgs,
  io: CheckIo,
): Promise<number> {
  const checks: readonly FileCheck[] = await checkFiles(files, io, args.weeks);
  if (args.json) {
    const out = checks.map((c) =>
      c.kind === "ok"
        ? { file: c.file, findings: c.result.findings }
        : { file: c.file, error: { code: c.code, message: c.message } },
    );
    io.stdout(`${JSON.stringify({ files: out }, null, 2)}\n`);
  }
  let livrets = 0;
  const all: Finding[] = [];
  for (const c of checks) {
    if (c.kind === "error") {
      io.stderr(c.line);
      continue;
    }
    livrets += c.result.livrets.length;
    all.push(...c.result.findings);
    if (args.json) continue;
    for (const line of formatFindingLines(c.result.findings, c.result.livrets)) {
      io.stdout(`${c.file} · ${line}\n`);
    }
    const n = plural(c.result.livrets.length, "livret");
    io.stdout(
      c.result.findings.length === 0
        ? `${c.file} : aucune remarque (${n}).\n`
        : `${c.file} : ${severitySummary(c.result.findings)} (${n}).\n`,
    );
  }
  const unreadable = checks.filter((c) => c.kind === "error").length;
  if (!args.json) {
    const unread =
      unreadable > 0
        ? `, ${plural(unreadable, "fichier")} illisible${unreadable > 1 ? "s" : ""}`
        : "";
    io.stdout(
      `Total : ${plural(checks.length, "fichier")}, ${plural(livrets, "livret")} : ${severitySummary(all)}${unread}.\n`,
    );
  }
  if (unreadable > 0) return Math.max(...checks.map((c) => (c.kind === "error" ? c.exitCode : 0)));
  return all.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
