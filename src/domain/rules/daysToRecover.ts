import { parseAbsenceDays, parseDaysToRecoverMention } from "../calendar/absences";
import { YEAR_LABELS, YEAR_PFMPS } from "../schoolYear";
import { periodsOf } from "./periodsOf";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

function days(n: number): string {
  const text = String(n).replace(".", ",");
  return `${text} jour${n >= 2 ? "s" : ""}`;
}

/**
 * "Nombre de jours à récupérer" of a year against the numbers its PFMP observations give. Per
 * period, an explicit "N jours à récupérer" wins over the absences ("1 jour d'absence"), since an
 * absence may already have been made up; periods whose observations give no number are left out,
 * and when none gives one the rule says nothing. A warning: the observations are free text.
 */
export function daysToRecover(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const periods = periodsOf(ctx.data);
  for (const year of ["premiere", "terminale"] as const) {
    const parts: { pfmp: number; days: number }[] = [];
    for (const p of periods.filter((q) => YEAR_PFMPS[year].includes(q.pfmp))) {
      const text = p.data.observations;
      const n = parseDaysToRecoverMention(text) ?? parseAbsenceDays(text);
      if (n !== null) parts.push({ pfmp: p.pfmp, days: n });
    }
    if (parts.length === 0) continue;
    const expected = parts.reduce((sum, part) => sum + part.days, 0);
    const declared = ctx.data.daysToRecover?.[year];
    const detail = parts.map((part) => `PFMP ${part.pfmp} : ${days(part.days)}`).join(", ");
    const base = { livret: ctx.livret, year, field: "daysToRecover" };
    if (declared === undefined) {
      if (expected > 0) {
        findings.push({
          severity: "warning",
          rule: "days-to-recover",
          message: `${YEAR_LABELS[year]} : les observations mentionnent ${days(expected)} d'absence ou à récupérer (${detail}) mais le nombre de jours à récupérer n'est pas renseigné.`,
          where: where(base),
        });
      }
      continue;
    }
    if (Math.abs(declared - expected) > 1e-9) {
      findings.push({
        severity: "warning",
        rule: "days-to-recover",
        message: `${YEAR_LABELS[year]} : ${days(declared)} à récupérer indiqué${declared >= 2 ? "s" : ""}, alors que les observations mentionnent ${days(expected)} (${detail}).`,
        where: where(base),
      });
    }
  }
  return findings;
}
