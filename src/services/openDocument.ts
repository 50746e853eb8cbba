import { detectLivrets } from "../domain/detection/detectLivrets";
import type { DocModel } from "../domain/detection/docModel";
import type { DocumentMap } from "../domain/detection/livretMap";
import { buildDocModel } from "../docx/buildDocModel";
import { readDocxPackage } from "../docx/docxPackage";
import type { DocxPackage } from "../docx/docxPackage";
import { LivretError } from "../shared/livretError";

/** A .docx opened and analysed: its package, model and what detection found. */
export interface LoadedDocument {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly pkg: DocxPackage;
  readonly model: DocModel;
  readonly map: DocumentMap;
}

/** Opens a .docx and detects its livrets; throws `NoLivretFound` when there is none. */
export function openDocument(bytes: Uint8Array, fileName: string): LoadedDocument {
  const pkg = readDocxPackage(bytes, fileName);
  const model = buildDocModel(pkg.document);
  const map = detectLivrets(model);
  if (map.livrets.length === 0) {
    throw new LivretError("NoLivretFound", `${fileName} : aucun livret de suivi des PFMP trouvé`);
  }
  return { fileName, bytes, pkg, model, map };
}
