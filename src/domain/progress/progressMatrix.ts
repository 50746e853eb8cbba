import { REFERENTIEL } from "../catalog/referentiel";
import type { BlockId, GridKind } from "../catalog/catalogTypes";
import type { Level } from "../level";
import type { LivretData, PeriodKey } from "../livretData";
import { PFMP_NUMBERS } from "../schoolYear";
import type { PfmpNumber } from "../schoolYear";

/** What one row holds in one PFMP: a level, or nothing ticked at all. */
export type CellState = Level | "empty";

export interface ProgressRow {
  readonly key: string;
  readonly label: string;
  readonly sectionId: string;
  readonly cells: Readonly<Record<PfmpNumber, CellState>>;
  /** Evaluated (N, D, A or E) in at least one of PFMP 1–4. */
  readonly evaluatedOnce: boolean;
}

export interface ProgressCounts {
  /** N, D, A or E. */
  readonly evaluated: number;
  readonly ne: number;
  readonly empty: number;
  readonly total: number;
}

export interface ProgressBlock {
  readonly blockId: BlockId;
  readonly kind: GridKind;
  readonly heading: string;
  readonly rows: readonly ProgressRow[];
  readonly counts: Readonly<Record<PfmpNumber, ProgressCounts>>;
  /** Rows evaluated at least once over the cycle. */
  readonly evaluatedOnce: number;
}

export interface ProgressMatrix {
  readonly blocks: readonly ProgressBlock[];
  /** Sums over every block (competences and attitudes). */
  readonly totals: Readonly<Record<PfmpNumber, ProgressCounts>>;
}

function count(cells: readonly CellState[]): ProgressCounts {
  let evaluated = 0;
  let ne = 0;
  let empty = 0;
  for (const c of cells) {
    if (c === "empty") empty += 1;
    else if (c === "NE") ne += 1;
    else evaluated += 1;
  }
  return { evaluated, ne, empty, total: cells.length };
}

function perPfmp(f: (pfmp: PfmpNumber) => ProgressCounts): Record<PfmpNumber, ProgressCounts> {
  return { 1: f(1), 2: f(2), 3: f(3), 4: f(4) };
}

/**
 * Every catalog row (competences grouped by block, then the attitudes) against PFMP 1–4, as the
 * data holds it. Keys the catalog does not know (positional keys) are not shown: the picture is
 * about the référentiel.
 */
export function progressMatrix(data: LivretData): ProgressMatrix {
  const blocks: ProgressBlock[] = REFERENTIEL.map((block) => {
    const rows: ProgressRow[] = block.sections.flatMap((section) =>
      section.competences.map((c) => {
        const cells = perPfmpCells(data, c.key);
        return {
          key: c.key,
          label: c.label,
          sectionId: section.id,
          cells,
          evaluatedOnce: PFMP_NUMBERS.some((n) => cells[n] !== "empty" && cells[n] !== "NE"),
        };
      }),
    );
    return {
      blockId: block.id,
      kind: block.kind,
      heading: block.heading,
      rows,
      counts: perPfmp((n) => count(rows.map((r) => r.cells[n]))),
      evaluatedOnce: rows.filter((r) => r.evaluatedOnce).length,
    };
  });
  const totals = perPfmp((n) => {
    const all = blocks.map((b) => b.counts[n]);
    return {
      evaluated: all.reduce((s, c) => s + c.evaluated, 0),
      ne: all.reduce((s, c) => s + c.ne, 0),
      empty: all.reduce((s, c) => s + c.empty, 0),
      total: all.reduce((s, c) => s + c.total, 0),
    };
  });
  return { blocks, totals };
}

function perPfmpCells(data: LivretData, key: string): Record<PfmpNumber, CellState> {
  const cell = (n: PfmpNumber): CellState =>
    data.periods?.[String(n) as PeriodKey]?.levels?.[key] ?? "empty";
  return { 1: cell(1), 2: cell(2), 3: cell(3), 4: cell(4) };
}
