import { REFERENTIEL } from "../../domain/catalog/referentiel";
import type { BlockId, GridKind } from "../../domain/catalog/catalogTypes";
import type { LivretData, PeriodKey } from "../../domain/livretData";
import type { CellState } from "../../domain/progress/progressMatrix";
import { PFMP_NUMBERS } from "../../domain/schoolYear";

/** Lowest to highest: nothing ticked, NE, then the four levels of the CCF scale. */
const RANK: Readonly<Record<CellState, number>> = { empty: 0, NE: 1, N: 2, D: 3, A: 4, E: 5 };

/** The best level a pupil reached in a row over PFMP 1–4 so far ("empty" when none ticked). */
export function bestLevel(data: LivretData, key: string): CellState {
  let best: CellState = "empty";
  for (const n of PFMP_NUMBERS) {
    const level = data.periods?.[String(n) as PeriodKey]?.levels?.[key];
    if (level !== undefined && RANK[level] > RANK[best]) best = level;
  }
  return best;
}

function isEvaluated(state: CellState): boolean {
  return state !== "empty" && state !== "NE";
}

export interface ClassRow {
  readonly key: string;
  readonly label: string;
  /** One per pupil, in the order given. */
  readonly best: readonly CellState[];
  /** Pupils evaluated (N, D, A or E) at least once in this row. */
  readonly evaluatedPupils: number;
}

export interface ClassBlock {
  readonly blockId: BlockId;
  readonly kind: GridKind;
  readonly heading: string;
  readonly rows: readonly ClassRow[];
  /** Per pupil: rows of the block evaluated at least once. */
  readonly evaluatedPerPupil: readonly number[];
}

/**
 * Competences × pupils, each cell the best level reached so far: the class view of `report`,
 * so a teacher sees which competences the class has not met yet (rows where no pupil is
 * evaluated) and plans the next PFMP's activities.
 */
export function classProgress(pupils: readonly LivretData[]): readonly ClassBlock[] {
  return REFERENTIEL.map((block) => {
    const rows: ClassRow[] = block.sections.flatMap((section) =>
      section.competences.map((c) => {
        const best = pupils.map((data) => bestLevel(data, c.key));
        return {
          key: c.key,
          label: c.label,
          best,
          evaluatedPupils: best.filter(isEvaluated).length,
        };
      }),
    );
    return {
      blockId: block.id,
      kind: block.kind,
      heading: block.heading,
      rows,
      evaluatedPerPupil: pupils.map((_, i) => rows.filter((r) => isEvaluated(r.best[i]!)).length),
    };
  });
}
