import { periodDuration } from "../calendar/periodDuration";
import { formatIsoDate } from "../calendar/isoDate";
import { YEAR_LABELS, YEAR_PFMPS } from "../schoolYear";
import { datedPeriods } from "./periodsOf";
import { weeksText } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/** "dont une au moins de 4 semaines" (seed livret, "Organisation des PFMP"). */
export const MIN_LONG_PERIOD_WEEKS = 4;

/**
 * The livret's planning rule, per class year: "En première : 2 périodes dont une au moins de 4
 * semaines … En Terminale : 2 périodes …, dont une d'au moins 4 semaines." Checked once both of the
 * year's PFMP are dated (before that, the second one may still be the long one).
 *
 * Severity: warning, not error. The dates record what happened; a teacher cannot make a past
 * period longer by editing the livret, and the livret is still the right document to send. The
 * finding is for the DDFPT (planning), and an error would make `livret check` fail a folder of
 * otherwise complete livrets.
 */
export function yearFourWeekPeriod(ctx: RuleContext): Finding[] {
  const periods = datedPeriods(ctx.data);
  const findings: Finding[] = [];
  for (const year of ["premiere", "terminale"] as const) {
    const own = periods.filter((p) => YEAR_PFMPS[year].includes(p.pfmp));
    if (own.length < 2) continue;
    const weeks = own.map((p) => ({
      pfmp: p.pfmp,
      weeks: periodDuration(formatIsoDate(p.from), formatIsoDate(p.to))?.calendarWeeks ?? 0,
    }));
    if (weeks.some((w) => w.weeks >= MIN_LONG_PERIOD_WEEKS)) continue;
    const detail = weeks.map((w) => `PFMP ${w.pfmp} : ${weeksText(w.weeks)}`).join(", ");
    findings.push({
      severity: "warning",
      rule: "year-four-week-period",
      message: `En ${YEAR_LABELS[year]}, aucune des deux PFMP ne dure au moins ${MIN_LONG_PERIOD_WEEKS} semaines (${detail}) ; le livret en demande une d'au moins ${MIN_LONG_PERIOD_WEEKS} semaines.`,
      where: where({ livret: ctx.livret, year }),
    });
  }
  return findings;
}
