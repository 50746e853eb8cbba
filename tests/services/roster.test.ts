import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseRoster } from "../../src/services/roster/parseRoster";
import { decodeRosterText, detectDelimiter } from "../../src/services/roster/parseRosterCsv";
import { normaliseHeader } from "../../src/services/roster/rosterHeader";
import { isLivretError } from "../../src/shared/livretError";

/** Roster fixtures: written by scripts/roster/buildRosterFixtures.ts (npm run fixtures:roster). */
const DIR = path.join(__dirname, "..", "fixtures", "roster");
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(DIR, name)));

const EXPECTED = [
  ["MARTIN", "Léa"],
  ["N'DIAYE", "Aïssatou"],
  ["DE LA FONTAINE", "Jean-Étienne"],
  ["ÇELIK", "Ömer"],
  ["LŒUVRE", "Chloé"],
];

async function names(file: string): Promise<string[][]> {
  const roster = await parseRoster(read(file), file);
  return roster.entries.map((e) => [e.lastName, e.firstName]);
}

describe("parseRoster", () => {
  it("reads a Pronote export: UTF-8 with BOM, semicolons, quoted values", async () => {
    expect(await names("pronote-utf8-bom.csv")).toEqual(EXPECTED);
  });

  it("reads a SIECLE export in Windows-1252 with a title line and NOM / PRENOM", async () => {
    const bytes = read("siecle-windows-1252.csv");
    // The fixture really is Windows-1252: é is one byte 0xE9, Œ is 0x8C.
    expect([...bytes]).toContain(0xe9);
    expect([...bytes]).toContain(0x8c);
    const roster = await parseRoster(bytes, "siecle.csv");
    expect(roster.entries.map((e) => [e.lastName, e.firstName])).toEqual(EXPECTED);
    // Line numbers are the file's: title on line 1, header on 2, first pupil on 3.
    expect(roster.entries[0]!.line).toBe(3);
  });

  it("reads a comma-separated UTF-8 file without BOM, a quoted comma inside a value", async () => {
    expect(await names("virgule-utf8.csv")).toEqual(EXPECTED);
  });

  it("reads an .xlsx written by exceljs: header on row 2, rich text, SIECLE's column names", async () => {
    const roster = await parseRoster(read("classe.xlsx"), "classe.xlsx");
    expect(roster.entries.map((e) => [e.lastName, e.firstName])).toEqual([
      ...EXPECTED,
      ["PETIT", "Zoé"],
    ]);
    expect(roster.entries[0]!.line).toBe(3);
  });

  it("refuses a row without a first name, naming its line, in French", async () => {
    await expect(parseRoster(read("ligne-incomplete.csv"), "liste.csv")).rejects.toThrow(
      "liste.csv : ligne 4 : le prénom est vide",
    );
    try {
      await parseRoster(read("ligne-incomplete.csv"), "liste.csv");
    } catch (error) {
      expect(isLivretError(error) && error.code).toBe("InvalidData");
    }
  });

  it("refuses a file without a Nom / Prénom header", async () => {
    const bytes = new TextEncoder().encode("Élève;Classe\nMARTIN Léa;1MCV\n");
    await expect(parseRoster(bytes, "x.csv")).rejects.toThrow(/« Nom » et « Prénom »/);
  });

  it("names the line of a CSV syntax error", async () => {
    const bytes = new TextEncoder().encode('Nom;Prénom\nMARTIN;Léa\n"DUPONT;Paul\n');
    await expect(parseRoster(bytes, "x.csv")).rejects.toThrow(
      /^x\.csv : ligne \d+ : CSV illisible/,
    );
  });

  it("refuses a corrupt .xlsx with a French message", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(parseRoster(bytes, "x.xlsx")).rejects.toThrow(
      /^x\.xlsx : classeur \.xlsx illisible/,
    );
  });
});

describe("roster helpers", () => {
  it("normalises headers: case, accents, apostrophes, spaces", () => {
    expect(normaliseHeader("  PRÉNOM ")).toBe("prenom");
    expect(normaliseHeader("Nom d’usage")).toBe("nom d'usage");
    expect(normaliseHeader("Prénom_1")).toBe("prenom 1");
  });

  it("decodes UTF-8 when valid, Windows-1252 otherwise, and drops a BOM", () => {
    expect(decodeRosterText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
    expect(decodeRosterText(new Uint8Array([0x4c, 0xe9, 0x61]))).toBe("Léa");
    expect(decodeRosterText(new Uint8Array([0x4c, 0xc3, 0xa9, 0x61]))).toBe("Léa");
  });

  it("detects the separator of the header line", () => {
    expect(detectDelimiter("Nom;Prénom;Classe\nA;B;C")).toBe(";");
    expect(detectDelimiter('nom,prénom\n"A, B",C')).toBe(",");
    expect(detectDelimiter("Titre\nNom\tPrénom\tClasse")).toBe("\t");
  });
});
