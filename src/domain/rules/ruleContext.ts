import type { LevelConflict, LivretData } from "../livretData";
import type { Finding } from "./finding";

/** A period done during the cycle but outside this livret (Seconde), for the cycle-wide rules. */
export interface OtherPeriod {
  readonly from: string;
  readonly to: string;
}

export interface RuleOptions {
  /**
   * Weeks of PFMP the cycle requires: 22 as printed in the livret ("22 semaines de PFMP sur le
   * cycle de 3 ans"), 20 for cohorts under the 2024 reform (décret n° 2024-542 and its arrêtés).
   */
  readonly requiredWeeks: number;
  /**
   * Periods of the 3-year cycle this livret does not hold (Seconde: "2 périodes de trois semaines
   * … ou 3 périodes de 2 semaines"). They count in `cycle-period-count` and `cycle-total-weeks`.
   */
  readonly otherPeriods: readonly OtherPeriod[];
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { requiredWeeks: 22, otherPeriods: [] };

export interface RuleContext {
  /** Index of the livret (pupil) in the document; copied into every finding's `where.livret`. */
  readonly livret: number;
  readonly data: LivretData;
  readonly conflicts: readonly LevelConflict[];
  readonly options: RuleOptions;
}

export type Rule = (ctx: RuleContext) => Finding[];
