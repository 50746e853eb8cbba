import { allowanceDue } from "../../src/domain/allowance/allowanceDue";
import { ALLOWANCE_RATES, ALLOWANCE_SOURCES } from "../../src/domain/allowance/allowanceRates";

describe("PFMP allowance", () => {
  it("has the rates of the arrêté du 11 août 2023, a week being five days", () => {
    expect(ALLOWANCE_RATES.seconde).toMatchObject({ perWeek: 50, perDay: 10 });
    expect(ALLOWANCE_RATES.premiere).toMatchObject({ perWeek: 75, perDay: 15 });
    expect(ALLOWANCE_RATES.terminale).toMatchObject({ perWeek: 100, perDay: 20 });
    for (const rate of Object.values(ALLOWANCE_RATES)) expect(rate.perWeek).toBe(rate.perDay * 5);
  });

  it("cites its legal source", () => {
    const titles = ALLOWANCE_SOURCES.map((s) => s.title).join("\n");
    expect(titles).toContain("Décret n° 2023-765 du 11 août 2023");
    expect(titles).toContain("Arrêté du 11 août 2023");
  });

  it("pays the days done at the year's rate, half days included, never a negative amount", () => {
    expect(allowanceDue("premiere", 19)).toBe(285);
    expect(allowanceDue("terminale", 25)).toBe(500);
    expect(allowanceDue("premiere", 19.5)).toBe(292.5);
    expect(allowanceDue("seconde", 10)).toBe(100);
    expect(allowanceDue("terminale", 0)).toBe(0);
    expect(allowanceDue("terminale", -3)).toBe(0);
    expect(allowanceDue("terminale", Number.NaN)).toBe(0);
  });
});
