import type { TextWrite } from "../domain/detection/livretMap";
import { planWrites } from "../domain/filling/planWrites";
import type { PlanOptions } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { applyWrites } from "../docx/applyWrites";
import { writeDocxPackage } from "../docx/docxPackage";
import { LivretError } from "../shared/livretError";
import type { LoadedDocument } from "./openDocument";

export interface FillResult {
  readonly bytes: Uint8Array;
  readonly writes: readonly TextWrite[];
}

/**
 * Fills one livret of a document with `data` and returns the new .docx bytes. The loaded document
 * is left as it was (the written paragraphs are put back after serialising), so it can be filled
 * again; re-parsing instead would double the cost of a fill.
 */
export function fillDocument(
  doc: LoadedDocument,
  data: LivretData,
  livretIndex: number,
  options?: PlanOptions,
): FillResult {
  const livret = doc.map.livrets[livretIndex];
  if (livret === undefined) {
    throw new LivretError(
      "LivretNotFound",
      `${doc.fileName} : pas de livret n° ${livretIndex} (le document en contient ${doc.map.livrets.length})`,
    );
  }
  const writes = planWrites(doc.model, livret, data, options);
  if (writes.length === 0) return { bytes: doc.bytes, writes };
  const pkg = doc.pkg;
  const restore = applyWrites(pkg.document, writes);
  try {
    return { bytes: writeDocxPackage({ ...pkg, documentChanged: true }), writes };
  } finally {
    restore();
  }
}
