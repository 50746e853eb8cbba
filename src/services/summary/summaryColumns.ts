import type { SummaryRow } from "./summaryRows";

/** A cell before formatting: text, number, ISO date, or nothing. */
export type SummaryValue =
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "date"; readonly value: string }
  | null;

export type ColumnFormat = "text" | "integer" | "decimal" | "euro" | "date";

export interface SummaryColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters for the spreadsheet. */
  readonly width: number;
  readonly value: (row: SummaryRow) => SummaryValue;
}

const text = (value: string | null): SummaryValue =>
  value === null ? null : { type: "text", value };
const num = (value: number | null): SummaryValue =>
  value === null ? null : { type: "number", value };
const date = (value: string | null): SummaryValue =>
  value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value) ? text(value) : { type: "date", value };

/** The columns of `livret summary`, in order (README "livret summary" shows a sample). */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { header: "Élève", format: "text", width: 24, value: (r) => text(r.pupil) },
  {
    header: "Année",
    format: "text",
    width: 11,
    value: (r) => text(r.kind === "period" ? r.year : "Cycle"),
  },
  {
    header: "PFMP",
    format: "text",
    width: 7,
    value: (r) => text(r.kind === "period" ? String(r.pfmp) : "Total"),
  },
  {
    header: "Entreprise",
    format: "text",
    width: 28,
    value: (r) => (r.kind === "period" ? text(r.company) : null),
  },
  {
    header: "Du",
    format: "date",
    width: 11,
    value: (r) => (r.kind === "period" ? date(r.from) : null),
  },
  {
    header: "Au",
    format: "date",
    width: 11,
    value: (r) => (r.kind === "period" ? date(r.to) : null),
  },
  { header: "Semaines", format: "decimal", width: 10, value: (r) => num(r.weeks) },
  { header: "Jours ouvrés", format: "integer", width: 8, value: (r) => num(r.workingDays) },
  { header: "Jours d'absence", format: "decimal", width: 9, value: (r) => num(r.absenceDays) },
  { header: "Jours effectués", format: "decimal", width: 9, value: (r) => num(r.daysDone) },
  {
    header: "Taux (€/jour)",
    format: "euro",
    width: 9,
    value: (r) => (r.kind === "period" ? num(r.dailyRate) : null),
  },
  { header: "Allocation (€)", format: "euro", width: 12, value: (r) => num(r.allowance) },
  {
    header: "Compétences évaluées",
    format: "integer",
    width: 11,
    value: (r) => (r.kind === "period" ? num(r.evaluated) : null),
  },
  {
    header: "NE",
    format: "integer",
    width: 6,
    value: (r) => (r.kind === "period" ? num(r.ne) : null),
  },
  {
    header: "Vides",
    format: "integer",
    width: 6,
    value: (r) => (r.kind === "period" ? num(r.empty) : null),
  },
  {
    header: "Couverture (/72)",
    format: "integer",
    width: 11,
    value: (r) => (r.kind === "total" ? num(r.coverage) : null),
  },
  {
    header: "Constats",
    format: "integer",
    width: 9,
    value: (r) => (r.kind === "total" ? num(r.findings) : null),
  },
  {
    header: "dont erreurs",
    format: "integer",
    width: 9,
    value: (r) => (r.kind === "total" ? num(r.errors) : null),
  },
  { header: "Fichier", format: "text", width: 28, value: (r) => text(r.file) },
  { header: "Livret", format: "integer", width: 7, value: (r) => num(r.livret) },
];
