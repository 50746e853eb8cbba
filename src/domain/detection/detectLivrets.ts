import type { BlockId } from "../catalog/catalogTypes";
import type { SchoolYear } from "../schoolYear";
import { detectAttestationTable } from "./detectAttestation";
import { detectGrid } from "./detectGrid";
import { detectRecap } from "./detectRecap";
import type { DocModel, TableModel } from "./docModel";
import { findGridHeader } from "./gridHeader";
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

  model.blocks.forEach((block, blockIndex) => {
    if (block.kind === "paragraph") {
      const paragraph = model.paragraphs[block.paragraph]!;
      if (paragraph.boxText !== undefined) noteText(paragraph.boxText);
      noteText(paragraph.text);
      return;
    }
    const table = model.tables[block.table]!;
    const header = findGridHeader(table);
    if (header !== null) {
      startIfPending();
      const probeYear = coverYear;
      const repeatsBlock1 = (g: GridMap) => g.year === "premiere" && g.blockIds.includes("1");
      let detected = detectGrid(table, header, {
        coverYear: probeYear,
        previousYear: draft.lastYear,
        inheritedBlock: draft.lastYear === probeYear ? draft.lastBlock : null,
        usedKeys: (year) => draft.usedKeys[year],
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
        detected = detectGrid(table, header, {
          coverYear: "terminale",
          previousYear: "terminale",
          inheritedBlock: draft.lastBlock,
          usedKeys: (year) => draft.usedKeys[year],
        });
        g = detected.grid;
      }
      const restart =
        (repeatsBlock1(g) && draft.grids.some(repeatsBlock1)) ||
        (g.year === "premiere" && draft.lastYear === "terminale");
      if (restart) {
        close();
        detected = detectGrid(table, header, {
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
  return { livrets, warnings };
}
