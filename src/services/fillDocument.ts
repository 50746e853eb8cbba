import type { PlanOptions } from "../domain/filling/planWrites";
import type { LivretData } from "../domain/livretData";
import { fillLivrets } from "./fillLivrets";
import type { FillResult } from "./fillLivrets";
import type { LoadedDocument } from "./openDocument";

export type { FillResult } from "./fillLivrets";

/**
 * Fills one livret (0-based `livretIndex`) of a document with `data` and returns the new .docx
 * bytes; the loaded document is left as it was, so it can be filled again.
 */
export function fillDocument(
  doc: LoadedDocument,
  data: LivretData,
  livretIndex: number,
  options?: PlanOptions,
): FillResult {
  return fillLivrets(doc, [{ index: livretIndex, data }], options);
}
