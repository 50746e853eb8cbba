import type { Level } from "../domain/level";
import { LEVELS } from "../domain/level";
import type { LivretData, PeriodKey } from "../domain/livretData";
import type { LivretSnapshot } from "../services/documentPort";

type MutablePeriods = Partial<
  Record<PeriodKey, { levels: Record<string, Level>; activities: Record<string, string> }>
>;

/**
 * Data that changes every competence row of every grid of one livret, for every PFMP of the grid:
 * a level different from the one the document holds (cycling through the five, so every level
 * column is written somewhere), and an activities text where the grid has an activities cell.
 * The bench's and the tests' "save of any size" (issue: "a save that changes every row of every
 * grid of the template").
 */
export function everyRowData(snapshot: LivretSnapshot, livretIndex = 0): LivretData {
  const livret = snapshot.map.livrets[livretIndex];
  const current = snapshot.livrets[livretIndex]?.data.periods ?? {};
  const periods: MutablePeriods = {};
  let n = 0;
  for (const grid of livret?.grids ?? []) {
    for (const row of grid.rows) {
      if (row.kind !== "competence" || row.key === null) continue;
      for (const slot of row.slots) {
        const key = String(slot.pfmp) as PeriodKey;
        const period = (periods[key] ??= { levels: {}, activities: {} });
        const now = current[key]?.levels?.[row.key];
        let level = LEVELS[n % LEVELS.length]!;
        if (level === now) level = LEVELS[(n + 1) % LEVELS.length]!;
        period.levels[row.key] = level;
        if (slot.activities !== null) {
          const was = current[key]?.activities?.[row.key];
          period.activities[row.key] = was === `Activité ${n}` ? `Activité ${n}·` : `Activité ${n}`;
        }
        n += 1;
      }
    }
  }
  return { periods };
}
