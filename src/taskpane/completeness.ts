import type { BlockId } from "../domain/catalog/catalogTypes";
import { CATALOG } from "../domain/catalog/referentiel";
import type { LivretMap } from "../domain/detection/livretMap";
import { YEAR_LABELS, type SchoolYear } from "../domain/schoolYear";
import { BLOCK_TITLES, BLOCK_ORDER } from "./blockTitles";

const YEARS: readonly SchoolYear[] = ["premiere", "terminale"];

/** What a livret of the document lacks compared with the seed livret, in French, one per line. */
export function missingParts(livret: LivretMap): string[] {
  const missing: string[] = [];
  for (const year of YEARS) {
    const grids = livret.grids.filter((g) => g.year === year);
    const label = YEAR_LABELS[year];
    if (grids.length === 0) {
      missing.push(`${label} : aucune grille de compétences`);
    } else {
      const present = new Set<BlockId>(grids.flatMap((g) => g.blockIds));
      const absent = BLOCK_ORDER.filter((b) => !present.has(b));
      for (const b of absent) missing.push(`${label} : grille « ${BLOCK_TITLES[b]} »`);
      if (absent.length === 0) {
        const keys = new Set(grids.flatMap((g) => g.rows.map((r) => r.key)));
        const lacking = CATALOG.filter((c) => !keys.has(c.key)).map((c) => c.key);
        if (lacking.length > 0) {
          missing.push(
            `${label} : ${lacking.length} compétence(s) absente(s) (${lacking.join(", ")})`,
          );
        }
      }
    }
    if (!livret.attestations.some((a) => a.year === year)) {
      missing.push(`${label} : attestation de PFMP`);
    }
  }
  if (livret.recap === null) missing.push("Fiche récapitulative des PFMP");
  return missing;
}

/** Competence rows whose label matched no catalog entry (kept with a positional key). */
export function unmatchedRows(livret: LivretMap): string[] {
  return livret.grids.flatMap((g) =>
    g.rows
      .filter((r) => r.kind === "competence" && !r.matched)
      .map(
        (r) =>
          `${YEAR_LABELS[g.year]}, tableau ${g.table + 1}, ligne ${r.row + 1} : « ${r.label} »`,
      ),
  );
}
