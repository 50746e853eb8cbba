/**
 * Behaviours of Word that the documentation does not settle (reference "Could NOT confirm" list).
 * Each default is the documented or safest reading, and each is switchable so that tests can run
 * the adapter under both readings until golden files recorded in real Word settle them
 * (`tests/calibration/`).
 */
export interface DoublePolicy {
  /**
   * Whether `body.tables` lists nested tables too. Default false: `Table.tables` is documented as
   * "child tables nested one level deeper" (WordApi 1.3) and the COM model (`Document.Tables`)
   * lists only top-level tables, so a nested table is reached through its cell's `body.tables`.
   */
  readonly bodyTablesIncludeNested: boolean;
  /**
   * Separator between paragraphs in `Table.values`, `TableRow.values`, `TableCell.value`,
   * `Body.text` and `Range.text`. Undocumented (Word's native paragraph mark is "\r"); default
   * "\n", the separator the .docx engine's `CellModel.text` uses, so both sides of a comparison
   * agree. Our adapter never relies on it.
   */
  readonly paragraphSeparator: string;
}

/**
 * Also fixed (not switchable) and stated here for the record:
 * - a vertically merged continuation cell (`w:vMerge` without "restart", ECMA-376 §17.4.85) is a
 *   cell of its row — it exists as a `w:tc` and office-js #3200 shows Word enumerating it — and its
 *   value is its own text (normally ""), not the text of the cell that starts the merge;
 * - a horizontally merged cell (`w:gridSpan`, §17.4.17) is ONE cell: `cellIndex` counts `w:tc`
 *   elements, as `getCell(rowIndex, cellIndex)` documents ("the index of the cell in the row").
 */
export const DEFAULT_POLICY: DoublePolicy = {
  bodyTablesIncludeNested: false,
  paragraphSeparator: "\n",
};
