import { countBySeverity, SEVERITY_LABELS } from "../../domain/rules/finding";
import type { Finding } from "../../domain/rules/finding";
import { foldFindings } from "../../domain/rules/foldFindings";
import { YEAR_LABELS } from "../../domain/schoolYear";
import { checkDocument } from "../../services/checkDocument";
import type { LivretCheck } from "../../services/checkDocument";
import { openDocument, unmappedWarnings } from "../../services/livretEngine";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import type { CliIo } from "../io";

export interface CheckArgs {
  readonly file: string;
  readonly json: boolean;
  /** Weeks of PFMP the cycle requires (22 as printed in the livret, 20 since the 2024 reform). */
  readonly weeks: number;
}

export type CheckIo = Pick<CliIo, "readFile" | "stdout" | "stderr">;

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
  try {
    validateWeeks(args.weeks);
    const bytes = await io.readFile(args.file);
    const doc = openDocument(bytes, args.file);
    const result = checkDocument(doc, { requiredWeeks: args.weeks });
    // What the rules cannot see (unclear marks, rows that do not line up): on stderr.
    for (const w of unmappedWarnings(doc.map)) {
      io.stderr(`livret: ${args.file} : attention : ${w.message}\n`);
    }
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
