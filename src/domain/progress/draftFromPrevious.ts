import type { Level } from "../level";
import type { LivretData, PeriodKey } from "../livretData";

/**
 * "Partir de la PFMP précédente": the levels of PFMP n−1, as a draft for PFMP n. The pane shows
 * them as a draft until the teacher saves; nothing here writes. A fresh object, so the caller may
 * keep it while the data changes. PFMP 3 starts from PFMP 2 (Première → Terminale): the same
 * competences are followed over the whole cycle.
 */
export function draftFromPrevious(
  data: LivretData,
  pfmp: 2 | 3 | 4,
): Readonly<Record<string, Level>> {
  const previous = data.periods?.[String(pfmp - 1) as PeriodKey]?.levels ?? {};
  return { ...previous };
}
