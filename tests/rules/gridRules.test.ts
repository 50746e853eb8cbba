import { CATALOG } from "../../src/domain/catalog/referentiel";
import { gridConflict } from "../../src/domain/rules/gridConflict";
import { gridRowEmpty } from "../../src/domain/rules/gridRowEmpty";
import { cycleCoverage, COVERAGE_KEYS } from "../../src/domain/rules/cycleCoverage";
import { allLevels, ctx, dated } from "./ruleTestKit";

describe("grid-conflict", () => {
  it("turns each engine conflict into an error pointing at the row", () => {
    const findings = gridConflict(
      ctx({}, {}, [
        { period: 2, key: "1.2.8", levels: ["D", "A"] },
        { period: 3, key: "AP.1", levels: ["NE", "N", "E"] },
      ]),
    );
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "grid-conflict",
        message:
          "PFMP 2, 1.2.8 « Argumenter » : plusieurs niveaux cochés (D, A) ; n'en garder qu'un.",
        where: { livret: 3, year: "premiere", period: 2, key: "1.2.8" },
      },
      expect.objectContaining({ where: { livret: 3, year: "terminale", period: 3, key: "AP.1" } }),
    ]);
  });

  it("says nothing without conflicts", () => {
    expect(gridConflict(ctx({ periods: { "1": { levels: { "1.1.1": "A" } } } }))).toEqual([]);
  });
});

describe("grid-row-empty", () => {
  it("ignores a PFMP whose dates are not filled", () => {
    expect(gridRowEmpty(ctx({ periods: { "1": { levels: { "1.1.1": "A" } } } }))).toEqual([]);
  });

  it("reports every row without a level in a dated PFMP, one finding per key", () => {
    const levels = allLevels("NE");
    delete levels["1.2.8"];
    delete levels["AP.12"];
    const findings = gridRowEmpty(
      ctx({ periods: { "2": dated("2025-05-12", "2025-06-06", { levels }) } }),
    );
    expect(findings.map((f) => f.where)).toEqual([
      { livret: 3, year: "premiere", period: 2, key: "1.2.8" },
      { livret: 3, year: "premiere", period: 2, key: "AP.12" },
    ]);
    expect(findings[0]).toMatchObject({ severity: "warning", rule: "grid-row-empty" });
    expect(findings[0]?.message).toContain("cocher NE");
  });

  it("reports all 84 rows of a dated PFMP with no level at all", () => {
    const findings = gridRowEmpty(ctx({ periods: { "1": dated("2024-11-04", "2024-11-29") } }));
    expect(findings).toHaveLength(CATALOG.length);
    expect(CATALOG).toHaveLength(84);
  });

  it("leaves conflicting rows to grid-conflict", () => {
    const levels = allLevels("A");
    delete levels["3.2.1"];
    const findings = gridRowEmpty(
      ctx({ periods: { "3": dated("2025-10-06", "2025-10-31", { levels }) } }, {}, [
        { period: 3, key: "3.2.1", levels: ["A", "E"] },
      ]),
    );
    expect(findings).toEqual([]);
  });
});

describe("cycle-coverage", () => {
  it("covers the 72 référentiel competences, not the attitudes", () => {
    expect(COVERAGE_KEYS).toHaveLength(72);
    expect(COVERAGE_KEYS.some((c) => c.key.startsWith("AP."))).toBe(false);
  });

  it("gives one info while PFMP 4 has no data", () => {
    const levels = allLevels("A");
    levels["1.1.2"] = "NE";
    delete levels["2.4.5"];
    const findings = cycleCoverage(
      ctx({ periods: { "1": dated("2024-11-04", "2024-11-29", { levels }) } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "info",
      rule: "cycle-coverage",
      where: { livret: 3 },
    });
    expect(findings[0]?.message).toContain("2 compétences sur 72");
    expect(findings[0]?.message).toContain("1.1.2, 2.4.5");
  });

  it("warns per competence once PFMP 4 is dated", () => {
    const levels = allLevels("D");
    levels["4B.5.1"] = "NE";
    const findings = cycleCoverage(
      ctx({
        periods: {
          "1": { levels },
          "4": dated("2026-03-02", "2026-03-27", { levels: { "4B.5.1": "NE" } }),
        },
      }),
    );
    expect(findings).toEqual([
      {
        severity: "warning",
        rule: "cycle-coverage",
        message: expect.stringContaining("4B.5.1") as unknown as string,
        where: { livret: 3, year: "terminale", period: 4, key: "4B.5.1" },
      },
    ]);
  });

  it("counts a competence evaluated in any PFMP, NE elsewhere", () => {
    const ne = allLevels("NE");
    const spread = Object.fromEntries(
      COVERAGE_KEYS.map((c, i) => [c.key, i % 2 === 0 ? "A" : "NE"]),
    );
    const odd = Object.fromEntries(COVERAGE_KEYS.map((c, i) => [c.key, i % 2 === 1 ? "N" : "NE"]));
    const data = {
      periods: {
        "1": { levels: ne },
        "2": { levels: spread as typeof ne },
        "4": dated("2026-03-02", "2026-03-27", { levels: odd as typeof ne }),
      },
    };
    expect(cycleCoverage(ctx(data))).toEqual([]);
  });
});
