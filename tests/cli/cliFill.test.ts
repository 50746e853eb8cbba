import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { LivretData } from "../../src/domain/livretData";
import {
  CLASS_3,
  fullData,
  LIBREOFFICE_COPY,
  listDir,
  makeTempDir,
  removeDir,
  runCli,
  sha256,
  TEMPLATE,
} from "./cliHarness";

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

async function exportOf(file: string): Promise<unknown> {
  const run = await runCli(["export", file]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe.each([
  ["the template", TEMPLATE],
  ["the LibreOffice re-saved copy", LIBREOFFICE_COPY],
])("fill on %s", (_name, input) => {
  it("round-trips every level of every PFMP, the periods and the names; the input is unchanged", async () => {
    const before = sha256(input);
    const data = fullData();
    const dataFile = writeJson("data.json", data);
    const out = path.join(dir, "out.docx");
    const run = await runCli(["fill", input, "--data", dataFile, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/out\.docx: \d+ paragraphe\(s\) modifié\(s\)/);
    expect(sha256(input)).toBe(before);
    expect(await exportOf(out)).toEqual(data);
    // Only the output and the data file: no temporary file left behind.
    expect(listDir(dir)).toEqual(["data.json", "out.docx"]);
  });
});

describe("fill", () => {
  it("changes only what the data names and leaves the rest as the document had it", async () => {
    const data: LivretData = {
      periods: { "2": { company: "Boulangerie Dupain", levels: { "1.2.8": "A", "AP.3": "E" } } },
    };
    const out = path.join(dir, "out.docx");
    const run = await runCli(["fill", TEMPLATE, "--data", writeJson("d.json", data), "--out", out]);
    expect(run.code).toBe(0);
    const exported = (await exportOf(out)) as LivretData;
    expect(exported.periods?.["2"]?.levels).toEqual({ "1.2.8": "A", "AP.3": "E" });
    expect(exported.periods?.["2"]?.company).toBe("Boulangerie Dupain");
    expect(exported.periods?.["1"]?.levels ?? {}).toEqual({});
  });

  it("writes the --mark given", async () => {
    const out = path.join(dir, "out.docx");
    const data = { periods: { "1": { levels: { "1.1.1": "D" } } } };
    const run = await runCli([
      "fill",
      TEMPLATE,
      "--data",
      writeJson("d.json", data),
      "--out",
      out,
      "--mark",
      "✓",
    ]);
    expect(run.code).toBe(0);
    expect(((await exportOf(out)) as LivretData).periods?.["1"]?.levels).toEqual({ "1.1.1": "D" });
    const { unzipSync, strFromU8 } = await import("fflate");
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"]);
    expect(xml).toContain(">✓<");
  });

  it("refuses an existing output without --force and leaves it unchanged, replaces it with --force", async () => {
    const out = path.join(dir, "out.docx");
    writeFileSync(out, "précieux");
    const dataFile = writeJson("d.json", { student: { lastName: "DURAND" } });
    const refused = await runCli(["fill", TEMPLATE, "--data", dataFile, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `livret: ${out}: le fichier existe déjà (ajoutez --force pour le remplacer)\n`,
    );
    expect(readFileSync(out, "utf8")).toBe("précieux");
    expect(listDir(dir)).toEqual(["d.json", "out.docx"]);

    const forced = await runCli(["fill", TEMPLATE, "--data", dataFile, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(((await exportOf(out)) as LivretData).student?.lastName).toBe("DURAND");
    expect(listDir(dir)).toEqual(["d.json", "out.docx"]);
  });

  it("refuses to write over its input unless --force", async () => {
    const copy = path.join(dir, "livret.docx");
    writeFileSync(copy, readFileSync(TEMPLATE));
    const before = sha256(copy);
    const dataFile = writeJson("d.json", { student: { lastName: "DURAND" } });
    const refused = await runCli(["fill", copy, "--data", dataFile, "--out", copy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^livret: .*livret\.docx: c'est le fichier d'entrée/);
    expect(refused.stderr.split("\n")).toHaveLength(2);
    expect(sha256(copy)).toBe(before);

    const forced = await runCli(["fill", copy, "--data", dataFile, "--out", copy, "--force"]);
    expect(forced.code).toBe(0);
    expect(((await exportOf(copy)) as LivretData).student?.lastName).toBe("DURAND");
  });
});

describe("fill on a class file", () => {
  it("fills every livret from a { livrets: [...] } data file", async () => {
    const data = { livrets: [fullData(1), fullData(2), fullData(3)] };
    const out = path.join(dir, "classe.docx");
    const before = sha256(CLASS_3);
    const run = await runCli(["fill", CLASS_3, "--data", writeJson("d.json", data), "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(sha256(CLASS_3)).toBe(before);
    expect(await exportOf(out)).toEqual(data);
  });

  it("fills one livret with --livret N and leaves the others as they were", async () => {
    const original = (await exportOf(CLASS_3)) as { livrets: LivretData[] };
    const data = fullData(7);
    const out = path.join(dir, "classe.docx");
    const run = await runCli([
      "fill",
      CLASS_3,
      "--data",
      writeJson("d.json", data),
      "--out",
      out,
      "--livret",
      "2",
    ]);
    expect(run.code).toBe(0);
    const exported = (await exportOf(out)) as { livrets: LivretData[] };
    expect(exported.livrets).toEqual([original.livrets[0], data, original.livrets[2]]);
  });

  it("asks which livret when one data object is given for a class file", async () => {
    const out = path.join(dir, "classe.docx");
    const run = await runCli(["fill", CLASS_3, "--data", writeJson("d.json", {}), "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^livret: .*class-3\.docx: le document contient 3 livrets/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a --livret beyond the last one and a class data file of the wrong size", async () => {
    const out = path.join(dir, "classe.docx");
    const beyond = await runCli([
      "fill",
      CLASS_3,
      "--data",
      writeJson("d.json", {}),
      "--out",
      out,
      "--livret",
      "4",
    ]);
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toContain("pas de livret n° 4 (le document en contient 3)");
    const wrongSize = await runCli([
      "fill",
      CLASS_3,
      "--data",
      writeJson("c.json", { livrets: [{}, {}] }),
      "--out",
      out,
    ]);
    expect(wrongSize.code).toBe(2);
    expect(wrongSize.stderr).toContain("/livrets: 2 livret(s) dans les données, 3 dans");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the README's example and the conflicts export reports", () => {
  it("fills examples/lea-martin.json and exports it back", async () => {
    const example = path.join(__dirname, "..", "..", "examples", "lea-martin.json");
    const out = path.join(dir, "lea.docx");
    const run = await runCli(["fill", TEMPLATE, "--data", example, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await exportOf(out)).toEqual(JSON.parse(readFileSync(example, "utf8")));
  });

  it("exports two levels ticked in one row as a conflict; that export is valid data; a level in the data settles the row", async () => {
    const { openDocument } = await import("../../src/services/livretEngine");
    const { readDocxPackage, writeDocxPackage } = await import("../../src/docx/docxPackage");
    const { applyWrites } = await import("../../src/docx/applyWrites");
    // A teacher ticked A, then D, in row 1.1.1 of PFMP 1: write the second X by hand.
    const bytes = new Uint8Array(readFileSync(TEMPLATE));
    const doc = openDocument(bytes, "template.docx");
    const slot = doc.map.livrets[0].grids
      .flatMap((g) => g.rows)
      .flatMap((r) => (r.key === "1.1.1" ? r.slots : []))
      .find((s) => s.pfmp === 1);
    if (slot === undefined) throw new Error("row 1.1.1 of PFMP 1 not found");
    const pkg = readDocxPackage(bytes, "template.docx");
    applyWrites(
      pkg.document,
      (["A", "D"] as const).map((level) => ({
        target: { kind: "cell" as const, ...slot.levels[level], paragraph: 0 },
        text: "X",
        expected: "",
      })),
    );
    pkg.documentChanged = true;
    const conflicted = path.join(dir, "conflit.docx");
    writeFileSync(conflicted, writeDocxPackage(pkg));

    const exported = (await exportOf(conflicted)) as LivretData & {
      conflicts?: { period: number; key: string; levels: string[] }[];
    };
    expect(exported.conflicts).toEqual([
      { period: 1, key: "1.1.1", levels: expect.arrayContaining(["A", "D"]) as unknown },
    ]);
    expect(exported.conflicts?.[0].levels).toHaveLength(2);

    // The export is valid data: filling it back is accepted (conflicts are ignored) ...
    const dataFile = writeJson("export.json", exported);
    const same = path.join(dir, "same.docx");
    const run = await runCli(["fill", conflicted, "--data", dataFile, "--out", same]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // ... and a level chosen in the data settles the row.
    const settle = writeJson("settle.json", { periods: { "1": { levels: { "1.1.1": "D" } } } });
    const settled = path.join(dir, "settled.docx");
    expect((await runCli(["fill", conflicted, "--data", settle, "--out", settled])).code).toBe(0);
    const after = (await exportOf(settled)) as LivretData & { conflicts?: unknown };
    expect(after.conflicts).toBeUndefined();
    expect(after.periods?.["1"]?.levels).toEqual({ "1.1.1": "D" });
  });
});
