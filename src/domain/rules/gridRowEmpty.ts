import { CATALOG } from "../catalog/referentiel";
import { yearOfPfmp } from "../schoolYear";
import { hasDates, periodsOf } from "./periodsOf";
import { competenceText } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/**
 * "il convient de cocher la case NE si la compétence n'est pas évaluée" (seed livret): once a PFMP's
 * dates are filled, the period has taken place and every competence and attitude row of it should
 * carry a level, NE included. One warning per row (with `where.key`, so the pane can go to it and
 * group them); rows already reported as conflicts are left to `grid-conflict`.
 */
export function gridRowEmpty(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const p of periodsOf(ctx.data)) {
    if (!hasDates(p.data)) continue;
    const levels = p.data.levels ?? {};
    const conflicted = new Set(ctx.conflicts.filter((c) => c.period === p.pfmp).map((c) => c.key));
    for (const c of CATALOG) {
      if (levels[c.key] !== undefined || conflicted.has(c.key)) continue;
      findings.push({
        severity: "warning",
        rule: "grid-row-empty",
        message: `PFMP ${p.pfmp}, ${competenceText(c.key)} : aucune case cochée (cocher NE si la compétence n'est pas évaluée).`,
        where: where({ livret: ctx.livret, year: yearOfPfmp(p.pfmp), period: p.pfmp, key: c.key }),
      });
    }
  }
  return findings;
}
