import type { LevelConflict, LivretData, PeriodData } from "../../src/domain/livretData";
import type { Level } from "../../src/domain/level";
import { CATALOG } from "../../src/domain/catalog/referentiel";
import { DEFAULT_RULE_OPTIONS } from "../../src/domain/rules/ruleContext";
import type { RuleContext, RuleOptions } from "../../src/domain/rules/ruleContext";

/** A rule context over hand-made data, livret index 3 so `where.livret` is visibly copied. */
export function ctx(
  data: LivretData,
  options: Partial<RuleOptions> = {},
  conflicts: readonly LevelConflict[] = [],
): RuleContext {
  return { livret: 3, data, conflicts, options: { ...DEFAULT_RULE_OPTIONS, ...options } };
}

export function dated(from: string, to: string, extra: PeriodData = {}): PeriodData {
  return { from, to, ...extra };
}

/** Every catalog row (competences and attitudes) at one level. */
export function allLevels(level: Level): Record<string, Level> {
  return Object.fromEntries(CATALOG.map((c) => [c.key, level]));
}
