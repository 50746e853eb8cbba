import type { BlockId } from "../catalog/catalogTypes";
import type { SchoolYear } from "../schoolYear";
import { LEVELS } from "../level";
import { readCellMark } from "../marks/cellMark";
import { detectAttestationTable } from "./detectAttestation";
import { cellAt } from "./targets";
import { detectGrid } from "./detectGrid";
import { detectRecap } from "./detectRecap";
import type { DocModel, TableModel } from "./docModel";
import { findGridHeader } from "./gridHeader";
import type { GridHeader } from "./gridHeader";
import { matchAnyBlock } from "./catalogMatcher";
import { slotsOf } from "./detectGrid";
import { findIdentityLines } from "./identityLines";
import type {
  AttestationMap,
  DetectionWarning,
  DocumentMap,
  GridMap,
  LivretMap,
  RecapMap,
} from "./livretMap";
import { yearOfAttestationTitle, yearOfCover } from "./yearMentions";

interface Draft {
  grids: GridMap[];
  attestations: AttestationMap[];
  recap: RecapMap | null;
  usedKeys: Record<SchoolYear, Set<string>>;
  lastBlock: BlockId | null;
  lastYear: SchoolYear | null;
}

function newDraft(): Draft {
  return {
    grids: [],
    attestations: [],
    recap: null,
    usedKeys: { premiere: new Set(), terminale: new Set() },
    lastBlock: null,
    lastYear: null,
  };
}

function isEmpty(d: Draft): boolean {
  return d.grids.length === 0 && d.attestations.length === 0 && d.recap === null;
}

/** Texts of a table that is not part of the livret's forms (a cover may be laid out in one). */
function tableTexts(table: TableModel): string[] {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text)));
}

/** A grid whose first competence row is the first competence of block 1. */
function firstKeyOpensBlock1(grid: GridMap): boolean {
  const first = grid.rows.find((r) => r.kind === "competence");
  return first?.key === "1.1.1";
}

/** Rows of a table that carry a competence label of the catalog (a grid part, by content). */
function looksLikeGridPart(table: TableModel): boolean {
  return table.rows.some((r) => r.cells.length > 1 && matchAnyBlock(r.cells[0]!.text) !== null);
}

/**
 * Whether a table without a header continues a grid: its rows with more than one cell line up
 * with the grid's header columns (at least one such row, and every one of them).
 */
function continuesGrid(table: TableModel, header: GridHeader): boolean {
  const rows = table.rows.filter((r) => r.cells.length > 2);
  if (rows.length === 0) return false;
  const aligned = rows.filter((r) => {
    const { slots, misaligned } = slotsOf(
      table.index,
      r,
      header,
      header.groups.map(() => 1),
    );
    return misaligned === null && slots.length === header.groups.length;
  });
  return aligned.length >= Math.ceil(rows.length / 2);
}

/**
 * Finds every livret of a document, in order. A document may hold several (a class merged into
 * one file): a new livret starts when a Première cover follows a livret that already reached its
 * Terminale part, or when a grid, attestation or recap that the current livret already has
 * appears again.
 */
export function detectLivrets(model: DocModel): DocumentMap {
  const warnings: DetectionWarning[] = [];
  const livrets: LivretMap[] = [];
  let draft = newDraft();
  let coverYear: SchoolYear | null = null;
  let attestationYear: SchoolYear | null = null;
  let pendingNew = false;

  const close = () => {
    if (!isEmpty(draft)) {
      livrets.push({
        index: livrets.length,
        grids: draft.grids,
        attestations: draft.attestations,
        recap: draft.recap,
      });
    }
    draft = newDraft();
    pendingNew = false;
  };
  const startIfPending = () => {
    if (pendingNew) close();
  };

  const noteText = (text: string) => {
    const cover = yearOfCover(text);
    const attestation = yearOfAttestationTitle(text);
    if (attestation !== null) attestationYear = attestation;
    const year = attestation ?? cover;
    if (year === null) return;
    if (
      year === "premiere" &&
      coverYear !== "premiere" &&
      (draft.lastYear === "terminale" || draft.recap !== null)
    ) {
      pendingNew = true;
    }
    coverYear = year;
  };

  /** The grid table just before (only blank paragraphs between): a split table's first part. */
  let previousGrid: { readonly header: GridHeader; readonly table: number } | null = null;

  model.blocks.forEach((block, blockIndex) => {
    if (block.kind === "paragraph") {
      const paragraph = model.paragraphs[block.paragraph]!;
      if (paragraph.boxText !== undefined) noteText(paragraph.boxText);
      noteText(paragraph.text);
      if (paragraph.text.trim() !== "") previousGrid = null;
      return;
    }
    const table = model.tables[block.table]!;
    const before = previousGrid;
    previousGrid = null;
    let header = findGridHeader(table);
    let continues: number | undefined;
    if (header === null && before !== null && continuesGrid(table, before.header)) {
      // A grid split into two tables (a page break, "Fractionner le tableau") without its header
      // rows copied: the second part is laid out on the first part's header columns.
      header = { ...before.header, levelRow: -1, signatures: before.header.signatures };
      continues = before.table;
    } else if (header === null && before !== null && looksLikeGridPart(table)) {
      warnings.push({
        code: "TableUnmapped",
        message: `Tableau ${table.index} : suite apparente de la grille du tableau ${before.table}, mais ses colonnes ne correspondent pas à l'en-tête ; non lu, non rempli.`,
        table: table.index,
      });
    }
    if (header !== null) {
      previousGrid = { header, table: table.index };
      startIfPending();
      const probeYear = coverYear;
      const repeatsBlock1 = (g: GridMap) => g.year === "premiere" && g.blockIds.includes("1");
      const gridHeader = header;
      let detected = detectGrid(table, gridHeader, {
        coverYear: probeYear,
        previousYear: draft.lastYear,
        inheritedBlock:
          draft.lastYear === probeYear || continues !== undefined ? draft.lastBlock : null,
        usedKeys: (year) => draft.usedKeys[year],
        ...(continues !== undefined ? { continues } : {}),
      });
      let g = detected.grid;
      if (
        probeYear === null &&
        g.year === "premiere" &&
        draft.lastYear === "terminale" &&
        !g.blockIds.includes("1")
      ) {
        // No cover to tell: a grid saying "PFMP 1 / PFMP 2" among Terminale grids, that does not
        // start a livret again (no block 1), is the seed's Terminale 4B mistake.
        detected = detectGrid(table, gridHeader, {
          coverYear: "terminale",
          previousYear: "terminale",
          inheritedBlock: draft.lastBlock,
          usedKeys: (year) => draft.usedKeys[year],
        });
        g = detected.grid;
      }
      // A grid that opens block 1 again (its own "Compétences 1" heading, not one inherited from
      // the part before a split) starts the next pupil's livret.
      const opensBlock1 =
        detected.headings.includes("1") ||
        (detected.headings.length === 0 && continues === undefined && firstKeyOpensBlock1(g));
      const restart =
        continues === undefined &&
        ((opensBlock1 && repeatsBlock1(g) && draft.grids.some(repeatsBlock1)) ||
          (g.year === "premiere" && draft.lastYear === "terminale"));
      if (restart) {
        close();
        detected = detectGrid(table, gridHeader, {
          coverYear: probeYear,
          previousYear: null,
          inheritedBlock: null,
          usedKeys: () => new Set<string>(),
        });
      }
      const grid = detected.grid;
      for (const row of grid.rows) {
        if (row.matched && row.key !== null) draft.usedKeys[grid.year].add(row.key);
      }
      draft.grids.push(grid);
      draft.lastBlock = detected.lastBlock;
      draft.lastYear = grid.year;
      warnings.push(...detected.warnings);
      return;
    }
    const attestation = detectAttestationTable(table);
    if (attestation !== null) {
      startIfPending();
      const year = attestationYear ?? coverYear ?? draft.lastYear ?? "premiere";
      if (draft.attestations.some((a) => a.year === year)) close();
      const identity = findIdentityLines(model, blockIndex);
      draft.attestations.push({
        year,
        table: attestation.table,
        rows: attestation.rows,
        ...identity,
      });
      warnings.push(...attestation.warnings);
      if (identity.lastName === null || identity.firstName === null) {
        warnings.push({
          code: "IdentityLinesMissing",
          message: `Tableau ${table.index} : lignes « Nom : » / « Prénom : » de l'attestation introuvables.`,
          table: table.index,
        });
      }
      attestationYear = null;
      return;
    }
    const recap = detectRecap(table);
    if (recap !== null) {
      startIfPending();
      if (draft.recap !== null) close();
      draft.recap = recap;
      return;
    }
    for (const text of tableTexts(table)) noteText(text);
  });
  close();
  return { livrets, warnings: [...warnings, ...unclearMarkWarnings(model, livrets)] };
}

/**
 * Level cells that show something neither a tick nor an empty box ("-", "0", "…", "?"): not a
 * level; reported here so inspect and the pane show them (export lists them too).
 */
function unclearMarkWarnings(model: DocModel, livrets: readonly LivretMap[]): DetectionWarning[] {
  const out: DetectionWarning[] = [];
  for (const livret of livrets) {
    for (const grid of livret.grids) {
      for (const row of grid.rows) {
        for (const slot of row.slots) {
          for (const level of LEVELS) {
            const cell = cellAt(model, slot.levels[level]);
            if (cell === null || readCellMark(cell).kind !== "unclear") continue;
            out.push({
              code: "UnclearMark",
              message: `Tableau ${grid.table}, ligne ${row.row} (${row.key ?? "?"}, PFMP ${slot.pfmp}, ${level}) : marque peu claire « ${cell.text.trim()} », ni coche ni case vide ; non lue comme un niveau, jamais effacée.`,
              table: grid.table,
              row: row.row,
            });
          }
        }
      }
    }
  }
  return out;
}
