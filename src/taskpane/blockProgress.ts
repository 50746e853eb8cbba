import type { Level } from "../domain/level";

export interface BlockProgress {
  readonly total: number;
  /** N, D, A or E ticked. */
  readonly evaluated: number;
  /** NE ticked: looked at, not evaluated. */
  readonly notEvaluated: number;
  /** Nothing ticked at all ("il convient de cocher la case NE…"). */
  readonly empty: number;
}

export function blockProgress(levels: readonly (Level | undefined)[]): BlockProgress {
  const evaluated = levels.filter((l) => l !== undefined && l !== "NE").length;
  const notEvaluated = levels.filter((l) => l === "NE").length;
  return {
    total: levels.length,
    evaluated,
    notEvaluated,
    empty: levels.length - evaluated - notEvaluated,
  };
}

export function progressText(p: BlockProgress): string {
  return `${p.evaluated}/${p.total} évaluées · ${p.notEvaluated} NE · ${p.empty} vides`;
}
