import { parseIsoDate } from "../calendar/isoDate";
import type { EpochDay } from "../calendar/isoDate";
import type { LivretData, PeriodData, PeriodKey } from "../livretData";
import { PFMP_NUMBERS } from "../schoolYear";
import type { PfmpNumber } from "../schoolYear";

export interface PeriodView {
  readonly pfmp: PfmpNumber;
  readonly data: PeriodData;
  /** Epoch days of valid dates, null when absent or not a real date. */
  readonly from: EpochDay | null;
  readonly to: EpochDay | null;
}

/** A period with both dates valid and in order: the only ones duration rules reason about. */
export interface DatedPeriod extends PeriodView {
  readonly from: EpochDay;
  readonly to: EpochDay;
}

export function periodData(data: LivretData, pfmp: PfmpNumber): PeriodData | undefined {
  return data.periods?.[String(pfmp) as PeriodKey];
}

/** PFMP 1–4 in order, with their parsed dates (an absent period is an empty one). */
export function periodsOf(data: LivretData): readonly PeriodView[] {
  return PFMP_NUMBERS.map((pfmp) => {
    const p = periodData(data, pfmp) ?? {};
    return { pfmp, data: p, from: parseIsoDate(p.from), to: parseIsoDate(p.to) };
  });
}

export function isDated(p: PeriodView): p is DatedPeriod {
  return p.from !== null && p.to !== null && p.from <= p.to;
}

export function datedPeriods(data: LivretData): readonly DatedPeriod[] {
  return periodsOf(data).filter(isDated);
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** True when the period carries at least one level (NE included). */
export function hasLevels(p: PeriodData | undefined): boolean {
  return p?.levels !== undefined && Object.keys(p.levels).length > 0;
}

/** Dates filled: both `from` and `to` present (valid or not). */
export function hasDates(p: PeriodData | undefined): boolean {
  return p !== undefined && !isBlank(p.from) && !isBlank(p.to);
}
