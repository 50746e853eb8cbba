import { COVERAGE_KEYS } from "../../src/domain/rules/cycleCoverage";
import { checkLivret, RULES } from "../../src/domain/rules/checkLivret";
import { RULE_IDS } from "../../src/domain/rules/finding";
import type { LivretData } from "../../src/domain/livretData";
import { allLevels, dated } from "./ruleTestKit";

/** A complete, consistent livret: every row ticked, every competence evaluated once. */
function completeLivret(): LivretData {
  const levels = allLevels("A");
  return {
    student: { lastName: "MARTIN", firstName: "Léa" },
    daysToRecover: { premiere: 1, terminale: 0 },
    periods: {
      "1": dated("2024-11-04", "2024-11-29", {
        company: "Boulangerie Dupain",
        observations: "1 jour d'absence (maladie)",
        levels,
      }),
      "2": dated("2025-05-12", "2025-06-13", { company: "Dupain", levels }),
      "3": dated("2025-10-06", "2025-11-07", { company: "Sport 2000", levels }),
      "4": dated("2026-01-05", "2026-02-06", { company: "Sport 2000", levels }),
    },
  };
}

describe("checkLivret", () => {
  it("runs every rule once, in the order of the issue's ids", () => {
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS);
  });

  it("finds nothing on a complete livret when the requirement is met", () => {
    // 4 + 5 + 5 + 5 = 19 weeks in the livret, plus 3 weeks of Seconde.
    const findings = checkLivret(
      { livret: 0, data: completeLivret() },
      { requiredWeeks: 22, otherPeriods: [{ from: "2023-11-06", to: "2023-11-24" }] },
    );
    expect(findings).toEqual([]);
  });

  it("gives only the duration warning on the same livret without the Seconde periods", () => {
    const findings = checkLivret({ livret: 0, data: completeLivret() });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["cycle-total-weeks", "warning"]]);
    expect(findings[0]?.message).toContain("19 semaines sur 22");
  });

  it("keeps the default requirement when an option is passed as undefined", () => {
    const findings = checkLivret(
      { livret: 0, data: completeLivret() },
      { requiredWeeks: undefined },
    );
    expect(findings[0]?.message).toContain("sur 22 exigées");
    expect(checkLivret({ livret: 0, data: completeLivret() }, { requiredWeeks: 19 })).toEqual([]);
  });

  it("lists the findings of several rules rule by rule, each pointing to the livret", () => {
    const data = completeLivret();
    const broken: LivretData = {
      ...data,
      student: { firstName: "Léa" },
      periods: {
        ...data.periods,
        "2": dated("2024-11-25", "2024-12-13", { levels: { "1.1.1": "A" } }),
      },
    };
    const findings = checkLivret(
      { livret: 4, data: broken, conflicts: [{ period: 3, key: "2.1.1", levels: ["N", "E"] }] },
      { requiredWeeks: 12 },
    );
    const rules = findings.map((f) => f.rule);
    expect([...new Set(rules)]).toEqual([
      "period-overlap",
      "grid-conflict",
      "grid-row-empty",
      "identity-missing",
      "attestation-missing",
    ]);
    // PFMP 2 is dated and holds one level: 83 rows of it are empty.
    expect(rules.filter((r) => r === "grid-row-empty")).toHaveLength(83);
    expect(findings.every((f) => f.where.livret === 4)).toBe(true);
    // Same input, same output.
    expect(
      checkLivret(
        { livret: 4, data: broken, conflicts: [{ period: 3, key: "2.1.1", levels: ["N", "E"] }] },
        { requiredWeeks: 12 },
      ),
    ).toEqual(findings);
  });

  it("reports missing data only on an empty livret", () => {
    const findings = checkLivret({ livret: 0, data: {} });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["cycle-total-weeks", "info"],
      ["cycle-coverage", "info"],
      ["identity-missing", "error"],
      ["identity-missing", "error"],
    ]);
    expect(findings[1]?.message).toContain(`${COVERAGE_KEYS.length} compétences`);
  });
});
