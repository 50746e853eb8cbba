import { memoizeText } from "../../shared/memoizeText";

/**
 * Label normalisation for matching what a document prints against the catalog. Word documents
 * differ in the invisible: NFC vs NFD accents, ’ vs ', NBSP, "et/ou" vs "et ou", a literal "·"
 * bullet typed before the label, trailing full stops, case. Two forms:
 * - `normaliseLabel`: readable (lower case, no accents, single spaces, no bullet or final dot);
 * - `labelKey`: letters and digits only, the form used to compare.
 */
export const foldAccents: (text: string) => string = memoizeText((text) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE"),
);

const LEADING_BULLETS = /^[\s\u00a0\u2007\u202f·•\-–—*▪■□○◦‣⁃]+/;

export const normaliseLabel: (text: string) => string = memoizeText((text) =>
  foldAccents(text)
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .replace(LEADING_BULLETS, "")
    .replace(/\bet\s*\/\s*ou\b/g, "et ou")
    .replace(/[\s.;:,!…]+$/g, "")
    .trim(),
);

/** Letters and digits only: the comparison key of a label. */
export const labelKey: (text: string) => string = memoizeText((text) =>
  normaliseLabel(text).replace(/[^a-z0-9]/g, ""),
);

/** True when the text holds nothing but spaces, dots, ellipses or underscores (a form's blank). */
export function isPlaceholder(text: string): boolean {
  return /^[\s\u00a0\u2007\u202f.…_·]*$/.test(text);
}
