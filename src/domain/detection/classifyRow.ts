import type { BlockId } from "../catalog/catalogTypes";
import type { RowKind } from "./livretMap";
import { normaliseLabel } from "./normaliseLabel";

/**
 * The block a full-width heading row opens: "Compétences 1 - Conseiller et vendre" → "1",
 * "Compétences 4B – …" → "4B", "Attitudes professionnelles et savoir-être (1)" → "AP".
 */
export function parseBlockHeading(text: string): BlockId | null {
  const n = normaliseLabel(text);
  const m =
    /^(?:competences?|bloc|groupe)\s*(?:de\s+competences?\s*)?(?:n°\s*)?g?([1-4])\s*(b?)\b/.exec(n);
  if (m !== null) {
    const digit = m[1]!;
    if (digit === "4") return "4B"; // option B: the only block 4 of this livret
    return digit as BlockId;
  }
  if (/^attitudes? professionnelles?/.test(n) || /^savoir[- ]etre/.test(n)) return "AP";
  return null;
}

/** "1-1 Assurer…", "1.2 Réaliser…", "   3-3 Évaluer…": a sub-block heading. */
export function isSectionHeading(text: string): boolean {
  return /^\d+\s*[-.–]\s*\d+(?:\s|$)/.test(normaliseLabel(text));
}

/**
 * What a grid row is, from its label (the text left of the first activities column) and whether
 * it has the level cells of the grid.
 */
export function classifyRow(label: string, otherText: string, hasLevelCells: boolean): RowKind {
  const trimmed = normaliseLabel(label);
  if (trimmed === "" && normaliseLabel(otherText) === "") return "blank";
  if (parseBlockHeading(label) !== null) return "block";
  if (isSectionHeading(label)) return "section";
  if (trimmed === "") return "blank";
  return hasLevelCells ? "competence" : "section";
}
