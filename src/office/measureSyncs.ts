import { createWordDouble } from "./double/createWordDouble";
import { everyRowData } from "./everyRowData";
import { OfficeDocumentPort } from "./officeDocumentPort";

export interface SyncCounts {
  readonly detect: number;
  readonly save: number;
}

/**
 * The pane's round trips on a document, measured on the Word API double: `detect` = syncs of
 * `OfficeDocumentPort.load()` (detection + reading), `save` = syncs of a save that changes every
 * row of every grid of the first livret (`everyRowData`). For `npm run bench`'s `"syncs"`.
 */
export async function measureSyncs(docx: Uint8Array): Promise<SyncCounts> {
  const double = createWordDouble(docx);
  const port = new OfficeDocumentPort(double.Word);
  const snapshot = await port.load();
  const detect = double.syncCount;
  double.resetSyncCount();
  await port.save(0, everyRowData(snapshot));
  return { detect, save: double.syncCount };
}
