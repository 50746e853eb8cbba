/**
 * A host-neutral model of a document body: what detection needs, built from the .docx XML
 * (`src/docx/buildDocModel.ts`) or from Word's OOXML. Indices follow `livretMap.ts`'s addresses.
 */

/**
 * What replacing a paragraph's text would destroy or get wrong (issue 9 §4; Word's
 * `insertText(…, "Replace")` removes comments (office-js #2574), footnote references (#2749) and
 * content controls inside the paragraph, and with Track Changes on becomes revisions (#5178)):
 * - "field": a simple or complex field (§17.16) other than a legacy checkbox handled as such;
 * - "noteReference": a footnote or endnote reference (§17.11.7, §17.11.14);
 * - "comment": a comment anchor or reference (§17.13.4);
 * - "contentControl": a run-level content control (§17.5.2) other than a checkbox;
 * - "trackedChange": an insertion, deletion or move revision (§17.13.5);
 * - "alternateContent": visible text inside `mc:AlternateContent` (ECMA-376 Part 3), which the
 *   text writer does not reach.
 * A paragraph with a hazard is never written; the planner reports the row and why.
 */
export type ParagraphHazard =
  "field" | "noteReference" | "comment" | "contentControl" | "trackedChange" | "alternateContent";

export interface CellParagraphModel {
  readonly text: string;
  /** Index among all body paragraphs (see `DocModel.paragraphs`). */
  readonly bodyIndex: number;
  /** The paragraph carries list numbering (w:numPr, §17.3.1.19): its bullet is not in `text`. */
  readonly numbered: boolean;
  /** Present (non-empty) when writing this paragraph is unsafe. */
  readonly hazards?: readonly ParagraphHazard[];
}

/** A checkbox a person ticks: a `w14:checkbox` content control or a legacy FORMCHECKBOX field. */
export interface CheckboxModel {
  /** Index among the checkboxes of the cell's own paragraphs, in document order. */
  readonly box: number;
  /** Index of the paragraph (among the cell's own) holding the checkbox. */
  readonly paragraph: number;
  readonly control: "contentControl" | "formField";
  readonly checked: boolean;
}

/** Visible characters of a run with the font they are shown in (symbol fonts matter). */
export interface MarkSegment {
  readonly text: string;
  readonly font: string | null;
  readonly paragraph: number;
}

/**
 * What a person sees as a mark in a cell, when plain text does not tell it all: checkboxes,
 * characters in symbol fonts (Wingdings…), text shown by text boxes anchored in the cell.
 */
export interface CellMarksModel {
  /** Visible characters of the cell's own paragraphs, checkbox glyphs excluded. */
  readonly segments: readonly MarkSegment[];
  readonly checkboxes: readonly CheckboxModel[];
  /** Text shown by text boxes / `mc:AlternateContent` anchored in the cell ("" when none). */
  readonly floating: string;
}

export type VMerge = "restart" | "continue" | null;

export interface CellModel {
  /** Index of the w:tc in its row (Word's cellIndex). */
  readonly index: number;
  /** First grid column the cell covers (w:gridBefore and preceding gridSpans counted, §17.4.17). */
  readonly gridColumn: number;
  readonly gridSpan: number;
  /** Vertical merge (§17.4.85): "restart" starts a merged region, "continue" is covered by it. */
  readonly vMerge: VMerge;
  /** The cell's own paragraphs (not those of tables nested in it). */
  readonly paragraphs: readonly CellParagraphModel[];
  /** The paragraphs' texts joined with "\n". */
  readonly text: string;
  /**
   * Preferred width in twips (w:tcW type dxa, §17.4.72), given when the table's layout was rebuilt
   * from the widths (`TableModel.geometry` "widths"); a grid table's widths are not read.
   */
  readonly width?: number;
  /** Old-style horizontal merge (w:hMerge, §17.4.22 of the 1st edition; still read by Word). */
  readonly hMerge?: "restart" | "continue";
  /** Present when the cell holds checkboxes, symbol-font characters or text boxes. */
  readonly marks?: CellMarksModel;
}

export interface RowModel {
  readonly index: number;
  readonly cells: readonly CellModel[];
  /** Repeated header row (w:tblHeader, §17.4.49). */
  readonly header: boolean;
}

export interface TableModel {
  /** Pre-order index among all tables of the body. */
  readonly index: number;
  /** 0 for a body-level table, 1 for a table in a cell of it, … */
  readonly nesting: number;
  readonly rows: readonly RowModel[];
  /** Widths in twips of the grid columns (w:tblGrid/w:gridCol, §17.4.16), as laid out. */
  readonly gridColumns?: readonly number[];
  /**
   * Where the cells' grid columns come from: "grid" = w:tblGrid with gridBefore/gridSpan
   * (§17.4.17); "widths" = tblGrid missing or narrower than a row, columns rebuilt from the
   * cells' w:tcW and w:wBefore/w:wAfter as Word lays such a row out; "unknown" = neither is
   * usable: cells keep their declared gridBefore/gridSpan, and a row that does not line up with
   * the header is never written.
   */
  readonly geometry?: "grid" | "widths" | "unknown";
}

export interface ParagraphModel {
  readonly bodyIndex: number;
  readonly text: string;
  /** Innermost table holding the paragraph, or null for a paragraph outside tables. */
  readonly table: number | null;
  /**
   * Text of the text boxes anchored in this paragraph (w:txbxContent, paragraphs joined with
   * "\n"), when there are any: a cover page often states the class in a text box. Read only by
   * detection; text boxes are never write targets.
   */
  readonly boxText?: string;
  /** Present (non-empty) when writing this paragraph is unsafe (see `ParagraphHazard`). */
  readonly hazards?: readonly ParagraphHazard[];
}

/** Body-level content in order: paragraphs outside tables and top-level tables. */
export type BlockModel =
  | { readonly kind: "paragraph"; readonly paragraph: number }
  | { readonly kind: "table"; readonly table: number };

export interface DocModel {
  readonly blocks: readonly BlockModel[];
  /** Every w:tbl of the body, pre-order (a nested table right after its parent's earlier ones). */
  readonly tables: readonly TableModel[];
  /** Every w:p of the body in document order, table paragraphs included, text boxes excluded. */
  readonly paragraphs: readonly ParagraphModel[];
}
