import { isBlank, periodsOf } from "./periodsOf";
import { dateRange } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";
import { yearOfPfmp } from "../schoolYear";

/**
 * "Une période se termine après avoir commencé": the end date must not precede the start date
 * (a one-day period, from = to, is valid). A date that is not a real date is an error too, since
 * no other date rule can use it; a period with one date only is a warning (still being typed).
 */
export function periodDatesOrder(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const p of periodsOf(ctx.data)) {
    const base = { livret: ctx.livret, year: yearOfPfmp(p.pfmp), period: p.pfmp };
    const fields = [
      { field: "from", text: p.data.from, parsed: p.from, name: "de début" },
      { field: "to", text: p.data.to, parsed: p.to, name: "de fin" },
    ] as const;
    for (const f of fields) {
      if (!isBlank(f.text) && f.parsed === null) {
        findings.push({
          severity: "error",
          rule: "period-dates-order",
          message: `PFMP ${p.pfmp} : la date ${f.name} « ${f.text ?? ""} » n'est pas une date valide.`,
          where: where({ ...base, field: f.field }),
        });
      }
    }
    if (p.from !== null && p.to !== null && p.to < p.from) {
      findings.push({
        severity: "error",
        rule: "period-dates-order",
        message: `PFMP ${p.pfmp} : la date de fin précède la date de début (${dateRange(p.from, p.to)}).`,
        where: where({ ...base, field: "to" }),
      });
    }
    const onlyOne = isBlank(p.data.from) !== isBlank(p.data.to);
    if (onlyOne) {
      const missing = isBlank(p.data.from) ? "from" : "to";
      findings.push({
        severity: "warning",
        rule: "period-dates-order",
        message: `PFMP ${p.pfmp} : la date ${missing === "from" ? "de début" : "de fin"} manque.`,
        where: where({ ...base, field: missing }),
      });
    }
  }
  return findings;
}
