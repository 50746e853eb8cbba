import { livretFileName, livretFileNames } from "../../src/services/newLivrets/livretFileName";
import { bestLevel } from "../../src/services/report/classProgress";

describe("livretFileName", () => {
  it("keeps accents, joins with _ and - and drops what file systems refuse", () => {
    expect(livretFileName("MARTIN", "Léa")).toBe("MARTIN_Léa.docx");
    expect(livretFileName("DE LA FONTAINE", "Jean Étienne")).toBe(
      "DE-LA-FONTAINE_Jean-Étienne.docx",
    );
    expect(livretFileName("N'DIAYE", "Aïssatou")).toBe("NDIAYE_Aïssatou.docx");
    expect(livretFileName('A/B\\C:D*E?F"G<H>I|J', "K")).toBe("A-B-C-D-E-F-G-H-I-J_K.docx");
    expect(livretFileName("  ", "\u0000")).toBe("eleve.docx");
  });

  it("normalises to NFC so é is one code point whatever the roster wrote", () => {
    const decomposed = "Le\u0301a";
    expect(livretFileName("MARTIN", decomposed)).toBe("MARTIN_L\u00e9a.docx");
  });

  it("numbers homonyms, case-insensitively", () => {
    expect(
      livretFileNames([
        { lastName: "MARTIN", firstName: "Léa" },
        { lastName: "Martin", firstName: "léa" },
        { lastName: "MARTIN", firstName: "Léa" },
      ]),
    ).toEqual(["MARTIN_Léa.docx", "Martin_léa_2.docx", "MARTIN_Léa_3.docx"]);
  });
});

describe("bestLevel (class view)", () => {
  it("is the highest level over PFMP 1–4, NE above nothing, empty when none", () => {
    const data = {
      periods: {
        "1": { levels: { a: "E" as const, b: "NE" as const } },
        "3": { levels: { a: "N" as const, c: "D" as const } },
      },
    };
    expect(bestLevel(data, "a")).toBe("E");
    expect(bestLevel(data, "b")).toBe("NE");
    expect(bestLevel(data, "c")).toBe("D");
    expect(bestLevel(data, "z")).toBe("empty");
  });
});
