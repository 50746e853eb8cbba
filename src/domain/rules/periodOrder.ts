import { datedPeriods } from "./periodsOf";
import { dateRange } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";
import { yearOfPfmp } from "../schoolYear";

/**
 * PFMP numbers follow the calendar (1 before 2 before 3 before 4). Any pair of dated periods is
 * compared, so PFMP 1 and 3 are checked even when PFMP 2 has no dates yet. A pair that shares days
 * is `period-overlap`'s finding; this rule reports a later-numbered PFMP lying wholly before an
 * earlier one, so one mistake gives one finding.
 */
export function periodOrder(ctx: RuleContext): Finding[] {
  const periods = datedPeriods(ctx.data);
  const findings: Finding[] = [];
  for (let j = 1; j < periods.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const earlier = periods[i];
      const later = periods[j];
      if (earlier === undefined || later === undefined) continue;
      if (later.to < earlier.from) {
        findings.push({
          severity: "error",
          rule: "period-order",
          message: `La PFMP ${later.pfmp} (${dateRange(later.from, later.to)}) a lieu avant la PFMP ${earlier.pfmp} (${dateRange(earlier.from, earlier.to)}) : les numéros doivent suivre le calendrier.`,
          where: where({
            livret: ctx.livret,
            year: yearOfPfmp(later.pfmp),
            period: later.pfmp,
            field: "from",
          }),
        });
      }
    }
  }
  return findings;
}
