import { CATALOG } from "../../src/domain/catalog/referentiel";
import type { LivretData } from "../../src/domain/livretData";

const LEVEL_CYCLE = ["NE", "N", "D", "A", "E"] as const;

/**
 * Data that sets every level of every PFMP (levels vary by row and period so that a misplaced
 * column shows), a few activities, all four periods, the names and the days to recover.
 */
export function fullData(seed = 0): LivretData {
  const periods: Record<string, object> = {};
  const dates: Record<string, readonly [string, string]> = {
    "1": ["2025-01-06", "2025-01-31"],
    "2": ["2025-05-12", "2025-06-13"],
    "3": ["2025-11-17", "2025-12-19"],
    "4": ["2026-03-02", "2026-03-27"],
  };
  for (const [p, [from, to]] of Object.entries(dates)) {
    const levels: Record<string, string> = {};
    CATALOG.forEach((competence, i) => {
      levels[competence.key] = LEVEL_CYCLE[(i + Number(p) + seed) % 5];
    });
    periods[p] = {
      company: `Entreprise ${p}${seed > 0 ? ` n°${seed}` : ""}`,
      from,
      to,
      observations: `Observation de la période ${p}`,
      tutor: `M. Tuteur ${p}`,
      teacher: `Mme Professeure ${p}`,
      levels,
      activities: { "1.1.1": `Veille concurrentielle P${p}`, "AP.3": `Accueil clientèle P${p}` },
    };
  }
  return {
    student: { lastName: seed > 0 ? `ELEVE${seed}` : "MARTIN", firstName: "Léa" },
    daysToRecover: { premiere: 1, terminale: 0 },
    periods,
  } as LivretData;
}
