import { datedPeriods } from "./periodsOf";
import { dateRange } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";
import { yearOfPfmp } from "../schoolYear";

/**
 * Two periods overlap when they share at least one day (dates are inclusive: a PFMP ending on
 * 31/01 and the next starting on 31/01 overlap; one starting on 01/02 only touches). Reported once
 * per pair, on the higher PFMP number.
 */
export function periodOverlap(ctx: RuleContext): Finding[] {
  const periods = datedPeriods(ctx.data);
  const findings: Finding[] = [];
  for (let j = 1; j < periods.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const a = periods[i];
      const b = periods[j];
      if (a === undefined || b === undefined) continue;
      if (a.from <= b.to && b.from <= a.to) {
        findings.push({
          severity: "error",
          rule: "period-overlap",
          message: `Les PFMP ${a.pfmp} (${dateRange(a.from, a.to)}) et ${b.pfmp} (${dateRange(b.from, b.to)}) se chevauchent.`,
          where: where({
            livret: ctx.livret,
            year: yearOfPfmp(b.pfmp),
            period: b.pfmp,
            field: "from",
          }),
        });
      }
    }
  }
  return findings;
}
