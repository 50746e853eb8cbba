import type { DocumentWrite } from "../domain/detection/livretMap";
import { planWrites } from "../domain/filling/planWrites";
import type { PlanOptions } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { applyWrites } from "../docx/applyWrites";
import { writeDocxPackage, writeSplicedPackage } from "../docx/docxPackage";
import { spliceWrites } from "../docx/spliceWrites";
import { LivretError } from "../shared/livretError";
import type { LoadedDocument } from "./openDocument";

export interface FillResult {
  readonly bytes: Uint8Array;
  /** Text and checkbox writes (`DocumentWrite`, see livretMap.ts). */
  readonly writes: readonly DocumentWrite[];
}

export interface LivretFill {
  /** 0-based index of the livret in the document (`LivretMap.index` order). */
  readonly index: number;
  readonly data: LivretData;
}

/**
 * Fills several livrets of one document in a single pass: every livret's writes are planned on
 * the same model and spliced into the main part's source text (`spliceWrites`: the tree is not
 * changed), so the loaded document can be filled again without re-parsing it (parsing is most of
 * the cost). A document that is no longer its source text is written by `applyWrites`, serialised,
 * and its written paragraphs put back. The writes only replace paragraph text, so they never
 * move one another's targets.
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
  // A parsed document: the target paragraphs' new XML spliced into its source text.
  const splices = spliceWrites(doc.pkg.document, writes);
  if (splices !== null) return { bytes: writeSplicedPackage(doc.pkg, splices), writes };
  const restore = applyWrites(doc.pkg.document, writes);
  try {
    return { bytes: writeDocxPackage({ ...doc.pkg, documentChanged: true }), writes };
  } finally {
    restore();
  }
}
