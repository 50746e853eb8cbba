import type { BlockId } from "../catalog/catalogTypes";
import { LEVELS } from "../level";
import type { Level } from "../level";
import { YEAR_PFMPS } from "../schoolYear";
import type { PfmpNumber, SchoolYear } from "../schoolYear";
import { matchAnyBlock, matchCompetence } from "./catalogMatcher";
import { classifyRow, parseBlockHeading } from "./classifyRow";
import type { CellModel, RowModel, TableModel } from "./docModel";
import { cellAtColumn } from "./gridHeader";
import type { GridHeader } from "./gridHeader";
import type { CellAddress, DetectionWarning, GridMap, GridRowMap, SlotCells } from "./livretMap";

export interface GridContext {
  /** The year stated by the cover (or title) preceding the grid, if any. */
  readonly coverYear: SchoolYear | null;
  /** The year of the previous grid of the livret, used when nothing else tells. */
  readonly previousYear: SchoolYear | null;
  /** The block the previous grid ended in (a block split over two tables continues). */
  readonly inheritedBlock: BlockId | null;
  /** Keys already given to rows of this livret in a year (a key is never given twice). */
  readonly usedKeys: (year: SchoolYear) => ReadonlySet<string>;
}

export interface DetectedGrid {
  readonly grid: GridMap;
  readonly lastBlock: BlockId | null;
  readonly warnings: readonly DetectionWarning[];
}

function headerYear(header: GridHeader): SchoolYear | null {
  const first = header.groups[0]?.pfmpMention ?? null;
  if (first === null) return null;
  return first <= 2 ? "premiere" : "terminale";
}

function address(table: number, row: number, cell: CellModel): CellAddress {
  return { table, row, cell: cell.index };
}

function slotsOf(
  table: number,
  row: RowModel,
  header: GridHeader,
  pfmp: readonly [PfmpNumber, PfmpNumber],
): SlotCells[] {
  const slots: SlotCells[] = [];
  // A row with as many cells as the level row is laid out like it: map by cell index (robust to
  // spans that disagree, e.g. after an editor rewrote tblGrid); otherwise by grid column (§17.4.17).
  const byIndex = row.cells.length === header.levelRowCells;
  const pick = (column: number | null, index: number | null): CellModel | null => {
    if (column === null || index === null) return null;
    return byIndex ? (row.cells[index] ?? null) : cellAtColumn(row.cells, column);
  };
  header.groups.slice(0, 2).forEach((group, gi) => {
    const levels: Partial<Record<Level, CellAddress>> = {};
    for (const level of LEVELS) {
      const cell = pick(group.levelColumns[level], group.levelCells[level]);
      if (cell === null || cell.vMerge === "continue") return;
      levels[level] = address(table, row.index, cell);
    }
    const act = pick(group.activityColumn, group.activityCell);
    slots.push({
      pfmp: pfmp[gi]!,
      activities: act === null || act.vMerge === "continue" ? null : address(table, row.index, act),
      levels: levels as Record<Level, CellAddress>,
    });
  });
  return slots;
}

/** Builds the map of one grid table (header already found by `findGridHeader`). */
export function detectGrid(table: TableModel, header: GridHeader, ctx: GridContext): DetectedGrid {
  const warnings: DetectionWarning[] = [];
  const fromHeader = headerYear(header);
  let year: SchoolYear;
  if (ctx.coverYear !== null) year = ctx.coverYear;
  else if (fromHeader !== null) year = fromHeader;
  else if (ctx.previousYear !== null) year = ctx.previousYear;
  else {
    year = "premiere";
    warnings.push({
      code: "YearUnknown",
      message: `Tableau ${table.index} : année scolaire introuvable, Première supposée.`,
      table: table.index,
    });
  }
  const pfmp = YEAR_PFMPS[year];
  const usedKeys = new Set(ctx.usedKeys(year));
  const mentions = header.groups.slice(0, 2).map((g) => g.pfmpMention);
  if (mentions.some((m, i) => m !== null && m !== pfmp[i])) {
    // The seed's Terminale 4B grids say "PFMP 1 / PFMP 2": the cover's year wins.
    warnings.push({
      code: "PfmpHeaderMismatch",
      message: `Tableau ${table.index} : l'en-tête indique ${mentions.map((m) => `PFMP ${m ?? "?"}`).join(" / ")} mais la grille est en ${year === "premiere" ? "Première" : "Terminale"} : PFMP ${pfmp[0]} et ${pfmp[1]} retenues.`,
      table: table.index,
    });
  }
  if (header.groups.length !== 2) {
    warnings.push({
      code: "GridGroups",
      message: `Tableau ${table.index} : ${header.groups.length} groupe(s) de colonnes NE N D A E au lieu de 2.`,
      table: table.index,
    });
  }

  const firstData = header.groups[0]!;
  const labelLimit = firstData.activityColumn ?? firstData.levelColumns.NE;
  let block: BlockId | null = ctx.inheritedBlock;
  const blockIds: BlockId[] = [];
  const rows: GridRowMap[] = [];
  for (const row of table.rows) {
    if (row.index <= header.levelRow) {
      rows.push({
        row: row.index,
        kind: "header",
        key: null,
        label: row.cells
          .map((c) => c.text)
          .join(" ")
          .trim(),
        matched: false,
        blockId: null,
        slots: [],
      });
      continue;
    }
    const labelCells = row.cells.filter((c) => c.gridColumn < labelLimit);
    const label = labelCells
      .map((c) => c.text)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const other = row.cells
      .filter((c) => c.gridColumn >= labelLimit)
      .map((c) => c.text)
      .join("");
    const slots = slotsOf(table.index, row, header, pfmp);
    const kind = classifyRow(label, other, slots.length > 0);
    if (kind === "block") {
      block = parseBlockHeading(label);
      if (block !== null && !blockIds.includes(block)) blockIds.push(block);
    }
    if (kind !== "competence") {
      // Headings, blank and header rows: kept in the map (the pane shows them), never written.
      rows.push({
        row: row.index,
        kind,
        key: null,
        label,
        matched: false,
        blockId: block,
        slots: [],
      });
      continue;
    }
    let key: string | null = null;
    if (block !== null) key = matchCompetence(block, label);
    else {
      const any = matchAnyBlock(label);
      if (any !== null) {
        block = any.blockId;
        key = any.key;
      }
    }
    if (block !== null && !blockIds.includes(block)) blockIds.push(block);
    const duplicate = key !== null && usedKeys.has(key);
    if (duplicate) {
      warnings.push({
        code: "DuplicateRow",
        message: `Tableau ${table.index}, ligne ${row.index} : « ${label} » apparaît deux fois (${key}) ; clé de position utilisée.`,
        table: table.index,
        row: row.index,
      });
      key = null;
    }
    const matched = key !== null;
    if (key === null) {
      key = `?${table.index}.${row.index}`;
      if (!duplicate)
        warnings.push({
          code: "UnmatchedRow",
          message: `Tableau ${table.index}, ligne ${row.index} : compétence non reconnue « ${label} » (clé ${key}).`,
          table: table.index,
          row: row.index,
        });
    } else {
      usedKeys.add(key);
    }
    rows.push({ row: row.index, kind, key, label, matched, blockId: block, slots });
  }
  const kind =
    blockIds.length > 0 && blockIds.every((b) => b === "AP") ? "attitudes" : "competences";
  return {
    grid: { table: table.index, year, pfmp, kind, blockIds, rows },
    lastBlock: block,
    warnings,
  };
}
