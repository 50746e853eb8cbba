import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { inspectDocument } from "../../src/services/inspectDocument";
import { ROOT, TEMPLATE, listDir, makeTempDir, removeDir, runCli, sha256 } from "./cliHarness";

const ROSTERS = path.join(ROOT, "tests", "fixtures", "roster");
const PRONOTE = path.join(ROSTERS, "pronote-utf8-bom.csv");
const XLSX = path.join(ROSTERS, "classe.xlsx");

const open = (file: string) => openDocument(new Uint8Array(readFileSync(file)), file);

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe("livret new", () => {
  it("writes one NOM_Prénom.docx per pupil with the names in both attestations", async () => {
    const templateBefore = sha256(TEMPLATE);
    const out = path.join(dir, "classe");
    const run = await runCli(["new", "--roster", PRONOTE, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("5 livrets créés");
    expect(listDir(out)).toEqual(
      [
        "ÇELIK_Ömer.docx",
        "DE-LA-FONTAINE_Jean-Étienne.docx",
        "LŒUVRE_Chloé.docx",
        "MARTIN_Léa.docx",
        "NDIAYE_Aïssatou.docx",
      ].sort(),
    );
    const doc = open(path.join(out, "DE-LA-FONTAINE_Jean-Étienne.docx"));
    const [livret] = readDocument(doc).livrets;
    expect(livret!.data.student).toEqual({ lastName: "DE LA FONTAINE", firstName: "Jean-Étienne" });
    // Both attestations (Première and Terminale) carry the names.
    const pkgXml = new TextDecoder().decode(
      (await import("fflate")).unzipSync(doc.bytes)["word/document.xml"],
    );
    expect(pkgXml.match(/DE LA FONTAINE/g)).toHaveLength(2);
    expect(pkgXml.match(/Jean-Étienne/g)).toHaveLength(2);
    expect(sha256(TEMPLATE)).toBe(templateBefore);
  });

  it("refuses to overwrite without --force and writes nothing; --force replaces", async () => {
    const out = path.join(dir, "classe");
    expect((await runCli(["new", "--roster", PRONOTE, "--out", out])).code).toBe(0);
    writeFileSync(path.join(out, "MARTIN_Léa.docx"), "modifié à la main");
    const again = await runCli(["new", "--roster", PRONOTE, "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^livret: .*\.docx : le fichier existe déjà \(ajoutez --force/);
    expect(readFileSync(path.join(out, "MARTIN_Léa.docx"), "utf8")).toBe("modifié à la main");
    const forced = await runCli(["new", "--roster", PRONOTE, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readDocument(open(path.join(out, "MARTIN_Léa.docx"))).livrets[0]!.data.student).toEqual({
      lastName: "MARTIN",
      firstName: "Léa",
    });
    expect(listDir(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reads an .xlsx roster", async () => {
    const out = path.join(dir, "x");
    const run = await runCli(["new", "--roster", XLSX, "--out", out]);
    expect(run.code).toBe(0);
    expect(listDir(out)).toContain("PETIT_Zoé.docx");
    expect(listDir(out)).toHaveLength(6);
  });

  it("a bad row stops everything: French line naming the file and the line, no output", async () => {
    const out = path.join(dir, "classe");
    const run = await runCli([
      "new",
      "--roster",
      path.join(ROSTERS, "ligne-incomplete.csv"),
      "--out",
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `livret: ${path.join(ROSTERS, "ligne-incomplete.csv")} : ligne 4 : le prénom est vide\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("asks for --out or --class-file", async () => {
    const run = await runCli(["new", "--roster", PRONOTE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out .*--class-file/);
  });

  it("a template with no livret is refused", async () => {
    const bad = path.join(dir, "lettre.docx");
    writeFileSync(bad, (await import("./cliHarness")).minimalDocx("Bonjour"));
    const run = await runCli(["new", "--roster", PRONOTE, "--out", dir, "--template", bad]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("aucun livret");
    expect(listDir(dir)).toEqual(["lettre.docx"]);
  });

  it("--class-file writes one document that inspect reads as a class, pages set up as the template", async () => {
    const file = path.join(dir, "classe.docx");
    const run = await runCli(["new", "--roster", PRONOTE, "--class-file", file]);
    expect(run.code).toBe(0);
    const doc = open(file);
    const report = inspectDocument(doc);
    expect(report.livrets.map((l) => [l.student.lastName, l.student.firstName])).toEqual([
      ["MARTIN", "Léa"],
      ["N'DIAYE", "Aïssatou"],
      ["DE LA FONTAINE", "Jean-Étienne"],
      ["ÇELIK", "Ömer"],
      ["LŒUVRE", "Chloé"],
    ]);
    // Every livret has its grids and attestations, and no detection warning was added.
    const single = inspectDocument(open(TEMPLATE));
    for (const l of report.livrets) {
      expect(l.grids.length).toBe(single.livrets[0]!.grids.length);
      expect(l.attestations.length).toBe(2);
    }
    expect(report.warnings.length).toBe(single.warnings.length * 5);
    // Section page setup: the template's sequence of orientations, five times over.
    const orientations = (xml: string): string[] =>
      [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) =>
        /w:orient="landscape"/.test(m[0]) ? "L" : "P",
      );
    const { unzipSync } = await import("fflate");
    const xmlOf = (bytes: Uint8Array): string =>
      new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    const templateSections = orientations(xmlOf(new Uint8Array(readFileSync(TEMPLATE))));
    expect(orientations(xmlOf(doc.bytes))).toEqual(Array(5).fill(templateSections).flat());
    // Bookmark ids stay unique.
    const ids = [...xmlOf(doc.bytes).matchAll(/<w:bookmarkStart[^>]*w:id="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(ids).size).toBe(ids.length);
    // `fill --livret 3` addresses the third pupil of the file.
    const data = path.join(dir, "d.json");
    writeFileSync(data, JSON.stringify({ periods: { "1": { company: "Fleurs & Cie" } } }));
    const filled = path.join(dir, "filled.docx");
    const fill = await runCli(["fill", file, "--data", data, "--out", filled, "--livret", "3"]);
    expect(fill.code).toBe(0);
    const third = readDocument(open(filled)).livrets[2]!;
    expect(third.data.student?.lastName).toBe("DE LA FONTAINE");
    expect(third.data.periods?.["1"]?.company).toBe("Fleurs & Cie");
  });

  const soffice = existsSync("/usr/bin/soffice") ? it : it.skip;
  soffice("the class file opens in LibreOffice, every pupil's name on its attestations", () => {
    const file = path.join(dir, "classe.docx");
    return runCli(["new", "--roster", PRONOTE, "--class-file", file]).then((run) => {
      expect(run.code).toBe(0);
      execFileSync(
        "/usr/bin/soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "txt:Text",
          "--outdir",
          dir,
          file,
        ],
        { stdio: "ignore", timeout: 240_000 },
      );
      const text = readFileSync(path.join(dir, "classe.txt"), "utf8");
      for (const name of ["MARTIN", "N'DIAYE", "DE LA FONTAINE", "ÇELIK", "LŒUVRE"]) {
        expect(text.match(new RegExp(`Nom\\s: ${name}\\b`, "g"))).toHaveLength(2);
      }
    });
  });
});
