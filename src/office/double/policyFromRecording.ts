import { indexBody } from "../../docx/bodyIndex";
import { readDocxPackage } from "../../docx/docxPackage";
import { W, firstW, wVal } from "../../docx/wml";
import type { DoublePolicy } from "./doublePolicy";

/**
 * The facts of a calibration recording (`tests/calibration/calibrate-word.ts`,
 * `CalibrationRecord`) that settle the double's switches; structural so that src/ does not
 * depend on tests/.
 */
export interface RecordingFacts {
  readonly host: string;
  readonly platform?: string | null;
  readonly wordApi?: string | null;
  readonly paragraphs: readonly { readonly tableNestingLevel: number }[];
  readonly tables: readonly {
    readonly nestingLevel: number;
    readonly rows: readonly { readonly cellCount: number }[];
  }[];
  readonly probes?: {
    readonly payload?: readonly {
      readonly mb: number;
      readonly request: string;
      readonly response: string;
    }[];
    readonly failedBatch?: { readonly earlierWriteApplied: boolean } | null;
  } | null;
}

const MB = 1024 * 1024;

function isContinuation(tc: Element): boolean {
  const tcPr = firstW(tc, W.tcPr);
  const vMerge = tcPr === null ? null : firstW(tcPr, "vMerge");
  return vMerge !== null && wVal(vMerge) !== "restart";
}

/**
 * The `DoublePolicy` a recording made in real Word implies, for the document it was made on:
 * - `bodyTablesIncludeNested`: `body.tables` listed a table of nesting level > 1;
 * - `vMergeContinuation`: "skipped" when a row holding vMerge continuation cells reported the
 *   count without them;
 * - `endOfRowParagraphs`: `body.paragraphs` had exactly one more item per table row;
 * - `responseCeilingBytes`: the smallest probe size whose response failed (null when none did);
 * - `failedBatchKeepsEarlierWrites`, `platform`, `wordApi`: as recorded.
 */
export function policyFromRecording(
  record: RecordingFacts,
  docx: Uint8Array,
): Partial<DoublePolicy> {
  const index = indexBody(readDocxPackage(docx, "recording.docx").document);
  const policy: { -readonly [K in keyof DoublePolicy]?: DoublePolicy[K] } = {};
  policy.bodyTablesIncludeNested = record.tables.some((t) => t.nestingLevel > 1);
  const listed = policy.bodyTablesIncludeNested
    ? index.tables
    : index.tables.filter((t) => t.nesting === 0);
  let skipped = false;
  record.tables.forEach((t, i) => {
    const engine = listed[i];
    t.rows.forEach((r, row) => {
      const cells = engine?.rows[row]?.cells ?? [];
      const without = cells.filter((c) => !isContinuation(c.element)).length;
      if (without !== cells.length && r.cellCount === without) skipped = true;
    });
  });
  policy.vMergeContinuation = skipped ? "skipped" : "cells";
  const rows = index.tables.reduce((n, t) => n + t.rows.length, 0);
  policy.endOfRowParagraphs =
    rows > 0 && record.paragraphs.length === index.paragraphs.length + rows;
  const payload = record.probes?.payload ?? [];
  const failing = payload
    .filter((p) => p.request !== "ok" || (p.response !== "ok" && p.response !== "not tried"))
    .map((p) => p.mb);
  if (payload.length > 0)
    policy.responseCeilingBytes = failing.length > 0 ? Math.min(...failing) * MB : null;
  const failed = record.probes?.failedBatch;
  if (failed !== undefined && failed !== null) {
    policy.failedBatchKeepsEarlierWrites = failed.earlierWriteApplied;
  }
  policy.platform =
    record.platform ??
    (record.host === "mac" ? "Mac" : record.host === "web" ? "OfficeOnline" : "PC");
  if (record.wordApi !== undefined && record.wordApi !== null) policy.wordApi = record.wordApi;
  return policy;
}
