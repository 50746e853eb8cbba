import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Workbook } from "exceljs";

/**
 * Class lists as Pronote and SIECLE export them, for the tests of `livret new`
 * (`npm run fixtures:roster` writes tests/fixtures/roster/). Names with accents, hyphens,
 * apostrophes, particles and a duplicate, so file naming and encodings are exercised.
 */

const root = join(__dirname, "..", "..");
const out = (name: string): string => join(root, "tests", "fixtures", "roster", name);

export const PUPILS: readonly (readonly [string, string])[] = [
  ["MARTIN", "Léa"],
  ["N'DIAYE", "Aïssatou"],
  ["DE LA FONTAINE", "Jean-Étienne"],
  ["ÇELIK", "Ömer"],
  ["LŒUVRE", "Chloé"],
];

/** Windows-1252 bytes (Node has no encoder for it): Latin-1 plus the 0x80–0x9F specials used. */
function windows1252(text: string): Uint8Array {
  const specials: Record<string, number> = { "€": 0x80, "’": 0x92, Œ: 0x8c, œ: 0x9c };
  return Uint8Array.from([...text], (ch) => {
    if (ch in specials) return specials[ch]!;
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return code;
  });
}

const BOM = "\ufeff";
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function lines(rows: readonly (readonly string[])[], sep: string): string {
  return rows.map((r) => r.join(sep)).join("\r\n") + "\r\n";
}

// Pronote: "Élèves > Liste > Exporter" (UTF-8 with BOM, semicolons, quoted).
const pronote = lines(
  [
    ['"Nom"', '"Prénom"', '"Né(e) le"', '"Classe"'],
    ...PUPILS.map(([n, p]) => [`"${n}"`, `"${p}"`, '"12/03/2008"', '"1MCV B"']),
  ],
  ";",
);

// SIECLE (BEE "Exports > Élèves"): a title line, upper-case unaccented headers, Windows-1252.
const siecle =
  "Export SIECLE - Élèves de 1MCV B\r\n" +
  lines(
    [
      ["NOM", "PRENOM", "DATE NAISS", "DIVISION"],
      ...PUPILS.map(([n, p]) => [n, p, "12/03/2008", "1MCV B"]),
    ],
    ";",
  );

// A spreadsheet saved as "CSV (séparateur : virgule)" in UTF-8 without BOM, with a quoted comma.
const comma = lines(
  [
    ["nom", "prénom", "remarque"],
    ...PUPILS.map(([n, p], i) => [n, p, i === 0 ? '"déléguée, CVL"' : ""]),
  ],
  ",",
);

// A list with a hole: line 4 has no first name.
const badRow = lines(
  [
    ["Nom", "Prénom"],
    ["MARTIN", "Léa"],
    ["DUPONT", "Paul"],
    ["DURAND", ""],
    ["PETIT", "Zoé"],
  ],
  ";",
);

async function xlsx(): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Élèves");
  sheet.addRow(["Liste de la classe 1MCV B"]);
  sheet.addRow(["Nom de famille", "Prénom 1", "Date de naissance"]);
  for (const [n, p] of PUPILS) sheet.addRow([n, p, new Date(Date.UTC(2008, 2, 12))]);
  // A rich-text cell, as Excel writes a name with a bold part.
  sheet.addRow([{ richText: [{ text: "PE" }, { text: "TIT", font: { bold: true } }] }, "Zoé"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const files: [string, Uint8Array][] = [
    ["pronote-utf8-bom.csv", utf8(BOM + pronote)],
    ["siecle-windows-1252.csv", windows1252(siecle)],
    ["virgule-utf8.csv", utf8(comma)],
    ["ligne-incomplete.csv", utf8(badRow)],
    ["classe.xlsx", await xlsx()],
  ];
  for (const [name, bytes] of files) {
    mkdirSync(dirname(out(name)), { recursive: true });
    writeFileSync(out(name), bytes);
    console.log(`tests/fixtures/roster/${name}: ${bytes.length} octets`);
  }
}

void main();
