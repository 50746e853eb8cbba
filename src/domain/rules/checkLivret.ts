import type { LevelConflict, LivretData } from "../livretData";
import { attestationMissing } from "./attestationMissing";
import { cycleCoverage } from "./cycleCoverage";
import { cyclePeriodCount } from "./cyclePeriodCount";
import { cycleTotalWeeks } from "./cycleTotalWeeks";
import { daysToRecover } from "./daysToRecover";
import type { Finding, RuleId } from "./finding";
import { gridConflict } from "./gridConflict";
import { gridRowEmpty } from "./gridRowEmpty";
import { identityMissing } from "./identityMissing";
import { periodDatesOrder } from "./periodDatesOrder";
import { periodOrder } from "./periodOrder";
import { periodOverlap } from "./periodOverlap";
import { periodSchoolYear } from "./periodSchoolYear";
import { DEFAULT_RULE_OPTIONS } from "./ruleContext";
import type { Rule, RuleContext, RuleOptions } from "./ruleContext";
import { yearFourWeekPeriod } from "./yearFourWeekPeriod";

/** Every rule, in the order findings are listed (the order of the ids in issue 4). */
export const RULES: readonly { readonly id: RuleId; readonly check: Rule }[] = [
  { id: "period-dates-order", check: periodDatesOrder },
  { id: "period-overlap", check: periodOverlap },
  { id: "period-order", check: periodOrder },
  { id: "period-school-year", check: periodSchoolYear },
  { id: "year-four-week-period", check: yearFourWeekPeriod },
  { id: "cycle-period-count", check: cyclePeriodCount },
  { id: "cycle-total-weeks", check: cycleTotalWeeks },
  { id: "grid-conflict", check: gridConflict },
  { id: "grid-row-empty", check: gridRowEmpty },
  { id: "cycle-coverage", check: cycleCoverage },
  { id: "identity-missing", check: identityMissing },
  { id: "attestation-missing", check: attestationMissing },
  { id: "days-to-recover", check: daysToRecover },
];

export interface CheckInput {
  readonly livret: number;
  readonly data: LivretData;
  readonly conflicts?: readonly LevelConflict[];
}

/** Runs every rule on one livret; same input, same findings in the same order. */
export function checkLivret(input: CheckInput, options?: Partial<RuleOptions>): Finding[] {
  const ctx: RuleContext = {
    livret: input.livret,
    data: input.data,
    conflicts: input.conflicts ?? [],
    // Field by field: `{ requiredWeeks: undefined }` (an unset CLI flag) keeps the default.
    options: {
      requiredWeeks: options?.requiredWeeks ?? DEFAULT_RULE_OPTIONS.requiredWeeks,
      otherPeriods: options?.otherPeriods ?? DEFAULT_RULE_OPTIONS.otherPeriods,
    },
  };
  return RULES.flatMap((rule) => rule.check(ctx));
}
