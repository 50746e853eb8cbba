import type { CheckboxWrite, DocumentMap, TextWrite } from "../domain/detection/livretMap";
import type { LevelConflict, LivretData } from "../domain/livretData";
import type { UnclearMark } from "../domain/reading/readLivret";

/** What a document holds now: where the livrets are and what they say. */
export interface LivretState {
  readonly index: number;
  readonly data: LivretData;
  readonly conflicts: readonly LevelConflict[];
  /** Level cells holding an unclear mark ("-", "?"…), when there are some (not a level). */
  readonly unclearMarks?: readonly UnclearMark[];
}

/** Something the teacher should know before saving (French `message`; branch on `code`). */
export interface PortNotice {
  readonly code: string;
  readonly message: string;
}

export interface LivretSnapshot {
  readonly map: DocumentMap;
  readonly livrets: readonly LivretState[];
  /** E.g. "writes will be tracked (Track Changes on)", "checkboxes cannot be set in this Word". */
  readonly notices?: readonly PortNotice[];
}

/** How far a save is: writes sent to the document so far, out of all planned. */
export interface SaveProgress {
  readonly done: number;
  readonly total: number;
}

export interface SaveOptions {
  /** Called after each chunk of writes has reached the document (slow hosts write in chunks). */
  readonly onProgress?: (progress: SaveProgress) => void;
}

export interface SaveReport {
  /** The paragraphs that were rewritten (cells whose value did not change are not listed). */
  readonly writes: readonly TextWrite[];
  /** The checkboxes that were set or cleared, when the save had any. */
  readonly checkboxes?: readonly CheckboxWrite[];
}

/**
 * The task pane's only door to a document. Implemented over Office.js (`OfficeDocumentPort`, which
 * also runs on the Word API double in tests and in the demo).
 * - `load` detects and reads in one round trip;
 * - `save` writes the given data for one livret in two round trips (more only for documents too
 *   large for one response, or in chunks on slow hosts); it throws `LivretError("DocumentChanged")`
 *   and writes nothing when the targets are no longer what `load` saw, `UncertainTarget` when Word
 *   does not prove it designates the engine's cells, `PartialSave` (with what landed) when Word
 *   failed half-way.
 */
export interface DocumentPort {
  load(): Promise<LivretSnapshot>;
  save(livretIndex: number, data: LivretData, options?: SaveOptions): Promise<SaveReport>;
}
