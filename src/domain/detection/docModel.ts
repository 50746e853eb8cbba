/**
 * A host-neutral model of a document body: what detection needs, built from the .docx XML
 * (`src/docx/buildDocModel.ts`) or from Word's OOXML. Indices follow `livretMap.ts`'s addresses.
 */

export interface CellParagraphModel {
  readonly text: string;
  /** Index among all body paragraphs (see `DocModel.paragraphs`). */
  readonly bodyIndex: number;
  /** The paragraph carries list numbering (w:numPr, §17.3.1.19): its bullet is not in `text`. */
  readonly numbered: boolean;
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
