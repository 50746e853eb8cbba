import { periodDatesOrder } from "../../src/domain/rules/periodDatesOrder";
import { periodOverlap } from "../../src/domain/rules/periodOverlap";
import { periodOrder } from "../../src/domain/rules/periodOrder";
import { periodSchoolYear } from "../../src/domain/rules/periodSchoolYear";
import { ctx, dated } from "./ruleTestKit";

describe("period-dates-order", () => {
  it("accepts a period that ends after it starts, and a one-day period", () => {
    expect(periodDatesOrder(ctx({ periods: { "1": dated("2025-01-06", "2025-01-31") } }))).toEqual(
      [],
    );
    expect(periodDatesOrder(ctx({ periods: { "1": dated("2025-01-06", "2025-01-06") } }))).toEqual(
      [],
    );
  });

  it("reports an end before the start as an error on the end date", () => {
    const findings = periodDatesOrder(ctx({ periods: { "2": dated("2025-03-31", "2025-03-03") } }));
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "period-dates-order",
        message: "PFMP 2 : la date de fin précède la date de début (du 31/03/2025 au 03/03/2025).",
        where: { livret: 3, year: "premiere", period: 2, field: "to" },
      },
    ]);
  });

  it("reports a date that is not a real date", () => {
    const findings = periodDatesOrder(ctx({ periods: { "3": dated("2025-02-30", "2025-03-20") } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", where: { period: 3, field: "from" } });
    expect(findings[0]?.message).toContain("2025-02-30");
  });

  it("warns when only one date is filled", () => {
    const findings = periodDatesOrder(ctx({ periods: { "4": { from: "2026-01-05" } } }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        where: expect.objectContaining({ field: "to" }),
      }),
    ]);
  });

  it("says nothing about undated periods", () => {
    expect(periodDatesOrder(ctx({}))).toEqual([]);
  });
});

describe("period-overlap", () => {
  it("reports periods that share days", () => {
    const findings = periodOverlap(
      ctx({
        periods: {
          "1": dated("2025-01-06", "2025-01-31"),
          "2": dated("2025-01-27", "2025-02-21"),
        },
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      rule: "period-overlap",
      where: { livret: 3, year: "premiere", period: 2 },
    });
    expect(findings[0]?.message).toBe(
      "Les PFMP 1 (du 06/01/2025 au 31/01/2025) et 2 (du 27/01/2025 au 21/02/2025) se chevauchent.",
    );
  });

  it("counts a shared last/first day as an overlap (dates are inclusive)", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-01-31"), "2": dated("2025-01-31", "2025-02-21") },
    };
    expect(periodOverlap(ctx(data))).toHaveLength(1);
  });

  it("accepts touching periods (one ends on the 31st, the next starts on the 1st)", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-01-31"), "2": dated("2025-02-01", "2025-02-21") },
    };
    expect(periodOverlap(ctx(data))).toEqual([]);
  });

  it("checks non-consecutive PFMP and a period inside another", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-03-28"), "3": dated("2025-02-03", "2025-02-14") },
    };
    expect(periodOverlap(ctx(data)).map((f) => f.where.period)).toEqual([3]);
  });
});

describe("period-order", () => {
  it("reports a later PFMP wholly before an earlier one", () => {
    const data = {
      periods: { "1": dated("2025-05-12", "2025-06-06"), "2": dated("2025-01-06", "2025-01-31") },
    };
    const findings = periodOrder(ctx(data));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      rule: "period-order",
      where: { livret: 3, year: "premiere", period: 2, field: "from" },
    });
  });

  it("leaves overlapping pairs to period-overlap (one mistake, one finding)", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-01-31"), "2": dated("2025-01-02", "2025-01-10") },
    };
    expect(periodOrder(ctx(data))).toEqual([]);
    expect(periodOverlap(ctx(data))).toHaveLength(1);
  });

  it("accepts PFMP in calendar order, even with a gap in the numbers", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-01-31"), "4": dated("2026-03-02", "2026-03-27") },
    };
    expect(periodOrder(ctx(data))).toEqual([]);
  });

  it("compares PFMP 1 and 3 when 2 has no dates", () => {
    const data = {
      periods: { "1": dated("2025-01-06", "2025-01-31"), "3": dated("2024-11-04", "2024-11-29") },
    };
    expect(periodOrder(ctx(data)).map((f) => f.where.period)).toEqual([3]);
  });
});

describe("period-school-year", () => {
  const good = {
    "1": dated("2024-11-04", "2024-11-29"),
    "2": dated("2025-05-12", "2025-06-06"),
    "3": dated("2025-10-06", "2025-10-31"),
    "4": dated("2026-03-02", "2026-03-27"),
  };

  it("accepts a normal Première then Terminale calendar", () => {
    expect(periodSchoolYear(ctx({ periods: good }))).toEqual([]);
  });

  it("warns for a period running over 31 August", () => {
    const findings = periodSchoolYear(
      ctx({ periods: { ...good, "2": dated("2025-08-18", "2025-09-12") } }),
    );
    expect(findings.map((f) => [f.severity, f.where.period])).toContainEqual(["warning", 2]);
    expect(findings[0]?.message).toContain("deux années scolaires");
  });

  it("warns when the two PFMP of Première are in different school years", () => {
    const findings = periodSchoolYear(
      ctx({ periods: { "1": good["1"], "2": dated("2025-09-08", "2025-10-03") } }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        where: expect.objectContaining({ year: "premiere", period: 2 }),
      }),
    ]);
  });

  it("warns when Terminale is not in a later school year than Première", () => {
    const findings = periodSchoolYear(
      ctx({ periods: { "1": good["1"], "3": dated("2025-02-03", "2025-02-28") } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ where: { year: "terminale", period: 3 } });
  });

  it("warns for an implausible year (typing mistake)", () => {
    const findings = periodSchoolYear(ctx({ periods: { "1": dated("2205-01-06", "2205-01-31") } }));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("plausibles")]);
  });
});
