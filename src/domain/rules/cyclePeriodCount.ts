import { formatIsoDate, parseIsoDate } from "../calendar/isoDate";
import { datedPeriods } from "./periodsOf";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { OtherPeriod, RuleContext } from "./ruleContext";

/** "La durée ne peut être fractionnée en plus de six périodes." (seed livret; arrêté 10/02/2009 art. 6) */
export const MAX_CYCLE_PERIODS = 6;

/**
 * The cycle-wide count on any list of periods (those with a valid start date count), so it can be
 * checked with six and seven periods although the livret itself holds four. An error: it is a
 * regulatory limit, not a planning preference.
 */
export function periodCountFindings(periods: readonly OtherPeriod[], livret: number): Finding[] {
  const count = periods.filter((p) => parseIsoDate(p.from) !== null).length;
  if (count <= MAX_CYCLE_PERIODS) return [];
  return [
    {
      severity: "error",
      rule: "cycle-period-count",
      message: `Le cycle compte ${count} périodes de PFMP ; la durée ne peut être fractionnée en plus de ${MAX_CYCLE_PERIODS} périodes.`,
      where: where({ livret }),
    },
  ];
}

/** The livret's dated PFMP plus the periods given outside it (`options.otherPeriods`, Seconde). */
export function cyclePeriods(ctx: RuleContext): readonly OtherPeriod[] {
  const own = datedPeriods(ctx.data).map((p) => ({
    from: formatIsoDate(p.from),
    to: formatIsoDate(p.to),
  }));
  return [...ctx.options.otherPeriods, ...own];
}

export function cyclePeriodCount(ctx: RuleContext): Finding[] {
  return periodCountFindings(cyclePeriods(ctx), ctx.livret);
}
