import { yearOfPfmp } from "../schoolYear";
import { hasLevels, isBlank, periodsOf } from "./periodsOf";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/**
 * A PFMP that has levels took place, so its attestation must say where and when: company and both
 * dates present. An error: the attestation is the legal proof of the period (arrêté du 10/02/2009,
 * "attestation de PFMP"), and the grids cannot be read without it.
 */
export function attestationMissing(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const p of periodsOf(ctx.data)) {
    if (!hasLevels(p.data)) continue;
    const missing = [
      { field: "company", value: p.data.company, text: "l'entreprise" },
      { field: "from", value: p.data.from, text: "la date de début" },
      { field: "to", value: p.data.to, text: "la date de fin" },
    ].filter((f) => isBlank(f.value));
    for (const f of missing) {
      findings.push({
        severity: "error",
        rule: "attestation-missing",
        message: `PFMP ${p.pfmp} : des niveaux sont cochés mais ${f.text} n'est pas renseignée dans l'attestation.`,
        where: where({
          livret: ctx.livret,
          year: yearOfPfmp(p.pfmp),
          period: p.pfmp,
          field: f.field,
        }),
      });
    }
  }
  return findings;
}
