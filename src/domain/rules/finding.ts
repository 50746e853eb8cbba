import type { SchoolYear } from "../schoolYear";

export type Severity = "error" | "warning" | "info";

/** Stable rule ids: scripts filter on them, the pane maps them to places (issue 4). */
export type RuleId =
  | "period-dates-order"
  | "period-overlap"
  | "period-order"
  | "period-school-year"
  | "year-four-week-period"
  | "cycle-period-count"
  | "cycle-total-weeks"
  | "grid-conflict"
  | "grid-row-empty"
  | "cycle-coverage"
  | "identity-missing"
  | "attestation-missing"
  | "days-to-recover";

export const RULE_IDS: readonly RuleId[] = [
  "period-dates-order",
  "period-overlap",
  "period-order",
  "period-school-year",
  "year-four-week-period",
  "cycle-period-count",
  "cycle-total-weeks",
  "grid-conflict",
  "grid-row-empty",
  "cycle-coverage",
  "identity-missing",
  "attestation-missing",
  "days-to-recover",
];

/**
 * Where a finding points to. Absent parts are left out (never `undefined` values), so the JSON
 * output is `{ "livret": 0, "period": 2 }` and not `{ "key": null }`.
 * - `livret`: index of the livret (pupil) in the document;
 * - `year`, `period` (PFMP 1–4), `key` (catalog key of a grid row);
 * - `field`: a field of the data format ("lastName", "firstName", "company", "from", "to",
 *   "observations", "daysToRecover").
 */
export interface FindingWhere {
  readonly livret?: number;
  readonly year?: SchoolYear;
  readonly period?: number;
  readonly key?: string;
  readonly field?: string;
}

export interface Finding {
  readonly severity: Severity;
  readonly rule: RuleId;
  /** French, for the teacher. */
  readonly message: string;
  readonly where: FindingWhere;
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Erreur",
  warning: "Attention",
  info: "Info",
};

/** Builds a `where` without the parts that are undefined. */
export function where(parts: {
  livret?: number;
  year?: SchoolYear;
  period?: number;
  key?: string;
  field?: string;
}): FindingWhere {
  const result: { -readonly [K in keyof FindingWhere]: FindingWhere[K] } = {};
  if (parts.livret !== undefined) result.livret = parts.livret;
  if (parts.year !== undefined) result.year = parts.year;
  if (parts.period !== undefined) result.period = parts.period;
  if (parts.key !== undefined) result.key = parts.key;
  if (parts.field !== undefined) result.field = parts.field;
  return result;
}

export function countBySeverity(findings: readonly Finding[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
