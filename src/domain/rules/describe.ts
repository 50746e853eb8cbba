import { formatFrenchDate, formatIsoDate } from "../calendar/isoDate";
import type { EpochDay } from "../calendar/isoDate";
import { formatWeeks } from "../calendar/periodDuration";
import { findCompetence } from "../catalog/referentiel";

/** French wording shared by the rule messages. */

export function frenchDay(day: EpochDay): string {
  return formatFrenchDate(formatIsoDate(day)) ?? formatIsoDate(day);
}

export function dateRange(from: EpochDay, to: EpochDay): string {
  return `du ${frenchDay(from)} au ${frenchDay(to)}`;
}

export function weeksText(weeks: number): string {
  return `${formatWeeks(weeks)} semaine${weeks >= 2 ? "s" : ""}`;
}

const MAX_LABEL = 70;

/** `1.2.8 « Argumenter »`: the key says which row (labels repeat across blocks). */
export function competenceText(key: string): string {
  const c = findCompetence(key);
  if (c === undefined) return key;
  const label =
    c.label.length > MAX_LABEL ? `${c.label.slice(0, MAX_LABEL - 1).trimEnd()}…` : c.label;
  return `${key} « ${label} »`;
}
