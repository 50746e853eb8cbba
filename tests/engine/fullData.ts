import { CATALOG } from "../../src/domain/catalog/referentiel";
import { LEVELS } from "../../src/domain/level";
import type { LivretData, PeriodData, PeriodKey } from "../../src/domain/livretData";

/** A data set that fills every field of a livret: all levels of all PFMPs, dates, names… */
export function fullData(seed = 0): LivretData {
  const periods: Partial<Record<PeriodKey, PeriodData>> = {};
  const months = ["01", "03", "10", "12"];
  for (const n of [1, 2, 3, 4] as const) {
    const levels: Record<string, (typeof LEVELS)[number]> = {};
    const activities: Record<string, string> = {};
    CATALOG.forEach((c, i) => {
      levels[c.key] = LEVELS[(i + n + seed) % LEVELS.length]!;
      if (i % 7 === n) activities[c.key] = `Activité ${c.key} P${n}${i % 2 === 0 ? "\nsuite" : ""}`;
    });
    const year = n <= 2 ? 2025 : 2026;
    periods[String(n) as PeriodKey] = {
      company: `Entreprise ${n} & Fils <SARL>`,
      from: `${year}-${months[n - 1]}-06`,
      to: `${year}-${months[n - 1]}-31`,
      observations: n === 2 ? "1 jour d'absence (maladie)" : `RAS ${n}`,
      tutor: `M. Tuteur${n}`,
      teacher: `Mme Prof${n}`,
      levels,
      activities,
    };
  }
  return {
    student: { lastName: `MARTIN${seed === 0 ? "" : seed}`, firstName: "Léa" },
    daysToRecover: { premiere: 1, terminale: 0 },
    periods,
  };
}
