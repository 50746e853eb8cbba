import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { LivretData } from "../../src/domain/livretData";
import { fillDocument, openDocument } from "../../src/services/livretEngine";
import { CLASS_3, TEMPLATE, makeTempDir, removeDir, runCli } from "./cliHarness";

/** check, export and report over several files and folders (a class folder). */
const A: LivretData = {
  student: { lastName: "ALBERT", firstName: "Ana" },
  periods: {
    "1": { from: "2025-01-06", to: "2025-01-31", levels: { "1.1.1": "D", "1.1.2": "NE" } },
  },
};
const B: LivretData = {
  student: { lastName: "BERNARD", firstName: "Bob" },
  periods: {
    "1": { levels: { "1.1.1": "N" } },
    // A period that ends before it starts: an error for check.
    "3": { from: "2025-12-19", to: "2025-11-17", levels: { "1.1.1": "E" } },
  },
};

let dir: string;
let classDir: string;
beforeAll(() => {
  dir = makeTempDir();
  classDir = path.join(dir, "classe");
  mkdirSync(classDir);
  const template = openDocument(new Uint8Array(readFileSync(TEMPLATE)), "t.docx");
  writeFileSync(path.join(classDir, "ALBERT_Ana.docx"), fillDocument(template, A, 0).bytes);
  writeFileSync(path.join(classDir, "BERNARD_Bob.docx"), fillDocument(template, B, 0).bytes);
  // Not livrets: Word's lock file and a note.
  writeFileSync(path.join(classDir, "~$BERT_Ana.docx"), "lock");
  writeFileSync(path.join(classDir, "notes.txt"), "à faire");
});
afterAll(() => removeDir(dir));

describe("several files", () => {
  it("check on a folder: lines prefixed with each file, a summary per file and a total; exit 1", async () => {
    const run = await runCli(["check", classDir]);
    expect(run.code).toBe(1);
    const a = path.join(classDir, "ALBERT_Ana.docx");
    const b = path.join(classDir, "BERNARD_Bob.docx");
    expect(run.stdout).toContain(`${b} · Erreur · livret 1 (BERNARD Bob) · PFMP 3`);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} : 1 erreur, \\d+ avertissements, 2 informations \\(1 livret\\)\\.$`,
        "m",
      ),
    );
    expect(run.stdout).toMatch(
      /^Total : 2 fichiers, 2 livrets : 6 erreurs, \d+ avertissements, 4 informations\.$/m,
    );
    expect(run.stderr).toBe("");
  });

  it("check --json on files: one entry per file; an unreadable file is reported and exits 3", async () => {
    const broken = path.join(dir, "casse.docx");
    writeFileSync(broken, "pas un zip");
    const run = await runCli(["check", "--json", CLASS_3, broken]);
    expect(run.code).toBe(3);
    const out = JSON.parse(run.stdout) as {
      files: { file: string; findings?: unknown[]; error?: { code: string } }[];
    };
    expect(out.files.map((f) => f.file)).toEqual([CLASS_3, broken]);
    expect(out.files[0]!.findings!.length).toBeGreaterThan(0);
    expect(out.files[1]!.error!.code).toBe("NotAZip");
    expect(run.stderr).toMatch(/^livret: .*casse\.docx.*zip/);
  });

  it("check on one file keeps its single-file output", async () => {
    const run = await runCli(["check", TEMPLATE]);
    expect(run.stdout).not.toContain(" · Info · livret 1 · ");
    expect(run.stdout).not.toContain("Total :");
    expect(run.stdout).toMatch(/livret-mcv-option-b\.docx : \d+ erreurs?/);
  });

  it("export on a folder and a class file: { files: [{ file, livrets }] }", async () => {
    const run = await runCli(["export", classDir, CLASS_3]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { files: { file: string; livrets: LivretData[] }[] };
    expect(out.files.map((f) => [path.basename(f.file), f.livrets.length])).toEqual([
      ["ALBERT_Ana.docx", 1],
      ["BERNARD_Bob.docx", 1],
      ["class-3.docx", 3],
    ]);
    expect(out.files[0]!.livrets[0]!.periods?.["1"]?.levels?.["1.1.1"]).toBe("D");
  });

  it("a folder without .docx is an error naming it", async () => {
    const empty = path.join(dir, "vide");
    mkdirSync(empty);
    const run = await runCli(["export", empty]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`livret: ${empty} : aucun fichier .docx dans ce dossier\n`);
  });

  it("report on a folder: a class view (best level so far, counts per block) and one section per pupil", async () => {
    const out = path.join(dir, "classe.html");
    const run = await runCli(["report", classDir, "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.match(/<section class="pupil"/g)).toHaveLength(2);
    expect(html).toContain('id="livret-1"');
    expect(html).toContain('id="livret-2"');
    expect(html).toContain("Fichier : BERNARD_Bob.docx");
    const view = /<article class="class-view"[\s\S]*?<\/article>/.exec(html)?.[0] ?? "";
    expect(view).toContain("Vue de la classe — 2 élèves");
    // 1.1.1: Ana reached D; Bob N then E → E is his best. 2 of 2 evaluated.
    const row111 = /<tr data-class-key="1\.1\.1"[^>]*>(.*?)<\/tr>/.exec(view)?.[1] ?? "";
    expect(row111).toMatch(
      /lvl-D"[^>]*>D<\/td><td class="cell lvl-E"[^>]*>E<\/td><td class="num">2 \/ 2<\/td>/,
    );
    // 1.1.2: only NE for Ana, nothing for Bob: never evaluated, marked.
    expect(view).toMatch(/<tr data-class-key="1\.1\.2" class="never">/);
    expect(view).toMatch(/<td class="cell lvl-NE"[^>]*>NE<\/td><td class="cell lvl-empty"/);
    // Counts per block and pupil: block 1, one competence evaluated each.
    const block1 = /<tr data-class-block="1"><th[^>]*>[^<]*<\/th>(.*?)<\/tr>/.exec(view)?.[1] ?? "";
    expect(block1).toBe('<td class="num">1 / 20</td><td class="num">1 / 20</td>');
    expect(view).toContain("71 compétences évaluées chez aucun élève");
  });

  it("report on one single-pupil file has no class view", async () => {
    const out = path.join(dir, "un.html");
    expect((await runCli(["report", TEMPLATE, "--out", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).not.toContain('class="class-view"');
  });
});
