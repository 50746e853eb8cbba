import type { BlockId } from "../catalog/catalogTypes";
import { LEVELS } from "../level";
import type { Level } from "../level";
import { YEAR_PFMPS } from "../schoolYear";
import type { PfmpNumber, SchoolYear } from "../schoolYear";
import { matchAnyBlock, matchCompetence } from "./catalogMatcher";
import { classifyRow, parseBlockHeading } from "./classifyRow";
import type { CellModel, RowModel, TableModel } from "./docModel";
import { cellAtColumn, isLevelRow, rowSignature } from "./gridHeader";
import type { ColumnRange, GridHeader } from "./gridHeader";
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
  /** The table of the grid part this table continues (a grid split into two tables). */
  readonly continues?: number;
}

export interface DetectedGrid {
  readonly grid: GridMap;
  readonly lastBlock: BlockId | null;
  /** Blocks whose heading row ("Compétences 1 - …") is in this table. */
  readonly headings: readonly BlockId[];
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

/** A cell with the grid columns it shows over (an old-style hMerge run counts as one cell). */
interface PlacedCell {
  readonly cell: CellModel;
  readonly first: number;
  readonly end: number;
}

function placedCells(row: RowModel): PlacedCell[] {
  const out: { cell: CellModel; first: number; end: number }[] = [];
  for (const cell of row.cells) {
    const end = cell.gridColumn + cell.gridSpan;
    const last = out[out.length - 1];
    if (cell.hMerge === "continue" && last !== undefined) last.end = Math.max(last.end, end);
    else out.push({ cell, first: cell.gridColumn, end });
  }
  return out;
}

/** Why one header column of a row has no cell of its own ("" when it has one). */
function mismatch(cells: readonly PlacedCell[], r: ColumnRange): string {
  const end = r.first + r.span;
  let found: PlacedCell | null = null;
  for (const c of cells) {
    if (c.first >= end || c.end <= r.first) continue;
    if (found !== null) return "cellule partagée en plusieurs";
    found = c;
  }
  if (found === null) return "cellule manquante";
  if (found.first === r.first && found.end === end) return "";
  return "cellule fusionnée avec sa voisine";
}

export interface RowSlots {
  readonly slots: SlotCells[];
  /** French reason the row does not line up with the header, or null when it does. */
  readonly misaligned: string | null;
}

/**
 * The cells of a row under each header column, by the grid columns they cover (§17.4.17): a
 * cell maps to a header column only when it covers exactly that column's grid columns. A PFMP
 * whose five level cells all map is read; any header column without its own cell (an extra or
 * missing cell, a split or merged cell, a label merged with its activities) makes the row
 * misaligned: read where unambiguous, never written.
 */
export function slotsOf(
  table: number,
  row: RowModel,
  header: GridHeader,
  pfmps: readonly (PfmpNumber | null)[],
  geometry: TableModel["geometry"] = "grid",
): RowSlots {
  const byGrid = slotsByGrid(table, row, header, pfmps);
  if (geometry !== "unknown") return byGrid;
  // No tblGrid and no widths: rows are placed by their declared spans, which is what Word does
  // when they agree; a row that disagrees is not placed by guesswork.
  const unknown = "géométrie du tableau inconnue (ni w:tblGrid cohérent ni largeurs de cellules)";
  if (byGrid.misaligned === null) return byGrid;
  if (row.cells.length !== header.levelRowCells) {
    return { slots: byGrid.slots, misaligned: `${unknown} : ${byGrid.misaligned}` };
  }
  // Neither w:tblGrid nor cell widths tell the layout: a row with exactly as many cells as the
  // level row is read cell by cell (unambiguous by count), but never written.
  const slots: SlotCells[] = [];
  header.groups.forEach((group, gi) => {
    const pfmp = pfmps[gi] ?? null;
    const levels: Partial<Record<Level, CellAddress>> = {};
    for (const level of LEVELS) {
      const cell = row.cells[group.levelCells[level]];
      if (cell === undefined || cell.vMerge === "continue") return;
      levels[level] = address(table, row.index, cell);
    }
    const act = group.activityCell === null ? undefined : row.cells[group.activityCell];
    if (pfmp === null) return;
    slots.push({
      pfmp,
      activities:
        act === undefined || act.vMerge === "continue" ? null : address(table, row.index, act),
      levels: levels as Record<Level, CellAddress>,
    });
  });
  return {
    slots,
    misaligned: `géométrie du tableau inconnue (ni w:tblGrid cohérent ni largeurs de cellules) : ${byGrid.misaligned}`,
  };
}

function slotsByGrid(
  table: number,
  row: RowModel,
  header: GridHeader,
  pfmps: readonly (PfmpNumber | null)[],
): RowSlots {
  const slots: SlotCells[] = [];
  const cells = placedCells(row);
  const problems: string[] = [];
  const first = header.groups[0]!;
  const labelEnd = first.activityRange?.first ?? first.levelRanges.NE.first;
  if (cells.some((c) => c.first < labelEnd && c.end > labelEnd)) {
    problems.push("libellé fusionné avec la case activités");
  }
  const lastGroup = header.groups[header.groups.length - 1]!;
  const gridEnd = lastGroup.levelRanges.E.first + lastGroup.levelRanges.E.span;
  if (cells.some((c) => c.end > gridEnd)) problems.push("cellule en trop");
  header.groups.forEach((group, gi) => {
    const levels: Partial<Record<Level, CellAddress>> = {};
    let complete = true;
    for (const level of LEVELS) {
      const why = mismatch(cells, group.levelRanges[level]);
      const cell = why === "" ? cellAtColumn(row.cells, group.levelRanges[level].first) : null;
      if (why !== "") problems.push(`${level} : ${why}`);
      if (cell === null || cell.vMerge === "continue") complete = false;
      else levels[level] = address(table, row.index, cell);
    }
    let activities: CellAddress | null = null;
    if (group.activityRange !== null) {
      const why = mismatch(cells, group.activityRange);
      if (why !== "") {
        if (!problems.includes("libellé fusionné avec la case activités") || gi > 0)
          problems.push(`activités : ${why}`);
      } else {
        const cell = cellAtColumn(row.cells, group.activityRange.first);
        if (cell !== null && cell.vMerge !== "continue")
          activities = address(table, row.index, cell);
      }
    }
    const pfmp = pfmps[gi] ?? null;
    if (complete && pfmp !== null) {
      slots.push({ pfmp, activities, levels: levels as Record<Level, CellAddress> });
    }
  });
  return { slots, misaligned: problems.length === 0 ? null : [...new Set(problems)].join(", ") };
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
  let pfmps: (PfmpNumber | null)[];
  if (header.groups.length === 1) {
    // One level group where the livret has two: its PFMP is the one its header names, never a
    // guess by position (issue 7 §1).
    const m = mentions[0] ?? null;
    const own = pfmp.find((n) => n === m) ?? null;
    pfmps = [own];
    if (own === null) {
      warnings.push({
        code: "GridPfmpUnclear",
        message: `Tableau ${table.index} : un seul groupe de colonnes NE N D A E, ${m === null ? "sans numéro de PFMP" : `marqué PFMP ${m} (hors ${year === "premiere" ? "Première" : "Terminale"})`} : grille signalée, ni lue ni remplie.`,
        table: table.index,
      });
    }
  } else {
    pfmps = [pfmp[0], pfmp[1]];
    if (mentions.some((m, i) => m !== null && m !== pfmp[i])) {
      // The seed's Terminale 4B grids say "PFMP 1 / PFMP 2": the cover's year wins.
      warnings.push({
        code: "PfmpHeaderMismatch",
        message: `Tableau ${table.index} : l'en-tête indique ${mentions.map((m) => `PFMP ${m ?? "?"}`).join(" / ")} mais la grille est en ${year === "premiere" ? "Première" : "Terminale"} : PFMP ${pfmp[0]} et ${pfmp[1]} retenues.`,
        table: table.index,
      });
    }
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
  const headings: BlockId[] = [];
  const rows: GridRowMap[] = [];
  const signatures = new Set(header.signatures);
  for (const row of table.rows) {
    const repeatedHeader =
      row.index > header.levelRow && (signatures.has(rowSignature(row)) || isLevelRow(row));
    if (row.index <= header.levelRow || repeatedHeader) {
      // A header row repeated mid-grid (a teacher's copy-paste, a split table put back) is a
      // header, not an unmatched competence.
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
    const { slots, misaligned } = slotsOf(table.index, row, header, pfmps, table.geometry);
    // A row with cells under the level columns is a competence row even when they cannot be
    // mapped (misaligned, or a PFMP the header does not tell): reported, never dropped.
    const hasLevelArea = row.cells.length > 2 && row.cells.some((c) => c.gridColumn >= labelLimit);
    const kind = classifyRow(label, other, slots.length > 0 || hasLevelArea);
    if (kind === "block") {
      block = parseBlockHeading(label);
      if (block !== null && !blockIds.includes(block)) blockIds.push(block);
      if (block !== null && !headings.includes(block)) headings.push(block);
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
    if (misaligned !== null) {
      warnings.push({
        code: "RowMisaligned",
        message: `Tableau ${table.index}, ligne ${row.index} (${key}) : les cellules ne correspondent pas aux colonnes de l'en-tête (${misaligned}) ; ligne lue là où c'est sans ambiguïté, jamais remplie.`,
        table: table.index,
        row: row.index,
      });
    }
    rows.push({
      row: row.index,
      kind,
      key,
      label,
      matched,
      blockId: block,
      slots,
      ...(misaligned !== null ? { misaligned } : {}),
    });
  }
  const kind =
    blockIds.length > 0 && blockIds.every((b) => b === "AP") ? "attitudes" : "competences";
  return {
    grid: {
      table: table.index,
      year,
      pfmp,
      kind,
      blockIds,
      rows,
      ...(ctx.continues !== undefined ? { continues: ctx.continues } : {}),
    },
    lastBlock: block,
    headings,
    warnings,
  };
}
