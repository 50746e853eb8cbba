import { identityMissing } from "../../src/domain/rules/identityMissing";
import { attestationMissing } from "../../src/domain/rules/attestationMissing";
import { daysToRecover } from "../../src/domain/rules/daysToRecover";
import { ctx, dated } from "./ruleTestKit";

describe("identity-missing", () => {
  it("reports a missing or blank name and first name", () => {
    expect(identityMissing(ctx({ student: { lastName: "  " } }))).toEqual([
      {
        severity: "error",
        rule: "identity-missing",
        message: "Le nom de l'élève n'est pas renseigné.",
        where: { livret: 3, field: "lastName" },
      },
      {
        severity: "error",
        rule: "identity-missing",
        message: "Le prénom de l'élève n'est pas renseigné.",
        where: { livret: 3, field: "firstName" },
      },
    ]);
  });

  it("accepts a named pupil", () => {
    expect(identityMissing(ctx({ student: { lastName: "MARTIN", firstName: "Léa" } }))).toEqual([]);
  });
});

describe("attestation-missing", () => {
  it("reports each missing field of a PFMP that has levels", () => {
    const findings = attestationMissing(
      ctx({ periods: { "2": { from: "2025-05-12", levels: { "1.1.1": "A" } } } }),
    );
    expect(findings.map((f) => [f.severity, f.where.period, f.where.field])).toEqual([
      ["error", 2, "company"],
      ["error", 2, "to"],
    ]);
  });

  it("counts NE as a level (the grid was filled in)", () => {
    expect(
      attestationMissing(ctx({ periods: { "4": { levels: { "AP.1": "NE" } } } })),
    ).toHaveLength(3);
  });

  it("says nothing for a PFMP without levels, or with its attestation complete", () => {
    expect(attestationMissing(ctx({ periods: { "1": { company: "Dupain" } } }))).toEqual([]);
    const full = dated("2025-01-06", "2025-01-31", { company: "Dupain", levels: { "1.1.1": "A" } });
    expect(attestationMissing(ctx({ periods: { "1": full } }))).toEqual([]);
  });
});

describe("days-to-recover", () => {
  it("accepts a count that matches the absences of the year", () => {
    const data = {
      daysToRecover: { premiere: 3 },
      periods: {
        "1": { observations: "1 jour d'absence (maladie)" },
        "2": { observations: "absent 2 jours" },
      },
    };
    expect(daysToRecover(ctx(data))).toEqual([]);
  });

  it("warns when the count differs from the observations", () => {
    const data = {
      daysToRecover: { premiere: 0, terminale: 0 },
      periods: { "3": { observations: "2 jours d’absence" } },
    };
    expect(daysToRecover(ctx(data))).toEqual([
      {
        severity: "warning",
        rule: "days-to-recover",
        message:
          "Terminale : 0 jour à récupérer indiqué, alors que les observations mentionnent 2 jours (PFMP 3 : 2 jours).",
        where: { livret: 3, year: "terminale", field: "daysToRecover" },
      },
    ]);
  });

  it("warns when absences are noted but the count is not filled", () => {
    const data = { periods: { "1": { observations: "1 jour d'absence" } } };
    expect(daysToRecover(ctx(data)).map((f) => f.where)).toEqual([
      { livret: 3, year: "premiere", field: "daysToRecover" },
    ]);
  });

  it("prefers an explicit 'à récupérer' over the absences", () => {
    const data = {
      daysToRecover: { premiere: 0 },
      periods: { "1": { observations: "2 jours d'absence, 0 jour à récupérer (rattrapés)" } },
    };
    expect(daysToRecover(ctx(data))).toEqual([]);
  });

  it("stays silent when the observations give no number", () => {
    const data = { daysToRecover: { premiere: 2 }, periods: { "1": { observations: "RAS" } } };
    expect(daysToRecover(ctx(data))).toEqual([]);
  });
});
