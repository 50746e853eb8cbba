import { createWordDouble } from "./double/createWordDouble";
import type { DoublePolicy } from "./double/doublePolicy";
import { everyRowData } from "./everyRowData";
import { OfficeDocumentPort } from "./officeDocumentPort";

export interface SyncCounts {
  readonly detect: number;
  readonly save: number;
}

export interface RoundTrips {
  /** Syncs of `OfficeDocumentPort.load()` (detection + reading). */
  readonly detectSyncs: number;
  /** Syncs of a save that changes every row of every grid of the first livret. */
  readonly saveSyncs: number;
  /** Largest response of one sync over the load and the save, in bytes (the double's count). */
  readonly largestResponseBytes: number;
  /** Writes of that save. */
  readonly writes: number;
}

/**
 * The pane's round trips on a document, measured on the Word API double with its default policy
 * (Word on Windows / the web: 4 MB response ceiling) or `policy`: a load, then a save that changes
 * every row of every grid of the first livret (`everyRowData`). For `npm run bench`.
 */
export async function measureRoundTrips(
  docx: Uint8Array,
  policy?: Partial<DoublePolicy>,
): Promise<RoundTrips> {
  const double = createWordDouble(docx, { policy });
  const port = new OfficeDocumentPort(double.Word, { host: double.host });
  const snapshot = await port.load();
  const detectSyncs = double.syncCount;
  const loadLargest = double.largestResponseBytes;
  double.resetSyncCount();
  const report = await port.save(0, everyRowData(snapshot));
  return {
    detectSyncs,
    saveSyncs: double.syncCount,
    largestResponseBytes: Math.max(loadLargest, double.largestResponseBytes),
    writes: report.writes.length + (report.checkboxes?.length ?? 0),
  };
}

/** The bench's historical `"syncs": { detect, save }` (see `measureRoundTrips` for the rest). */
export async function measureSyncs(docx: Uint8Array): Promise<SyncCounts> {
  const { detectSyncs, saveSyncs } = await measureRoundTrips(docx);
  return { detect: detectSyncs, save: saveSyncs };
}
