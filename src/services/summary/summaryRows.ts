import { allowanceDue } from "../../domain/allowance/allowanceDue";
import { ALLOWANCE_RATES } from "../../domain/allowance/allowanceRates";
import { parseAbsenceDays } from "../../domain/calendar/absences";
import { periodDuration } from "../../domain/calendar/periodDuration";
import type { LivretData, PeriodKey } from "../../domain/livretData";
import { progressMatrix } from "../../domain/progress/progressMatrix";
import { COVERAGE_KEYS, unevaluatedCompetences } from "../../domain/rules/cycleCoverage";
import { PFMP_NUMBERS, YEAR_LABELS, yearOfPfmp } from "../../domain/schoolYear";
import type { PfmpNumber } from "../../domain/schoolYear";
import type { LivretCheck } from "../checkDocument";
import { foldFindings } from "../../domain/rules/foldFindings";
import type { FindingLine } from "../../domain/rules/foldFindings";

function severityOf(line: FindingLine): string {
  return line.kind === "one" ? line.finding.severity : line.group.severity;
}

/** What the school office reads for one PFMP of one pupil (dates stay ISO strings here). */
export interface SummaryPeriodRow {
  readonly kind: "period";
  readonly pupil: string;
  readonly file: string;
  /** 1-based, as `inspect` numbers the livrets of a file. */
  readonly livret: number;
  readonly year: string;
  readonly pfmp: PfmpNumber;
  readonly company: string | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Null when the period is not dated (or its dates are invalid). */
  readonly weeks: number | null;
  readonly workingDays: number | null;
  readonly absenceDays: number | null;
  readonly daysDone: number | null;
  /** € per day done in that year (arrêté du 11 août 2023). */
  readonly dailyRate: number;
  readonly allowance: number | null;
  /** The 72 competences in that PFMP: N/D/A/E, NE, nothing ticked. */
  readonly evaluated: number;
  readonly ne: number;
  readonly empty: number;
}

/** The cycle's totals for one pupil. */
export interface SummaryTotalRow {
  readonly kind: "total";
  readonly pupil: string;
  readonly file: string;
  readonly livret: number;
  readonly weeks: number;
  readonly workingDays: number;
  readonly absenceDays: number;
  readonly daysDone: number;
  readonly allowance: number;
  /** Competences evaluated (not NE) at least once over PFMP 1–4, out of `coverageOf`. */
  readonly coverage: number;
  readonly coverageOf: number;
  /** Findings as `livret check` prints them (per-key findings of one rule and PFMP folded). */
  readonly findings: number;
  readonly errors: number;
}

export type SummaryRow = SummaryPeriodRow | SummaryTotalRow;

export interface SummaryFile {
  readonly file: string;
  readonly livrets: readonly LivretCheck[];
}

function pupilName(data: LivretData): string {
  const parts = [data.student?.lastName, data.student?.firstName]
    .map((p) => p?.trim() ?? "")
    .filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : "(sans nom)";
}

function blank(text: string | undefined): string | null {
  return text === undefined || text.trim() === "" ? null : text.trim();
}

function periodRow(
  base: Pick<SummaryPeriodRow, "pupil" | "file" | "livret">,
  data: LivretData,
  pfmp: PfmpNumber,
  counts: { evaluated: number; ne: number; empty: number },
): SummaryPeriodRow {
  const p = data.periods?.[String(pfmp) as PeriodKey] ?? {};
  const year = yearOfPfmp(pfmp);
  // As check and report compute them: absences are the numbers given in the observations.
  const absences = parseAbsenceDays(p.observations) ?? 0;
  const d = periodDuration(p.from, p.to, absences);
  return {
    kind: "period",
    ...base,
    year: YEAR_LABELS[year],
    pfmp,
    company: blank(p.company),
    from: blank(p.from),
    to: blank(p.to),
    weeks: d?.calendarWeeks ?? null,
    workingDays: d?.workingDays ?? null,
    absenceDays: d === null ? null : absences,
    daysDone: d?.daysDone ?? null,
    dailyRate: ALLOWANCE_RATES[year].perDay,
    allowance: d === null ? null : allowanceDue(year, d.daysDone),
    ...counts,
  };
}

function sum(rows: readonly SummaryPeriodRow[], f: (r: SummaryPeriodRow) => number | null): number {
  return rows.reduce((s, r) => s + (f(r) ?? 0), 0);
}

/**
 * The school office's table: for every pupil, one row per PFMP (1–4) then one row of cycle
 * totals. Durations, days and absences are those of `check` and `report` (src/domain/calendar);
 * the allowance is the days done × the year's daily rate (src/domain/allowance).
 */
export function summaryRows(files: readonly SummaryFile[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const { file, livrets } of files) {
    for (const l of livrets) {
      const base = { pupil: pupilName(l.data), file, livret: l.index + 1 };
      // Counted as `check` prints them: the empty rows of one PFMP are one finding, not 80.
      const lines = foldFindings(l.findings);
      const matrix = progressMatrix(l.data);
      const competenceBlocks = matrix.blocks.filter((b) => b.kind !== "attitudes");
      const periods = PFMP_NUMBERS.map((n) =>
        periodRow(base, l.data, n, {
          evaluated: competenceBlocks.reduce((s, b) => s + b.counts[n].evaluated, 0),
          ne: competenceBlocks.reduce((s, b) => s + b.counts[n].ne, 0),
          empty: competenceBlocks.reduce((s, b) => s + b.counts[n].empty, 0),
        }),
      );
      rows.push(...periods);
      rows.push({
        kind: "total",
        ...base,
        weeks: sum(periods, (r) => r.weeks),
        workingDays: sum(periods, (r) => r.workingDays),
        absenceDays: sum(periods, (r) => r.absenceDays),
        daysDone: sum(periods, (r) => r.daysDone),
        allowance: Math.round(sum(periods, (r) => r.allowance) * 100) / 100,
        coverage: COVERAGE_KEYS.length - unevaluatedCompetences({ data: l.data }).length,
        coverageOf: COVERAGE_KEYS.length,
        findings: lines.length,
        errors: lines.filter((line) => severityOf(line) === "error").length,
      });
    }
  }
  return rows;
}
