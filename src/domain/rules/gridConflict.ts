import { isPfmpNumber, yearOfPfmp } from "../schoolYear";
import { competenceText } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/** Two or more levels ticked in one row and PFMP, as the engine reports them: an error. */
export function gridConflict(ctx: RuleContext): Finding[] {
  return ctx.conflicts.map((c) => ({
    severity: "error",
    rule: "grid-conflict",
    message: `PFMP ${c.period}, ${competenceText(c.key)} : plusieurs niveaux cochés (${c.levels.join(", ")}) ; n'en garder qu'un.`,
    where: where({
      livret: ctx.livret,
      year: isPfmpNumber(c.period) ? yearOfPfmp(c.period) : undefined,
      period: c.period,
      key: c.key,
    }),
  }));
}
