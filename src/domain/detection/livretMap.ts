import type { BlockId, GridKind } from "../catalog/catalogTypes";
import type { Level } from "../level";
import type { PfmpNumber, SchoolYear } from "../schoolYear";

/**
 * Where things are in a document, as detection found them. Addresses use the coordinates that
 * both the .docx adapter and Word's API understand:
 * - `table`: index of the `w:tbl` among all tables of the body in document order (pre-order,
 *   nested tables counted after their parent) — see `DocModel.tables`;
 * - `row`: index of the `w:tr` in its table (rows inside a row-level `w:sdt` included);
 * - `cell`: index of the `w:tc` in its row — Word's per-row `cellIndex` (`table.getCell(row, cell)`),
 *   NOT a grid column (ECMA-376 §17.4.17 gridSpan makes them differ);
 * - `paragraph`: for a "cell" target, index of the `w:p` among the cell's own paragraphs; for a
 *   "body" target, index of the `w:p` among ALL paragraphs of the body in document order, table
 *   paragraphs included and text-box content (`w:txbxContent`) excluded — the order of Word's
 *   `body.paragraphs` since WordApi 1.3. Writers check `TextWrite.expected` before writing.
 */
export interface CellAddress {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
}

/** A paragraph that a write replaces the text of. */
export type TextTarget =
  | {
      readonly kind: "cell";
      readonly table: number;
      readonly row: number;
      readonly cell: number;
      readonly paragraph: number;
    }
  | { readonly kind: "body"; readonly paragraph: number };

export type RowKind = "header" | "block" | "section" | "competence" | "blank";

/** The cells of one PFMP in a grid row: its activities cell and its five level cells. */
export interface SlotCells {
  readonly pfmp: PfmpNumber;
  readonly activities: CellAddress | null;
  readonly levels: Readonly<Record<Level, CellAddress>>;
}

export interface GridRowMap {
  readonly row: number;
  readonly kind: RowKind;
  /** Catalog key, or a positional key (`?<table>.<row>`) for a competence row that matches nothing. */
  readonly key: string | null;
  readonly label: string;
  /** False for competence rows whose label matched no catalog entry of the block. */
  readonly matched: boolean;
  readonly blockId: BlockId | null;
  /** Cells per PFMP, in the grid's order; empty for rows that are not competence rows. */
  readonly slots: readonly SlotCells[];
  /**
   * Present when the row's cells do not line up with the header's grid columns (extra,
   * missing, split or merged cell; French reason): the row is read only where the mapping is
   * unambiguous (`slots` holds the PFMPs whose five level cells map exactly) and never written.
   */
  readonly misaligned?: string;
}

export interface GridMap {
  readonly table: number;
  readonly year: SchoolYear;
  readonly pfmp: readonly [PfmpNumber, PfmpNumber];
  readonly kind: GridKind;
  readonly blockIds: readonly BlockId[];
  readonly rows: readonly GridRowMap[];
  /** For the second part of a grid split into two tables: the table of the part before. */
  readonly continues?: number;
}

export interface AttestationRowMap {
  readonly company: TextTarget;
  readonly period: TextTarget;
  readonly observations: TextTarget;
  /** Present when the row's cells do not line up with the header (French reason): never written. */
  readonly misaligned?: string;
}

export interface AttestationMap {
  readonly year: SchoolYear;
  readonly table: number;
  /** Row 0 = the year's first PFMP, row 1 = the second; the seed prints four rows. */
  readonly rows: readonly AttestationRowMap[];
  readonly lastName: TextTarget | null;
  readonly firstName: TextTarget | null;
  readonly daysToRecover: TextTarget | null;
}

export interface RecapPeriodMap {
  readonly pfmp: PfmpNumber;
  readonly dates: TextTarget;
  readonly tutor: TextTarget;
  readonly teacher: TextTarget;
  readonly company: TextTarget;
  /** Present when the row's cells do not line up with the header (French reason): never written. */
  readonly misaligned?: string;
}

export interface RecapMap {
  readonly table: number;
  readonly periods: readonly RecapPeriodMap[];
}

export interface DetectionWarning {
  readonly code: string;
  readonly message: string;
  readonly table?: number;
  readonly row?: number;
}

/** One livret (one pupil) of a document; a class file holds several in a row. */
export interface LivretMap {
  readonly index: number;
  readonly grids: readonly GridMap[];
  readonly attestations: readonly AttestationMap[];
  readonly recap: RecapMap | null;
}

export interface DocumentMap {
  readonly livrets: readonly LivretMap[];
  readonly warnings: readonly DetectionWarning[];
}

/** One change to make: replace the whole text of one paragraph. */
export interface TextWrite {
  /** Absent on text writes planned before checkboxes existed; "text" otherwise. */
  readonly kind?: "text";
  readonly target: TextTarget;
  readonly text: string;
  /** The text detection read there, so a writer can check the document did not change meanwhile. */
  readonly expected: string;
}

/**
 * A checkbox a person ticks in a level cell: a Word checkbox content control (`w:sdt` with
 * `w14:checkbox`) or a legacy form checkbox (`FORMCHECKBOX` field, `w:ffData/w:checkBox`).
 * `box` is the index of the checkbox among the checkboxes of the cell's own paragraphs, in
 * document order (nested tables excluded).
 */
export interface CheckboxTarget {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly box: number;
  readonly control: "contentControl" | "formField";
}

/** One change to make: set or clear one checkbox (its state, and for content controls its glyph). */
export interface CheckboxWrite {
  readonly kind: "checkbox";
  readonly target: CheckboxTarget;
  readonly checked: boolean;
  /** The state detection read there, so a writer can check the document did not change meanwhile. */
  readonly expected: boolean;
}

/** Every write a fill plans. */
export type DocumentWrite = TextWrite | CheckboxWrite;

export function isCheckboxWrite(write: DocumentWrite): write is CheckboxWrite {
  return write.kind === "checkbox";
}
