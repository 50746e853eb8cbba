import { frenchDate, parseDates, parsePeriod } from "../../src/domain/reading/parseDates";
import { lineValue, withLineValue } from "../../src/domain/reading/labelledLine";
import { isMarked } from "../../src/domain/reading/readLivret";

describe("reading helpers", () => {
  it("counts any visible mark, not blanks or an empty ballot box", () => {
    for (const mark of ["X", "x", "✓", "✔", "☒", "■", "\uf0fc", " oui "])
      expect(isMarked(mark)).toBe(true);
    for (const blank of ["", "  ", "\u00a0", "\t\n", "☐"]) expect(isMarked(blank)).toBe(false);
  });

  it("parses the period forms", () => {
    expect(parsePeriod("Du 06/01/2025 au 31/01/2025")).toEqual({
      from: "2025-01-06",
      to: "2025-01-31",
    });
    expect(parsePeriod("Du 6.1.25 au 31-1-25")).toEqual({ from: "2025-01-06", to: "2025-01-31" });
    expect(parsePeriod("Du…………au …………………")).toEqual({});
    expect(parsePeriod("Du ……… au 14/03/2026")).toEqual({ to: "2026-03-14" });
    expect(parsePeriod("du 02/03/2026")).toEqual({ from: "2026-03-02" });
    expect(parseDates("31/02/2025 et 01/13/2025")).toEqual([]);
    expect(frenchDate("2025-01-06")).toBe("06/01/2025");
  });

  it("reads and writes labelled lines keeping the label", () => {
    expect(lineValue("Nom : …………………………………")).toBe("");
    expect(lineValue("Prénom : Léa")).toBe("Léa");
    expect(lineValue("Nombre de jours à récupérer : 1 …")).toBe("1");
    expect(withLineValue("Nom : ………", "Nom", "MARTIN")).toBe("Nom : MARTIN");
    expect(withLineValue("Prénom: x", "Prénom", "Léa")).toBe("Prénom: Léa");
    expect(withLineValue("", "Nom", "MARTIN")).toBe("Nom : MARTIN");
  });
});
