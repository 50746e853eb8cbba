import { LEVELS } from "../level";
import type { Level } from "../level";
import type { CellModel, RowModel, TableModel } from "./docModel";
import { memoizeText } from "../../shared/memoizeText";
import { foldAccents } from "./normaliseLabel";
import { pfmpMentions } from "./yearMentions";

/** Grid columns a cell covers: `first` … `first + span - 1` (ECMA-376 §17.4.17). */
export interface ColumnRange {
  readonly first: number;
  readonly span: number;
}

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
  /** Grid columns of the activities cell and of each level cell of the level row. */
  readonly activityRange: ColumnRange | null;
  readonly levelRanges: Readonly<Record<Level, ColumnRange>>;
}

export interface GridHeader {
  /** Index of the row holding NE N D A E; rows up to it are header rows (-1: a continuation). */
  readonly levelRow: number;
  /** Number of cells of the level row. */
  readonly levelRowCells: number;
  readonly groups: readonly GridGroup[];
  /** Normalised texts of the header rows: the same row again further down is a header too. */
  readonly signatures: readonly string[];
}

/** The spelled-out names of the levels, as headers print them (accents folded, lower case). */
const SPELLED: Readonly<Record<string, Level>> = {
  "non evalue": "NE",
  "non evaluee": "NE",
  "non evalues": "NE",
  novice: "N",
  debrouille: "D",
  debrouillee: "D",
  averti: "A",
  avertie: "A",
  expert: "E",
  experte: "E",
};

/**
 * "NE", "NE*", "* NE", "N :", "Non évalué", "Novice*", "Débrouillé¹", "Averti (A)", "E\nExpert"
 * → the level; anything else → null. Footnote references carry no text in the model; typed
 * superscript digits and stars are dropped.
 */
export const levelOfHeaderCell: (text: string) => Level | null = memoizeText(levelOfText);

function levelOfText(text: string): Level | null {
  const compact = text.replace(/[\s\u00a0*:.()¹²³⁰-⁹\d]/g, "").toUpperCase();
  if ((LEVELS as readonly string[]).includes(compact)) return compact as Level;
  const words = foldAccents(text)
    .toLowerCase()
    .replace(/[*:.()¹²³⁰-⁹\d\-–/]/g, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (words in SPELLED) return SPELLED[words]!;
  // "NE non évalué", "Novice N": an abbreviation and its name, in either order.
  for (const [name, level] of Object.entries(SPELLED)) {
    const rest = words.replace(name, "").replace(/\s+/g, "").toUpperCase();
    if (words.includes(name) && rest === level) return level;
  }
  return null;
}

function groupsOfRow(cells: readonly CellModel[]): { start: number; cells: CellModel[] }[] {
  const groups: { start: number; cells: CellModel[] }[] = [];
  for (let i = 0; i + LEVELS.length <= cells.length; i++) {
    let k = 0;
    while (k < LEVELS.length && levelOfHeaderCell(cells[i + k]!.text) === LEVELS[k]) k++;
    if (k === LEVELS.length) {
      groups.push({ start: i, cells: cells.slice(i, i + LEVELS.length) });
      i += LEVELS.length - 1;
    }
  }
  return groups;
}

/** True when a row prints the five level captions (a header row, wherever it is). */
export function isLevelRow(row: RowModel): boolean {
  return groupsOfRow(row.cells).length > 0;
}

/** The normalised texts of a row's cells (compared to spot a header row repeated mid-grid). */
export function rowSignature(row: RowModel): string {
  return row.cells.map((c) => signatureText(c.text)).join("|");
}

const signatureText = memoizeText((text) =>
  foldAccents(text).toLowerCase().replace(/\s+/g, " ").trim(),
);

/** Header rows are searched near the top only: a grid's header is its first rows. */
const MAX_HEADER_ROWS = 4;

function range(cell: CellModel): ColumnRange {
  return { first: cell.gridColumn, span: cell.gridSpan };
}

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
    const groups = found.map((g, gi): GridGroup => {
      const levelColumns = Object.fromEntries(
        LEVELS.map((level, k) => [level, g.cells[k]!.gridColumn]),
      ) as Record<Level, number>;
      const levelRanges = Object.fromEntries(
        LEVELS.map((level, k) => [level, range(g.cells[k]!)]),
      ) as Record<Level, ColumnRange>;
      const before = g.start > 0 ? row.cells[g.start - 1]! : null;
      // The cell before NE is the group's activities cell, unless it is the previous group's E.
      const activity = before !== null && levelOfHeaderCell(before.text) === null ? before : null;
      // The "PFMP n" mention of this group: in a header cell between the previous group's E
      // column (exclusive) and this group's E column (inclusive: a one-group header may print
      // "PFMP 3" above its level cells).
      const low = gi === 0 ? -1 : found[gi - 1]!.cells[LEVELS.length - 1]!.gridColumn;
      const high = levelColumns.E;
      let pfmpMention: number | null = null;
      for (let hr = 0; hr <= r && pfmpMention === null; hr++) {
        for (const cell of table.rows[hr]!.cells) {
          if (cell.gridColumn <= low || cell.gridColumn > high) continue;
          if (hr === r && cell.gridColumn >= levelColumns.NE) continue;
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
      return {
        activityColumn: activity === null ? null : activity.gridColumn,
        levelColumns,
        pfmpMention,
        levelCells,
        activityCell: activity === null ? null : g.start - 1,
        activityRange: activity === null ? null : range(activity),
        levelRanges,
      };
    });
    const signatures = table.rows
      .slice(0, r + 1)
      .map(rowSignature)
      .filter((s) => s.replace(/\|/g, "") !== "");
    return { levelRow: r, levelRowCells: row.cells.length, groups, signatures };
  }
  return null;
}

export function cellAtColumn(cells: readonly CellModel[], column: number): CellModel | null {
  return cells.find((c) => c.gridColumn === column) ?? null;
}
