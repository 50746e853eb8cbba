/**
 * Behaviours of Word that the documentation does not settle (reference "Could NOT confirm" list
 * and "Second review"). Each default is the documented or safest reading, and each is switchable
 * so that tests run the adapter under every reading until recordings made in real Word settle them
 * (`tests/calibration/`, `policyFromRecording`).
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
   * "\n". Our adapter never relies on it (it compares texts with white space removed).
   */
  readonly paragraphSeparator: string;
  /**
   * How a vertically merged continuation cell (`w:vMerge` without "restart", ECMA-376 §17.4.85)
   * counts in `getCell`, `cellCount`, `TableRow.values`: "cells" (default) — it exists as a `w:tc`
   * and office-js #3200 shows Word enumerating it — or "skipped" (the other possible reading:
   * Word's cellIndex then no longer equals the engine's `w:tc` index in such rows).
   */
  readonly vMergeContinuation: "cells" | "skipped";
  /**
   * Whether `body.paragraphs` also lists one end-of-row mark per table row (VBA's `Paragraphs`
   * does: public macros skip `wdAtEndOfRowMarker`; reference "Second review" #3). Default false.
   */
  readonly endOfRowParagraphs: boolean;
  /**
   * Largest response of one `sync()` in bytes (the JSON-ish size of every value it delivers), or
   * null for none. Word on the web raises `ResponsePayloadSizeLimitExceeded` (reference "Second
   * review" #5: the only published figure is Excel's 5 MB, failures reported above 4 MB, #4697).
   * Default 4 MB.
   */
  readonly responseCeilingBytes: number | null;
  /** The document body's `getOoxml()` raises GeneralException (office-js #6059: grouped shapes). */
  readonly bodyOoxmlFails: boolean;
  /** `Document.changeTrackingMode` (WordApi 1.4). */
  readonly changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  /** Highest `WordApi` requirement set the host supports ("1.3" … "1.9"). */
  readonly wordApi: string;
  /** `Office.context.diagnostics.platform`: "PC", "Mac", "OfficeOnline", "iOS"… */
  readonly platform: string;
  /**
   * Whether a batch that fails keeps the actions that ran before the failing one. Undocumented;
   * default false (all or nothing). The port does not depend on it: after a failed write it
   * re-reads and reports what landed.
   */
  readonly failedBatchKeepsEarlierWrites: boolean;
  /**
   * Test hook (not a Word behaviour): the n-th `insertText`/`isChecked` write (1-based, counted
   * over the double's life) fails with GeneralException, as a host failing half-way would.
   */
  readonly failAtWrite: number | null;
}

/**
 * Also fixed (not switchable) and stated here for the record:
 * - a horizontally merged cell (`w:gridSpan`, §17.4.17) is ONE cell: `cellIndex` counts `w:tc`
 *   elements, as `getCell(rowIndex, cellIndex)` documents ("the index of the cell in the row");
 * - `insertText` follows Word (office-js #4275, #1755): "\n" (and "\r") start a new paragraph,
 *   "\v" is a line break (`w:br`).
 */
export const DEFAULT_POLICY: DoublePolicy = {
  bodyTablesIncludeNested: false,
  paragraphSeparator: "\n",
  vMergeContinuation: "cells",
  endOfRowParagraphs: false,
  responseCeilingBytes: 4 * 1024 * 1024,
  bodyOoxmlFails: false,
  changeTrackingMode: "Off",
  wordApi: "1.9",
  platform: "PC",
  failedBatchKeepsEarlierWrites: false,
  failAtWrite: null,
};

/**
 * The demo's Word: Windows or Mac, without the web host's response ceiling (the ceiling stands for
 * Word on the web's transport, ResponsePayloadSizeLimitExceeded, office-js #4697; in the demo
 * nothing is transferred anywhere). The sliced path keeps its tests on `DEFAULT_POLICY`.
 */
export const DESKTOP_POLICY: Partial<DoublePolicy> = { responseCeilingBytes: null };

/** Whether the double's host supports `WordApi` `version` (numeric comparison of "1.x"). */
export function supportsWordApi(policy: DoublePolicy, version: string): boolean {
  const [a, b] = policy.wordApi.split(".").map(Number);
  const [c, d] = version.split(".").map(Number);
  return (a ?? 0) > (c ?? 0) || ((a ?? 0) === (c ?? 0) && (b ?? 0) >= (d ?? 0));
}
