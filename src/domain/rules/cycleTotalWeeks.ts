import { periodDuration } from "../calendar/periodDuration";
import { periodsOf, isDated } from "./periodsOf";
import { cyclePeriods } from "./cyclePeriodCount";
import { weeksText } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/** Total weeks of the cycle's dated periods (livret + `otherPeriods`). */
export function cycleWeeks(ctx: RuleContext): number {
  return cyclePeriods(ctx).reduce(
    (sum, p) => sum + (periodDuration(p.from, p.to)?.calendarWeeks ?? 0),
    0,
  );
}

/**
 * Total duration against the requirement (`options.requiredWeeks`: 22 as printed, 20 since 2024).
 * While some PFMP of the livret are not dated the total is provisional: info. Once all four are
 * dated and the total is short: warning (as for the four-week rule, the dates record what happened;
 * the school decides on catch-up periods). The livret only covers Première and Terminale, so the
 * message says when Seconde periods were not given.
 */
export function cycleTotalWeeks(ctx: RuleContext): Finding[] {
  const required = ctx.options.requiredWeeks;
  const total = cycleWeeks(ctx);
  // Weeks are fractions of 7 days: compare with a tolerance for floating-point sums.
  if (total + 1e-9 >= required) return [];
  const missing = periodsOf(ctx.data)
    .filter((p) => !isDated(p))
    .map((p) => p.pfmp);
  const seconde =
    ctx.options.otherPeriods.length === 0
      ? " (périodes de Seconde non comprises : elles ne figurent pas dans ce livret)"
      : "";
  if (missing.length > 0) {
    return [
      {
        severity: "info",
        rule: "cycle-total-weeks",
        message: `Durée provisoire des PFMP : ${weeksText(total)} sur ${required} exigées${seconde} ; PFMP non datée${missing.length > 1 ? "s" : ""} : ${missing.join(", ")}.`,
        where: where({ livret: ctx.livret }),
      },
    ];
  }
  return [
    {
      severity: "warning",
      rule: "cycle-total-weeks",
      message: `Durée totale des PFMP : ${weeksText(total)} sur ${required} exigées${seconde} ; il manque ${weeksText(required - total)}.`,
      where: where({ livret: ctx.livret }),
    },
  ];
}
