import { formatSchoolYear, schoolYearStart } from "../calendar/isoDate";
import { YEAR_LABELS, YEAR_PFMPS, yearOfPfmp } from "../schoolYear";
import type { SchoolYear } from "../schoolYear";
import { datedPeriods } from "./periodsOf";
import type { DatedPeriod } from "./periodsOf";
import { dateRange } from "./describe";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/**
 * School years for which an MCV livret is plausible: the Bac Pro MCV's first Seconde cohort started
 * at rentrée 2019 (arrêté JORFTEXT000037953057), so a Première PFMP cannot be earlier than
 * 2020-2021; the upper bound only catches typing mistakes ("2205").
 */
export const FIRST_PLAUSIBLE_SCHOOL_YEAR = 2019;
export const LAST_PLAUSIBLE_SCHOOL_YEAR = 2099;

function yearOf(p: DatedPeriod): number {
  return schoolYearStart(p.from);
}

/**
 * Dates fall in a plausible school year (1 September – 31 August): a period lies inside one school
 * year, the two PFMP of a class year are in the same school year, and Première (PFMP 1–2) comes in
 * an earlier school year than Terminale (PFMP 3–4). Warnings: a pupil may repeat a year, and a
 * period may legitimately run over the summer, so the teacher judges.
 */
export function periodSchoolYear(ctx: RuleContext): Finding[] {
  const periods = datedPeriods(ctx.data);
  const findings: Finding[] = [];
  const warn = (message: string, year: SchoolYear, period?: number): void => {
    findings.push({
      severity: "warning",
      rule: "period-school-year",
      message,
      where: where({
        livret: ctx.livret,
        year,
        period,
        field: period === undefined ? undefined : "from",
      }),
    });
  };
  for (const p of periods) {
    const start = schoolYearStart(p.from);
    const end = schoolYearStart(p.to);
    if (start !== end) {
      warn(
        `La PFMP ${p.pfmp} (${dateRange(p.from, p.to)}) s'étend sur deux années scolaires (${formatSchoolYear(start)} et ${formatSchoolYear(end)}).`,
        yearOfPfmp(p.pfmp),
        p.pfmp,
      );
    }
    if (start < FIRST_PLAUSIBLE_SCHOOL_YEAR || end > LAST_PLAUSIBLE_SCHOOL_YEAR) {
      warn(
        `La PFMP ${p.pfmp} (${dateRange(p.from, p.to)}) tombe en dehors des années scolaires plausibles pour ce livret (à partir de ${formatSchoolYear(FIRST_PLAUSIBLE_SCHOOL_YEAR)}).`,
        yearOfPfmp(p.pfmp),
        p.pfmp,
      );
    }
  }
  const byYear = (year: SchoolYear): readonly DatedPeriod[] =>
    periods.filter((p) => YEAR_PFMPS[year].includes(p.pfmp));
  for (const year of ["premiere", "terminale"] as const) {
    const [a, b] = byYear(year);
    if (a !== undefined && b !== undefined && yearOf(a) !== yearOf(b)) {
      warn(
        `Les PFMP ${a.pfmp} et ${b.pfmp} (${YEAR_LABELS[year]}) ne sont pas dans la même année scolaire (${formatSchoolYear(yearOf(a))} et ${formatSchoolYear(yearOf(b))}).`,
        year,
        b.pfmp,
      );
    }
  }
  const premiere = byYear("premiere");
  const terminale = byYear("terminale");
  if (premiere.length > 0 && terminale.length > 0) {
    const lastPremiere = Math.max(...premiere.map(yearOf));
    const firstTerminale = Math.min(...terminale.map(yearOf));
    if (firstTerminale <= lastPremiere) {
      const t = terminale.find((p) => yearOf(p) === firstTerminale) as DatedPeriod;
      warn(
        `La PFMP ${t.pfmp} de Terminale (année scolaire ${formatSchoolYear(firstTerminale)}) n'est pas dans une année scolaire postérieure à celle de la Première (${formatSchoolYear(lastPremiere)}).`,
        "terminale",
        t.pfmp,
      );
    }
  }
  return findings;
}
