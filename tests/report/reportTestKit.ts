import { readFileSync } from "node:fs";
import * as path from "node:path";
import { nodeIo } from "../../src/cli/io";
import type { CliIo } from "../../src/cli/io";
import { applyWrites } from "../../src/docx/applyWrites";
import { readDocxPackage, writeDocxPackage } from "../../src/docx/docxPackage";
import { fillDocument, openDocument } from "../../src/services/livretEngine";
import type { LoadedDocument } from "../../src/services/livretEngine";
import { CATALOG } from "../../src/domain/catalog/referentiel";
import type { Level } from "../../src/domain/level";
import type { LivretData } from "../../src/domain/livretData";

export const ROOT = path.join(__dirname, "..", "..");
export const TEMPLATE = path.join(ROOT, "assets", "livret-mcv-option-b.docx");
export const LIBREOFFICE_COPY = path.join(ROOT, "tests", "fixtures", "livret-libreoffice.docx");
export const CLASS_3 = path.join(ROOT, "tests", "fixtures", "class-3.docx");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

const EVALUATED: readonly Level[] = ["N", "D", "A", "E"];

/**
 * A livret in progress: Première done (every row ticked, levels varied), Terminale PFMP 3 half
 * ticked, PFMP 4 not started; one absence; names with characters HTML must escape.
 */
export function progressingLivret(lastName = "MARTIN"): LivretData {
  const levels = (pfmp: number, share: number): Record<string, Level> =>
    Object.fromEntries(
      CATALOG.filter((_, i) => i % share === 0).map((c, i) => [
        c.key,
        // Every fifth row stays NE in every PFMP: the cycle is not covered yet.
        i % 5 === 4 ? "NE" : (EVALUATED[(i + pfmp) % EVALUATED.length] as Level),
      ]),
    );
  return {
    student: { lastName, firstName: "Léa" },
    daysToRecover: { premiere: 1 },
    periods: {
      "1": {
        company: "Boulangerie Dupain & Fils",
        from: "2025-01-06",
        to: "2025-01-31",
        observations: "1 jour d'absence (maladie)",
        tutor: "M. Durand",
        teacher: "Mme Petit",
        levels: levels(1, 1),
      },
      "2": {
        company: "Dupain",
        from: "2025-04-14",
        to: "2025-05-09",
        levels: levels(2, 1),
      },
      "3": {
        company: "Sport 2000",
        from: "2025-11-17",
        to: "2025-12-19",
        levels: levels(3, 2),
      },
    },
  };
}

/** Opens a .docx from disk with the engine. */
export function openFile(file: string): LoadedDocument {
  return openDocument(new Uint8Array(readFileSync(file)), path.basename(file));
}

/** Fills livrets of a document one after the other (index → data) and returns the new bytes. */
export function fillLivrets(file: string, byIndex: ReadonlyMap<number, LivretData>): Uint8Array {
  let doc = openFile(file);
  for (const [index, data] of byIndex) {
    const { bytes } = fillDocument(doc, data, index);
    doc = openDocument(bytes, path.basename(file));
  }
  return doc.bytes;
}

/** A CLI io over the real file system that captures stdout and stderr. */
export function capturingIo(): CliIo & { out: () => string; err: () => string } {
  let stdout = "";
  let stderr = "";
  return {
    ...nodeIo(),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    out: () => stdout,
    err: () => stderr,
  };
}

/**
 * Ticks a second level in one row and PFMP of a filled document, the way a teacher typing an "X"
 * in Word would: a conflict for the engine to report.
 */
export function tickAlso(bytes: Uint8Array, key: string, pfmp: number, level: Level): Uint8Array {
  const doc = openDocument(bytes, "conflict.docx");
  const slot = doc.map.livrets[0]?.grids
    .flatMap((g) => g.rows)
    .filter((r) => r.key === key)
    .flatMap((r) => r.slots)
    .find((s) => s.pfmp === pfmp);
  if (slot === undefined) throw new Error(`no row ${key} for PFMP ${pfmp}`);
  const cell = slot.levels[level];
  const pkg = readDocxPackage(bytes, "conflict.docx");
  applyWrites(pkg.document, [
    { target: { kind: "cell", ...cell, paragraph: 0 }, text: "X", expected: "" },
  ]);
  pkg.documentChanged = true;
  return writeDocxPackage(pkg);
}
