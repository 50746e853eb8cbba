import { isValid, parse } from "date-fns";

import { MS_PER_DAY, parseStrictIsoDate, type EpochDay } from "./strictIsoDate";

export type { EpochDay } from "./strictIsoDate";

/**
 * Dates of the data format are ISO `YYYY-MM-DD` strings (README "Data format"), read by
 * `parseStrictIsoDate`; this reader also forgives the blanks around a date typed in a form.
 */
export function parseIsoDate(text: string | undefined | null): EpochDay | null {
  if (text === undefined || text === null) return null;
  return parseStrictIsoDate(text.trim());
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Parts of an epoch day, in the proleptic Gregorian calendar. */
export function dayParts(day: EpochDay): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatIsoDate(day: EpochDay): string {
  const p = dayParts(day);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

export function epochDay(year: number, month: number, day: number): EpochDay {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like `Date.getDay()` (1970-01-01 was a Thursday). */
export function dayOfWeek(day: EpochDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** "2025-01-06" → "06/01/2025", the way the livret prints dates; null for an invalid date. */
export function formatFrenchDate(iso: string): string | null {
  const day = parseIsoDate(iso);
  if (day === null) return null;
  const p = dayParts(day);
  return `${pad(p.day, 2)}/${pad(p.month, 2)}/${pad(p.year, 4)}`;
}

/**
 * "06/01/2025" (also "6/1/2025") → "2025-01-06"; null when it is not a real date. Two-digit years
 * are refused: "06/01/25" is ambiguous in a livret that spans centuries of forms.
 */
export function parseFrenchDate(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  // date-fns `parse` validates the day against the month (31/02 is invalid).
  const parsed = parse(trimmed, "d/M/yyyy", new Date(2000, 0, 1));
  if (!isValid(parsed)) return null;
  return `${pad(parsed.getFullYear(), 4)}-${pad(parsed.getMonth() + 1, 2)}-${pad(parsed.getDate(), 2)}`;
}

/**
 * The school year a date belongs to, named by the calendar year it starts in: 1 September to
 * 31 August (2025-01-06 → 2024, i.e. 2024-2025).
 */
export function schoolYearStart(day: EpochDay): number {
  const p = dayParts(day);
  return p.month >= 9 ? p.year : p.year - 1;
}

export function formatSchoolYear(start: number): string {
  return `${start}-${start + 1}`;
}
