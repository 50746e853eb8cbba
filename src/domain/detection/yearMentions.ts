import type { SchoolYear } from "../schoolYear";
import { memoizeText } from "../../shared/memoizeText";
import { normaliseLabel } from "./normaliseLabel";

/**
 * The school year a cover or title states: "Classe de Première Professionnelle", "Classe de 1ère",
 * "… – 1re Professionnelle", "Classe de Terminale Professionnelle", "Terminale professionnelle".
 * Plain mentions ("En première : 2 périodes…") do not count.
 */
export const yearOfCover: (text: string) => SchoolYear | null = memoizeText(coverYearOf);

function coverYearOf(text: string): SchoolYear | null {
  const n = normaliseLabel(text);
  if (
    /classe de (?:1ere|1re|premiere)\b/.test(n) ||
    /\b(?:1ere|1re|premiere) professionnelle\b/.test(n)
  ) {
    return "premiere";
  }
  if (/classe de terminale\b/.test(n) || /\bterminale professionnelle\b/.test(n))
    return "terminale";
  return null;
}

/** "ATTESTATION - année de première" → "premiere". */
export const yearOfAttestationTitle: (text: string) => SchoolYear | null =
  memoizeText(attestationYearOf);

function attestationYearOf(text: string): SchoolYear | null {
  const n = normaliseLabel(text);
  const m = /attestation.*annee de (premiere|1ere|1re|terminale)/.exec(n);
  if (m === null) return null;
  return m[1] === "terminale" ? "terminale" : "premiere";
}

/** Every "PFMP n" of a text, in order. */
export function pfmpMentions(text: string): number[] {
  const out: number[] = [];
  const re = /pfmp\s*n?°?\s*([1-4])\b/g;
  const n = normaliseLabel(text);
  for (let m = re.exec(n); m !== null; m = re.exec(n)) out.push(Number(m[1]));
  return out;
}
