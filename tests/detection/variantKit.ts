import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import type { CellAddress, DocumentWrite, LivretMap } from "../../src/domain/detection/livretMap";
import { isCheckboxWrite } from "../../src/domain/detection/livretMap";
import { planFill } from "../../src/domain/filling/planWrites";
import type { WritePlan } from "../../src/domain/filling/planWrites";
import type { Level } from "../../src/domain/level";
import type { LivretData } from "../../src/domain/livretData";
import { fillDocument, openDocument, readDocument } from "../../src/services/livretEngine";
import type { LoadedDocument } from "../../src/services/livretEngine";

export const VARIANTS_DIR = join(__dirname, "../fixtures/variants");

export function variant(name: string): LoadedDocument {
  return openDocument(
    new Uint8Array(readFileSync(join(VARIANTS_DIR, `${name}.docx`))),
    `${name}.docx`,
  );
}

export function livret(doc: LoadedDocument): LivretMap {
  return doc.map.livrets[0]!;
}

export function levelsOf(doc: LoadedDocument, pfmp: "1" | "2"): Record<string, Level> {
  return { ...(readDocument(doc).livrets[0]!.data.periods?.[pfmp]?.levels ?? {}) };
}

export function plan(doc: LoadedDocument, data: LivretData): WritePlan {
  return planFill(doc.model, livret(doc), data);
}

/** Fills and reopens the result. */
export function fillAndReopen(doc: LoadedDocument, data: LivretData): LoadedDocument {
  const out = fillDocument(doc, data, 0);
  return openDocument(out.bytes, "filled.docx");
}

/** The address of the level cell of a key in a PFMP, and the header's grid column of that level. */
export function levelCell(
  doc: LoadedDocument,
  key: string,
  pfmp: number,
  level: Level,
): CellAddress {
  for (const grid of livret(doc).grids) {
    for (const row of grid.rows) {
      const slot = row.key === key ? row.slots.find((s) => s.pfmp === pfmp) : undefined;
      if (slot !== undefined) return slot.levels[level];
    }
  }
  throw new Error(`no ${key} PFMP ${pfmp}`);
}

/** The grid column a write lands in (its cell's first grid column). */
export function gridColumnOf(doc: LoadedDocument, w: DocumentWrite): number {
  if (!isCheckboxWrite(w) && w.target.kind === "body") return -1;
  const at = w.target as CellAddress;
  return doc.model.tables[at.table]!.rows[at.row]!.cells[at.cell]!.gridColumn;
}

export function documentXml(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]!);
}
