import { planWrites } from "../domain/filling/planWrites";
import type { PlanOptions } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { applyWrites } from "../docx/applyWrites";
import { readDocxPackage, writeDocxPackage } from "../docx/docxPackage";
import { LivretError } from "../shared/livretError";
import type { FillResult } from "./fillDocument";
import type { LoadedDocument } from "./openDocument";

export interface LivretFill {
  /** 0-based index of the livret in the document (`LivretMap.index` order). */
  readonly index: number;
  readonly data: LivretData;
}

/**
 * Fills several livrets of one document in a single pass: every livret's writes are planned on
 * the same model, then applied to one fresh parse and zipped once. Filling a class file livret by
 * livret with `fillDocument` would re-open (re-parse and re-detect) the whole file once per
 * pupil. The writes only replace paragraph text, so they never move one another's targets.
 */
export function fillLivrets(
  doc: LoadedDocument,
  fills: readonly LivretFill[],
  options?: PlanOptions,
): FillResult {
  const writes = fills.flatMap(({ index, data }) => {
    const livret = doc.map.livrets[index];
    if (livret === undefined) {
      throw new LivretError(
        "LivretNotFound",
        `${doc.fileName} : pas de livret n° ${index + 1} (le document en contient ${doc.map.livrets.length})`,
      );
    }
    return planWrites(doc.model, livret, data, options);
  });
  if (writes.length === 0) return { bytes: doc.bytes, writes };
  const pkg = readDocxPackage(doc.bytes, doc.fileName);
  applyWrites(pkg.document, writes);
  pkg.documentChanged = true;
  return { bytes: writeDocxPackage(pkg), writes };
}
