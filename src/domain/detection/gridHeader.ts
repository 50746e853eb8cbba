import { LEVELS } from "../level";
import type { Level } from "../level";
import type { CellModel, TableModel } from "./docModel";
import { pfmpMentions } from "./yearMentions";

/** One PFMP group of a grid header: its activities column and its five level columns. */
export interface GridGroup {
  /** Grid column of the activities cell (the cell before NE), or null when NE is the row's first. */
  readonly activityColumn: number | null;
  readonly levelColumns: Readonly<Record<Level, number>>;
  /** The "PFMP n" the header prints for this group, when it prints one. */
  readonly pfmpMention: number | null;
  /** Cell indices of the level cells (and of the activities cell) in the level row. */
  readonly levelCells: Readonly<Record<Level, number>>;
  readonly activityCell: number | null;
}

export interface GridHeader {
  /** Index of the row holding NE N D A E; rows up to it are header rows. */
  readonly levelRow: number;
  /** Number of cells of the level row (rows with as many cells map by cell index too). */
  readonly levelRowCells: number;
  readonly groups: readonly GridGroup[];
}

/** "NE", "NE*", "* NE", "N :" → the level; anything else → null. */
export function levelOfHeaderCell(text: string): Level | null {
  const t = text.replace(/[\s\u00a0*:.()]/g, "").toUpperCase();
  return (LEVELS as readonly string[]).includes(t) ? (t as Level) : null;
}

function groupsOfRow(cells: readonly CellModel[]): { start: number; cells: CellModel[] }[] {
  const groups: { start: number; cells: CellModel[] }[] = [];
  for (let i = 0; i + LEVELS.length <= cells.length; i++) {
    const run = cells.slice(i, i + LEVELS.length);
    if (run.every((c, k) => levelOfHeaderCell(c.text) === LEVELS[k])) {
      groups.push({ start: i, cells: run });
      i += LEVELS.length - 1;
    }
  }
  return groups;
}

/** Header rows are searched near the top only: a grid's header is its first rows. */
const MAX_HEADER_ROWS = 4;

/**
 * Finds the NE N D A E columns of a grid: a row of its first rows holding the five level cells,
 * in order, once per PFMP group. Returns null for any other table.
 */
export function findGridHeader(table: TableModel): GridHeader | null {
  const limit = Math.min(table.rows.length, MAX_HEADER_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r]!;
    const found = groupsOfRow(row.cells);
    if (found.length === 0) continue;
    const groups = found.map((g, gi) => {
      const levelColumns = Object.fromEntries(
        LEVELS.map((level, k) => [level, g.cells[k]!.gridColumn]),
      ) as Record<Level, number>;
      const before = g.start > 0 ? row.cells[g.start - 1]! : null;
      const activityColumn = before === null ? null : before.gridColumn;
      // The "PFMP n" mention of this group: in a header cell between the previous group's E
      // column (exclusive) and this group's NE column (inclusive of the activities column).
      const low = gi === 0 ? -1 : found[gi - 1]!.cells[LEVELS.length - 1]!.gridColumn;
      const high = levelColumns.NE;
      let pfmpMention: number | null = null;
      for (let hr = 0; hr <= r && pfmpMention === null; hr++) {
        for (const cell of table.rows[hr]!.cells) {
          if (cell.gridColumn <= low || cell.gridColumn >= high) continue;
          const mention = pfmpMentions(cell.text)[0];
          if (mention !== undefined) {
            pfmpMention = mention;
            break;
          }
        }
      }
      const levelCells = Object.fromEntries(
        LEVELS.map((level, k) => [level, g.start + k]),
      ) as Record<Level, number>;
      const activityCell = g.start > 0 ? g.start - 1 : null;
      return { activityColumn, levelColumns, pfmpMention, levelCells, activityCell };
    });
    return { levelRow: r, levelRowCells: row.cells.length, groups };
  }
  return null;
}

export function cellAtColumn(cells: readonly CellModel[], column: number): CellModel | null {
  return cells.find((c) => c.gridColumn === column) ?? null;
}
