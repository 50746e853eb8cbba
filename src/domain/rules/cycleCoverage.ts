import { CATALOG } from "../catalog/referentiel";
import type { CatalogCompetence } from "../catalog/catalogTypes";
import { periodsOf, hasDates, hasLevels } from "./periodsOf";
import { competenceText } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/** The référentiel competences (blocks 1, 2, 3, 4B); the attitudes are a school addition. */
export const COVERAGE_KEYS: readonly CatalogCompetence[] = CATALOG.filter(
  (c) => c.blockId !== "AP",
);

/** Keys of the competences never evaluated (N, D, A or E) in PFMP 1–4. */
export function unevaluatedCompetences(ctx: Pick<RuleContext, "data">): readonly string[] {
  const periods = periodsOf(ctx.data);
  return COVERAGE_KEYS.filter(
    (c) =>
      !periods.some((p) => {
        const level = p.data.levels?.[c.key];
        return level !== undefined && level !== "NE";
      }),
  ).map((c) => c.key);
}

/**
 * "s'assurer qu'elles soient TOUTES validées par l'équipe pédagogique" by the end of Terminale
 * (seed livret): every competence evaluated, not NE, at least once across PFMP 1–4.
 * - While PFMP 4 has no data (no dates, no level), it is progress, not a fault: one info that
 *   counts what is left (72 findings on a livret in PFMP 1 would drown the useful ones).
 * - Once PFMP 4 is dated or filled, the cycle is ending: one warning per competence still not
 *   evaluated, pointing at PFMP 4's row so the pane can go there.
 */
export function cycleCoverage(ctx: RuleContext): Finding[] {
  const missing = unevaluatedCompetences(ctx);
  if (missing.length === 0) return [];
  const last = periodsOf(ctx.data).find((p) => p.pfmp === 4);
  const lastStarted = last !== undefined && (hasDates(last.data) || hasLevels(last.data));
  if (!lastStarted) {
    const first = missing.slice(0, 5).join(", ");
    return [
      {
        severity: "info",
        rule: "cycle-coverage",
        message: `${missing.length} compétence${missing.length > 1 ? "s" : ""} sur ${COVERAGE_KEYS.length} pas encore évaluée${missing.length > 1 ? "s" : ""} (hors NE) sur les PFMP 1 à 4 (${first}${missing.length > 5 ? ", …" : ""}) ; toutes doivent l'être d'ici la fin de la Terminale.`,
        where: where({ livret: ctx.livret }),
      },
    ];
  }
  return missing.map((key) => ({
    severity: "warning",
    rule: "cycle-coverage",
    message: `${competenceText(key)} n'a été évaluée (hors NE) dans aucune des PFMP 1 à 4.`,
    where: where({ livret: ctx.livret, year: "terminale", period: 4, key }),
  }));
}
