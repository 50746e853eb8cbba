import { dayOfWeek, epochDay, formatIsoDate, parseIsoDate } from "./isoDate";
import type { EpochDay } from "./isoDate";

export interface PublicHoliday {
  /** ISO date. */
  readonly date: string;
  /** French name, as a teacher would read it. */
  readonly name: string;
}

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every
 * Gregorian year. Returns the ISO date.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(epochDay(year, month, day));
}

/**
 * The eleven French public holidays of metropolitan France (Code du travail, art. L3133-1), in date
 * order. Lundi de Pentecôte is counted as a holiday: it is still in the L3133-1 list; the "journée
 * de solidarité" (L3133-7) may make it a working day in some companies, but that is each
 * employer's choice and pupils in PFMP are under school status, not employees, so the safe default
 * for counting the days a pupil had to work is to leave it out. Alsace-Moselle's two extra days
 * (Vendredi saint, 26 décembre) are not included.
 */
export function frenchPublicHolidays(year: number): readonly PublicHoliday[] {
  const easter = parseIsoDate(easterSunday(year));
  if (easter === null) throw new Error(`no Easter date for ${year}`);
  const fixed = (month: number, day: number, name: string): PublicHoliday => ({
    date: formatIsoDate(epochDay(year, month, day)),
    name,
  });
  const fromEaster = (offset: number, name: string): PublicHoliday => ({
    date: formatIsoDate(easter + offset),
    name,
  });
  const holidays: PublicHoliday[] = [
    fixed(1, 1, "Jour de l'an"),
    fromEaster(1, "Lundi de Pâques"),
    fixed(5, 1, "Fête du Travail"),
    fixed(5, 8, "Victoire 1945"),
    fromEaster(39, "Ascension"),
    fromEaster(50, "Lundi de Pentecôte"),
    fixed(7, 14, "Fête nationale"),
    fixed(8, 15, "Assomption"),
    fixed(11, 1, "Toussaint"),
    fixed(11, 11, "Armistice 1918"),
    fixed(12, 25, "Noël"),
  ];
  // Ascension can fall on 1 or 8 May (it did in 2008): keep one entry per date.
  const seen = new Set<string>();
  return holidays
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .filter((h) => (seen.has(h.date) ? false : (seen.add(h.date), true)));
}

const cache = new Map<number, ReadonlySet<EpochDay>>();

function holidaySet(year: number): ReadonlySet<EpochDay> {
  let set = cache.get(year);
  if (set === undefined) {
    set = new Set(frenchPublicHolidays(year).map((h) => parseIsoDate(h.date) as EpochDay));
    cache.set(year, set);
  }
  return set;
}

export function isPublicHoliday(day: EpochDay): boolean {
  const year = Number(formatIsoDate(day).slice(0, 4));
  return holidaySet(year).has(day);
}

/** Monday–Friday and not a public holiday. */
export function isWorkingDay(day: EpochDay): boolean {
  const dow = dayOfWeek(day);
  return dow !== 0 && dow !== 6 && !isPublicHoliday(day);
}

/** The public holidays that fall on a weekday between two dates (inclusive), in order. */
export function holidaysBetween(from: EpochDay, to: EpochDay): readonly PublicHoliday[] {
  const result: PublicHoliday[] = [];
  const first = Number(formatIsoDate(from).slice(0, 4));
  const last = Number(formatIsoDate(to).slice(0, 4));
  for (let year = first; year <= last; year += 1) {
    for (const h of frenchPublicHolidays(year)) {
      const day = parseIsoDate(h.date) as EpochDay;
      const dow = dayOfWeek(day);
      if (day >= from && day <= to && dow !== 0 && dow !== 6) result.push(h);
    }
  }
  return result;
}
