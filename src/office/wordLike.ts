/**
 * The subset of the `Word` namespace (Office.js, WordApi 1.1–1.3) that our code uses, written as
 * structural types so that BOTH the real `Word` global (from @types/office-js) and the Word API
 * double (`double/createWordDouble`) are assignable to `WordLike`. The compile-time proof that the
 * real namespace fits is `tests/office/wordLike.typecheck.test.ts`.
 *
 * Rules for adding members: WordApi ≤ 1.3 members (the add-in's manifest requirement), or later
 * ones marked with their set and used only behind `WordHost.isSetSupported` (changeTrackingMode 1.4,
 * checkboxContentControl 1.7); typed as the d.ts types them (or wider), never narrower — otherwise
 * `typeof Word` stops being assignable.
 */

/** `Word.InsertLocation` values accepted by `Paragraph.insertText` (WordApi 1.1). */
export type InsertTextLocation = "Replace" | "Start" | "End";

/** Load argument forms accepted by every client object (`load(string | string[] | {select,expand})`). */
export type LoadArgument =
  string | readonly string[] | { readonly select?: string; readonly expand?: string } | undefined;

export interface ClientResultLike<T> {
  /** Available only after the `context.sync()` that follows the call which produced it. */
  readonly value: T;
}

export interface RangeLike {
  readonly text: string;
  load(propertyNames?: string | string[]): RangeLike;
  getOoxml(): ClientResultLike<string>;
}

export interface ParagraphLike {
  readonly text: string;
  /** "Gets the level of the paragraph's table. It returns 0 if the paragraph isn't in a table." (1.3) */
  readonly tableNestingLevel: number;
  load(propertyNames?: string | string[]): ParagraphLike;
  getNext(): ParagraphLike;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "After" | "Content"): RangeLike;
  getOoxml(): ClientResultLike<string>;
  insertText(text: string, insertLocation: InsertTextLocation): RangeLike;
}

/** `CollectionLoadOptions` paging with the paragraph properties our code loads. */
export interface ParagraphPageOptions {
  $top?: number;
  $skip?: number;
  text?: boolean;
  tableNestingLevel?: boolean;
}

export interface ParagraphCollectionLike {
  readonly items: ParagraphLike[];
  load(propertyNames?: string | string[]): ParagraphCollectionLike;
  load(options: ParagraphPageOptions): ParagraphCollectionLike;
  getFirst(): ParagraphLike;
}

export interface TableCellLike {
  readonly body: BodyLike;
  readonly value: string;
  readonly rowIndex: number;
  readonly cellIndex: number;
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): TableCellLike;
}

export interface TableRowLike {
  readonly cellCount: number;
  readonly rowIndex: number;
  readonly values: string[][];
  load(propertyNames?: string | string[]): TableRowLike;
}

export interface TableRowCollectionLike {
  readonly items: TableRowLike[];
  load(propertyNames?: string | string[]): TableRowCollectionLike;
  getFirst(): TableRowLike;
}

export interface TableLike {
  readonly values: string[][];
  readonly rowCount: number;
  readonly nestingLevel: number;
  readonly isUniform: boolean;
  readonly rows: TableRowCollectionLike;
  readonly tables: TableCollectionLike;
  load(propertyNames?: string | string[]): TableLike;
  getCell(rowIndex: number, cellIndex: number): TableCellLike;
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellLike;
  getNext(): TableLike;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "After"): RangeLike;
}

export interface TableCollectionLike {
  readonly items: TableLike[];
  load(propertyNames?: string | string[]): TableCollectionLike;
  getFirst(): TableLike;
}

/** `Word.CheckboxContentControl` (WordApi 1.7). Setting `isChecked` queues a write. */
export interface CheckboxContentControlLike {
  isChecked: boolean;
  load(propertyNames?: string | string[]): CheckboxContentControlLike;
}

/** `Word.ContentControl` (WordApi 1.1; `checkboxContentControl` 1.7). */
export interface ContentControlLike {
  readonly id: number;
  readonly type: string;
  readonly isNullObject: boolean;
  /** WordApi 1.7: only behind `isSetSupported("WordApi", "1.7")`. */
  readonly checkboxContentControl: CheckboxContentControlLike;
  load(propertyNames?: string | string[]): ContentControlLike;
}

export interface ContentControlCollectionLike {
  readonly items: ContentControlLike[];
  load(propertyNames?: string | string[]): ContentControlCollectionLike;
  getById(id: number): ContentControlLike;
}

export interface BodyLike {
  readonly text: string;
  readonly paragraphs: ParagraphCollectionLike;
  readonly tables: TableCollectionLike;
  readonly contentControls: ContentControlCollectionLike;
  load(propertyNames?: string | string[]): BodyLike;
  getOoxml(): ClientResultLike<string>;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "After" | "Content"): RangeLike;
}

export interface DocumentLike {
  readonly body: BodyLike;
  /** WordApi 1.4: only behind `isSetSupported("WordApi", "1.4")`. "Off" | "TrackAll" | "TrackMineOnly". */
  readonly changeTrackingMode: string;
  load(propertyNames?: string | string[]): DocumentLike;
}

export interface WordRequestContextLike {
  readonly document: DocumentLike;
  sync(): Promise<unknown>;
}

export interface WordLike {
  run<T>(batch: (context: WordRequestContextLike) => Promise<T>): Promise<T>;
  readonly InsertLocation: {
    readonly replace: string;
    readonly start: string;
    readonly end: string;
  };
  readonly ErrorCodes: {
    readonly accessDenied: string;
    readonly generalException: string;
    readonly invalidArgument: string;
    readonly itemNotFound: string;
    readonly notAllowed: string;
    readonly notImplemented: string;
  };
}
