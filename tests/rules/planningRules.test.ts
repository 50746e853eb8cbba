import { yearFourWeekPeriod } from "../../src/domain/rules/yearFourWeekPeriod";
import { cyclePeriodCount, periodCountFindings } from "../../src/domain/rules/cyclePeriodCount";
import { cycleTotalWeeks } from "../../src/domain/rules/cycleTotalWeeks";
import { ctx, dated } from "./ruleTestKit";

describe("year-four-week-period", () => {
  it("warns when neither Première PFMP reaches 4 weeks", () => {
    const data = {
      periods: {
        "1": dated("2025-01-06", "2025-01-30"), // Monday → Thursday: 25 days
        "2": dated("2025-05-12", "2025-06-05"), // 25 days
      },
    };
    const findings = yearFourWeekPeriod(ctx(data));
    expect(findings).toEqual([
      {
        severity: "warning",
        rule: "year-four-week-period",
        message:
          "En Première, aucune des deux PFMP ne dure au moins 4 semaines (PFMP 1 : 3,6 semaines, PFMP 2 : 3,6 semaines) ; le livret en demande une d'au moins 4 semaines.",
        where: { livret: 3, year: "premiere" },
      },
    ]);
  });

  it("accepts a period of exactly 28 days", () => {
    const data = {
      periods: { "3": dated("2025-10-06", "2025-10-24"), "4": dated("2026-03-04", "2026-03-31") },
    };
    expect(yearFourWeekPeriod(ctx(data))).toEqual([]);
  });

  it("accepts a Monday–Friday four-week period (26 days) even when it spans Easter Monday and 1 May", () => {
    const data = {
      periods: { "1": dated("2024-11-04", "2024-11-22"), "2": dated("2025-04-14", "2025-05-09") },
    };
    expect(yearFourWeekPeriod(ctx(data))).toEqual([]);
  });

  it("waits until both periods of the year are dated", () => {
    const data = { periods: { "3": dated("2025-10-06", "2025-10-24") } };
    expect(yearFourWeekPeriod(ctx(data))).toEqual([]);
  });

  it("checks each year on its own", () => {
    const data = {
      periods: {
        "1": dated("2024-11-04", "2024-11-29"),
        "2": dated("2025-05-12", "2025-05-23"),
        "3": dated("2025-10-06", "2025-10-24"),
        "4": dated("2026-03-02", "2026-03-20"),
      },
    };
    expect(yearFourWeekPeriod(ctx(data)).map((f) => f.where.year)).toEqual(["terminale"]);
  });
});

describe("cycle-period-count", () => {
  const periods = (n: number): { from: string; to: string }[] =>
    Array.from({ length: n }, (_, i) => ({
      from: `2024-${String(i + 1).padStart(2, "0")}-05`,
      to: `2024-${String(i + 1).padStart(2, "0")}-20`,
    }));

  it("accepts six periods", () => {
    expect(periodCountFindings(periods(6), 0)).toEqual([]);
  });

  it("reports a seventh period as an error", () => {
    expect(periodCountFindings(periods(7), 1)).toEqual([
      {
        severity: "error",
        rule: "cycle-period-count",
        message:
          "Le cycle compte 7 périodes de PFMP ; la durée ne peut être fractionnée en plus de 6 périodes.",
        where: { livret: 1 },
      },
    ]);
  });

  it("counts the livret's dated PFMP with the Seconde periods given in options", () => {
    const data = {
      periods: {
        "1": dated("2024-11-04", "2024-11-29"),
        "2": dated("2025-05-12", "2025-06-06"),
        "3": dated("2025-10-06", "2025-10-31"),
        "4": dated("2026-03-02", "2026-03-27"),
      },
    };
    const seconde = [
      { from: "2023-11-06", to: "2023-11-24" },
      { from: "2024-05-13", to: "2024-05-31" },
    ];
    expect(cyclePeriodCount(ctx(data, { otherPeriods: seconde }))).toEqual([]);
    const three = [...seconde, { from: "2024-06-03", to: "2024-06-14" }];
    expect(cyclePeriodCount(ctx(data, { otherPeriods: three }))).toHaveLength(1);
  });
});

describe("cycle-total-weeks", () => {
  const four = {
    "1": dated("2024-11-04", "2024-11-29"), // 4
    "2": dated("2025-05-12", "2025-06-06"), // 4
    "3": dated("2025-10-06", "2025-10-31"), // 4
    "4": dated("2026-03-02", "2026-03-27"), // 4
  };

  it("gives a provisional info while PFMP are not dated", () => {
    const findings = cycleTotalWeeks(ctx({ periods: { "1": four["1"] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", where: { livret: 3 } });
    expect(findings[0]?.message).toContain("4 semaines sur 22 exigées");
    expect(findings[0]?.message).toContain("PFMP non datées : 2, 3, 4");
  });

  it("warns when all four are dated and the total is short", () => {
    const findings = cycleTotalWeeks(ctx({ periods: four }, { requiredWeeks: 20 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning" });
    expect(findings[0]?.message).toContain("16 semaines sur 20 exigées");
    expect(findings[0]?.message).toContain("il manque 4 semaines");
  });

  it("says nothing when the requirement is met, Seconde periods included", () => {
    const seconde = [
      { from: "2023-11-06", to: "2023-11-24" }, // 3
      { from: "2024-05-13", to: "2024-05-31" }, // 3
    ];
    expect(
      cycleTotalWeeks(ctx({ periods: four }, { requiredWeeks: 22, otherPeriods: seconde })),
    ).toEqual([]);
    expect(
      cycleTotalWeeks(ctx({ periods: four }, { requiredWeeks: 23, otherPeriods: seconde })),
    ).toHaveLength(1);
  });

  it("uses the requirement setting (20 since the 2024 reform)", () => {
    const seconde = [{ from: "2023-11-06", to: "2023-11-24" }]; // 3 → 19 in all
    expect(
      cycleTotalWeeks(ctx({ periods: four }, { requiredWeeks: 19, otherPeriods: seconde })),
    ).toEqual([]);
    expect(
      cycleTotalWeeks(ctx({ periods: four }, { requiredWeeks: 20, otherPeriods: seconde })),
    ).toHaveLength(1);
  });
});
