import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import type { LivretData } from "../../src/domain/livretData";
import { fillDocument, openDocument } from "../../src/services/livretEngine";
import { TEMPLATE, makeTempDir, removeDir, runCli } from "./cliHarness";

/** Two pupils with known periods: the figures below are computed by hand from the calendar. */
const LEA: LivretData = {
  student: { lastName: "MARTIN", firstName: "Léa" },
  periods: {
    // Mon 06/01 → Fri 31/01/2025: 4 weeks, 20 working days, 1 day of absence → 19 × 15 € = 285 €.
    "1": {
      company: "Boulangerie Dupain",
      from: "2025-01-06",
      to: "2025-01-31",
      observations: "1 jour d'absence (maladie)",
      levels: { "1.1.1": "A", "1.1.2": "NE", "AP.1": "E" },
    },
    // 14/04 → 09/05/2025: Easter Monday, 1 and 8 May → 17 days, no absence → 255 €.
    "2": { company: "Fleurs & Cie", from: "2025-04-14", to: "2025-05-09" },
    // 17/11 → 19/12/2025: 5 weeks, 25 days, 2 absences → 23 × 20 € = 460 €.
    "3": {
      company: "Sport 2000",
      from: "2025-11-17",
      to: "2025-12-19",
      observations: "2 jours d'absence",
      levels: { "1.1.1": "E", "2.1.1": "D" },
    },
  },
};
const TOM: LivretData = { student: { lastName: "DURAND", firstName: "Tom" } };

let dir: string;
let files: string[];
beforeAll(() => {
  dir = makeTempDir();
  const template = openDocument(new Uint8Array(readFileSync(TEMPLATE)), "t.docx");
  files = ["MARTIN_Léa.docx", "DURAND_Tom.docx"].map((name) => path.join(dir, "classe", name));
  mkdirSync(path.join(dir, "classe"));
  writeFileSync(files[0]!, fillDocument(template, LEA, 0).bytes);
  writeFileSync(files[1]!, fillDocument(template, TOM, 0).bytes);
});
afterAll(() => removeDir(dir));

const HEADERS = [
  "Élève",
  "Année",
  "PFMP",
  "Entreprise",
  "Du",
  "Au",
  "Semaines",
  "Jours ouvrés",
  "Jours d'absence",
  "Jours effectués",
  "Taux (€/jour)",
  "Allocation (€)",
  "Compétences évaluées",
  "NE",
  "Vides",
  "Couverture (/72)",
  "Constats",
  "dont erreurs",
  "Fichier",
  "Livret",
];

describe("livret summary", () => {
  it("writes an .xlsx with typed cells, a header, frozen panes and widths (read back with exceljs)", async () => {
    const out = path.join(dir, "recap.xlsx");
    const run = await runCli(["summary", path.join(dir, "classe"), "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 élèves");
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Récapitulatif")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(24);
    // Folder order is by name: DURAND (rows 2–6), then MARTIN (rows 7–11).
    const row = (n: number) => sheet.getRow(n);
    expect(row(2).getCell(1).value).toBe("DURAND Tom");
    expect(row(6).getCell(2).value).toBe("Cycle");
    const p1 = row(7);
    expect(p1.getCell(1).value).toBe("MARTIN Léa");
    expect(p1.getCell(2).value).toBe("Première");
    expect(p1.getCell(4).value).toBe("Boulangerie Dupain");
    // Dates as dates (UTC midnight), formatted dd/mm/yyyy.
    expect(p1.getCell(5).value).toEqual(new Date(Date.UTC(2025, 0, 6)));
    expect(p1.getCell(5).numFmt).toBe("dd/mm/yyyy");
    expect(p1.getCell(6).value).toEqual(new Date(Date.UTC(2025, 0, 31)));
    // Numbers as numbers.
    expect([7, 8, 9, 10, 11, 12, 13, 14, 15].map((c) => p1.getCell(c).value)).toEqual([
      4, 20, 1, 19, 15, 285, 1, 1, 70,
    ]);
    const p2 = row(8);
    expect([8, 9, 10, 12].map((c) => p2.getCell(c).value)).toEqual([17, 0, 17, 255]);
    const p3 = row(9);
    expect(p3.getCell(2).value).toBe("Terminale");
    expect([7, 8, 9, 10, 11, 12].map((c) => p3.getCell(c).value)).toEqual([5, 25, 2, 23, 20, 460]);
    const p4 = row(10);
    expect(p4.getCell(5).value).toBeNull();
    expect(p4.getCell(12).value).toBeNull();
    expect(p4.getCell(15).value).toBe(72);
    const total = row(11);
    expect(total.font?.bold).toBe(true);
    expect([2, 3].map((c) => total.getCell(c).value)).toEqual(["Cycle", "Total"]);
    expect([7, 8, 9, 10, 12, 16].map((c) => total.getCell(c).value)).toEqual([
      13, 62, 3, 59, 1000, 2,
    ]);
    expect(typeof total.getCell(17).value).toBe("number");
    // The rates and their legal source are in the workbook.
    const sources = workbook.getWorksheet("Sources")!;
    const text = sources.getSheetValues().flat().join(" ");
    expect(text).toContain("Décret n° 2023-765 du 11 août 2023");
    expect(text).toContain("Arrêté du 11 août 2023");
  });

  const soffice = existsSync("/usr/lib/libreoffice/program/libsclo.so") ? it : it.skip;
  soffice("the .xlsx opens in LibreOffice Calc (soffice --convert-to csv)", async () => {
    const out = path.join(dir, "recap-lo.xlsx");
    expect((await runCli(["summary", ...files, "--out", out])).code).toBe(0);
    execFileSync(
      "/usr/bin/soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        // Filter options: comma separator (44), double quote (34), UTF-8 (76).
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        dir,
        out,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    const lines = readFileSync(path.join(dir, "recap-lo.csv"), "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toBe(HEADERS.map((h) => (h.includes(",") ? `"${h}"` : h)).join(","));
    // MARTIN first (the files in the order given), PFMP 1: the date shown with its format.
    const p1 = lines[1]!.split(",");
    expect(p1.slice(0, 6)).toEqual([
      "MARTIN Léa",
      "Première",
      "1",
      "Boulangerie Dupain",
      "06/01/2025",
      "31/01/2025",
    ]);
    expect(p1.slice(6, 10)).toEqual(["4", "20", "1", "19"]);
    expect(lines).toHaveLength(1 + 2 * 5);
  });

  it("writes a CSV for French Excel: BOM, semicolons, decimal commas, dd/mm/yyyy", async () => {
    const out = path.join(dir, "recap.csv");
    expect((await runCli(["summary", ...files, "--out", out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(HEADERS.join(";"));
    expect(lines[1]).toMatch(
      /^MARTIN Léa;Première;1;Boulangerie Dupain;06\/01\/2025;31\/01\/2025;4;20;1;19;15;285;1;1;70;;;;/,
    );
    expect(lines[3]).toMatch(
      /^MARTIN Léa;Terminale;3;Sport 2000;17\/11\/2025;19\/12\/2025;5;25;2;23;20;460;/,
    );
    expect(lines[5]).toMatch(/^MARTIN Léa;Cycle;Total;;;;13;62;3;59;;1000;;;;2;\d+;\d+;/);
  });

  it("refuses an unknown output format, and an unreadable input stops it with nothing written", async () => {
    const bad = await runCli(["summary", files[0]!, "--out", path.join(dir, "recap.ods")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--out doit se terminer par .xlsx ou .csv");
    const notDocx = path.join(dir, "notes.docx");
    writeFileSync(notDocx, "pas un zip");
    const out = path.join(dir, "never.csv");
    const run = await runCli(["summary", files[0]!, notDocx, "--out", out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^livret: .*notes\.docx.*zip/);
    expect(existsSync(out)).toBe(false);
  });
});
