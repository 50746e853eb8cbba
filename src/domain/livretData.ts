import type { Level } from "./level";
import type { SchoolYear } from "./schoolYear";

/**
 * The public data format (README "Data format", schema in `schemas/livret-data.schema.json`).
 * Everything is optional: what is absent is left as it is in the document.
 * Dates are ISO `YYYY-MM-DD` strings; keys of `levels`/`activities` are catalog keys
 * ("1.1.1", "4B.3.6", "AP.12") or positional keys for rows the catalog does not know.
 */
export interface StudentData {
  readonly lastName?: string;
  readonly firstName?: string;
}

export type PeriodKey = "1" | "2" | "3" | "4";

export interface PeriodData {
  readonly company?: string;
  readonly from?: string;
  readonly to?: string;
  readonly observations?: string;
  readonly tutor?: string;
  readonly teacher?: string;
  readonly levels?: Readonly<Record<string, Level>>;
  readonly activities?: Readonly<Record<string, string>>;
}

export interface LivretData {
  readonly student?: StudentData;
  readonly daysToRecover?: Readonly<Partial<Record<SchoolYear, number>>>;
  readonly periods?: Readonly<Partial<Record<PeriodKey, PeriodData>>>;
}

/** Two or more levels ticked in one row and PFMP (reported by `export`). */
export interface LevelConflict {
  readonly period: number;
  readonly key: string;
  readonly levels: readonly Level[];
}
