import { holidaysBetween, isWorkingDay } from "./frenchHolidays";
import type { PublicHoliday } from "./frenchHolidays";
import { parseIsoDate } from "./isoDate";

export interface PeriodDuration {
  /** Days from `from` to `to`, both included (06/01 → 31/01 = 26). */
  readonly calendarDays: number;
  /**
   * Length in weeks: calendar days / 7, where a last week of 5 or 6 days counts as a whole week.
   * WHY: the dates a teacher writes stop at the last working day ("du lundi 06/01 au vendredi
   * 31/01" is the livret's "quatre semaines", 26 days); the rest days that close the last week are
   * not in them. So 26, 27 and 28 days are all 4 weeks, 25 days (Monday → Thursday) is 3.57.
   */
  readonly calendarWeeks: number;
  /** Monday–Friday in the period, less the French public holidays that fall on those days. */
  readonly workingDays: number;
  /** `workingDays` less the absences entered (never below 0). */
  readonly daysDone: number;
  /** The weekday public holidays inside the period (so a UI can say why a day is missing). */
  readonly holidays: readonly PublicHoliday[];
}

/** Weeks for a number of calendar days (see `PeriodDuration.calendarWeeks`). */
export function weeksFromDays(calendarDays: number): number {
  if (calendarDays <= 0) return 0;
  const whole = Math.floor(calendarDays / 7);
  const rest = calendarDays % 7;
  return rest >= 5 ? whole + 1 : whole + rest / 7;
}

/**
 * Duration of a period given as ISO dates; null when a date is missing or invalid, or when the
 * period ends before it starts (the rules report those; a form shows nothing).
 */
export function periodDuration(
  from: string | undefined,
  to: string | undefined,
  absenceDays = 0,
): PeriodDuration | null {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (start === null || end === null || end < start) return null;
  const calendarDays = end - start + 1;
  let workingDays = 0;
  for (let day = start; day <= end; day += 1) if (isWorkingDay(day)) workingDays += 1;
  const absences = Number.isFinite(absenceDays) && absenceDays > 0 ? absenceDays : 0;
  return {
    calendarDays,
    calendarWeeks: weeksFromDays(calendarDays),
    workingDays,
    daysDone: Math.max(0, workingDays - absences),
    holidays: holidaysBetween(start, end),
  };
}

/** "4", "3,6" — French decimal comma, one decimal at most. */
export function formatWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace(".", ",");
}
