import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { runReport } from "../../src/cli/commands/report";
import type { Finding } from "../../src/domain/rules/finding";
import { checkDocument } from "../../src/services/checkDocument";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import {
  CLASS_3,
  TEMPLATE,
  LIBREOFFICE_COPY,
  capturingIo,
  fillLivrets,
  openFile,
  progressingLivret,
  tickAlso,
} from "./reportTestKit";

const MISSING_DATA_RULES = new Set(["identity-missing", "cycle-total-weeks", "cycle-coverage"]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "livret-check-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("checkDocument on the template", () => {
  it("gives findings about missing data only, nothing about grids or dates", () => {
    const result = checkDocument(openFile(TEMPLATE));
    expect(result.livrets).toHaveLength(1);
    const rules = result.findings.map((f) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => !MISSING_DATA_RULES.has(r))).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.where.field)).toEqual(
      ["lastName", "firstName"],
    );
  });
});

describe("checkDocument on filled livrets", () => {
  it("checks what the engine reads back from a filled template", () => {
    const data = progressingLivret();
    const bytes = fillLivrets(TEMPLATE, new Map([[0, data]]));
    const doc = openDocument(bytes, "filled.docx");
    expect(readDocument(doc).livrets[0]?.data.periods?.["3"]?.levels).toEqual(
      data.periods?.["3"]?.levels,
    );
    const findings = checkDocument(doc).findings;
    const summary = findings.map((f) => `${f.rule}/${f.severity}/${f.where.period ?? "-"}`);
    // PFMP 3 is dated with half of its rows ticked: 42 rows to tick (or NE) there.
    expect(summary.filter((s) => s === "grid-row-empty/warning/3")).toHaveLength(42);
    expect(new Set(summary)).toEqual(
      new Set(["grid-row-empty/warning/3", "cycle-total-weeks/info/-", "cycle-coverage/info/-"]),
    );
  });

  it("reports two levels ticked in one row and PFMP as a grid-conflict error", () => {
    const filled = fillLivrets(TEMPLATE, new Map([[0, progressingLivret()]]));
    // 1.2.8 (catalog row 10) holds N in PFMP 2 (see progressingLivret); tick E too.
    const bytes = tickAlso(filled, "1.2.8", 2, "E");
    const result = checkDocument(openDocument(bytes, "conflit.docx"));
    expect(result.livrets[0]?.conflicts).toEqual([{ period: 2, key: "1.2.8", levels: ["N", "E"] }]);
    const conflicts = result.findings.filter((f) => f.rule === "grid-conflict");
    expect(conflicts).toEqual([
      {
        severity: "error",
        rule: "grid-conflict",
        message:
          "PFMP 2, 1.2.8 « Argumenter » : plusieurs niveaux cochés (N, E) ; n'en garder qu'un.",
        where: { livret: 0, year: "premiere", period: 2, key: "1.2.8" },
      },
    ]);
  });

  it("gives missing-data findings only on the template re-saved by LibreOffice", () => {
    const result = checkDocument(openFile(LIBREOFFICE_COPY));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => !MISSING_DATA_RULES.has(f.rule))).toEqual([]);
  });

  it("points each finding of a class file to its livret", () => {
    const bytes = fillLivrets(
      CLASS_3,
      new Map([
        [0, progressingLivret("ALPHA")],
        [
          2,
          {
            student: { lastName: "GAMMA", firstName: "Zoé" },
            periods: { "1": { levels: { "1.1.1": "A" } } },
          },
        ],
      ]),
    );
    const result = checkDocument(openDocument(bytes, "classe.docx"));
    expect(result.livrets.map((l) => l.data.student?.lastName)).toEqual([
      "ALPHA",
      undefined,
      "GAMMA",
    ]);
    const byLivret = (i: number): readonly Finding[] =>
      result.findings.filter((f) => f.where.livret === i);
    expect(byLivret(0).some((f) => f.rule === "identity-missing")).toBe(false);
    expect(byLivret(1).filter((f) => f.rule === "identity-missing")).toHaveLength(2);
    expect(
      byLivret(2)
        .filter((f) => f.rule === "attestation-missing")
        .map((f) => f.where.field),
    ).toEqual(["company", "from", "to"]);
    expect(byLivret(0).length + byLivret(1).length + byLivret(2).length).toBe(
      result.findings.length,
    );
  });
});

describe("runCheck", () => {
  it("exits 1 on the empty template (names missing) and prints one French line per finding", async () => {
    const io = capturingIo();
    const code = await runCheck({ file: TEMPLATE, json: false, weeks: 22 }, io);
    expect(code).toBe(1);
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toContain(
      "Erreur · livret 1 : Le nom de l'élève n'est pas renseigné. [identity-missing]",
    );
    expect(lines[lines.length - 1]).toBe(
      `${TEMPLATE} : 2 erreurs, 0 avertissement, 2 informations (1 livret).`,
    );
    expect(io.err()).toBe("");
  });

  it("exits 0 when there are warnings but no error, and prints JSON findings", async () => {
    const file = path.join(dir, "filled.docx");
    writeFileSync(file, fillLivrets(TEMPLATE, new Map([[0, progressingLivret()]])));
    const io = capturingIo();
    const code = await runCheck({ file, json: true, weeks: 20 }, io);
    expect(code).toBe(0);
    const parsed = JSON.parse(io.out()) as { findings: Finding[] };
    expect(Object.keys(parsed)).toEqual(["findings"]);
    expect(parsed.findings.length).toBeGreaterThan(0);
    expect(parsed.findings.every((f) => f.severity !== "error")).toBe(true);
    const total = parsed.findings.find((f) => f.rule === "cycle-total-weeks");
    expect(total?.message).toContain("sur 20 exigées");
    // Absent parts of `where` are left out, not null.
    expect(total?.where).toEqual({ livret: 0 });
    expect(parsed.findings.find((f) => f.rule === "grid-row-empty")?.where).toEqual({
      livret: 0,
      year: "terminale",
      period: 3,
      key: expect.any(String) as unknown as string,
    });
  });

  it("exits 3 with one line naming the file for input that is not a Word document", async () => {
    const file = path.join(dir, "notes.docx");
    writeFileSync(file, "ceci n'est pas un zip");
    const io = capturingIo();
    const code = await runCheck({ file, json: false, weeks: 22 }, io);
    expect(code).toBeGreaterThanOrEqual(2);
    expect(io.out()).toBe("");
    expect(io.err().trimEnd().split("\n")).toHaveLength(1);
    expect(io.err()).toContain(file);
  });

  it("exits with an unreadable-input code for a missing file, 2 for a bad --weeks", async () => {
    const io = capturingIo();
    expect(
      await runCheck({ file: path.join(dir, "absent.docx"), json: false, weeks: 22 }, io),
    ).toBe(3);
    expect(io.err()).toContain("absent.docx");
    const io2 = capturingIo();
    expect(await runCheck({ file: TEMPLATE, json: false, weeks: 0 }, io2)).toBe(2);
    expect(io2.err()).toContain("--weeks");
  });
});

describe("runReport", () => {
  it("writes the report, refuses to overwrite it without force, replaces it with force", async () => {
    const out = path.join(dir, "rapport.html");
    const io = capturingIo();
    const fixed = (): Date => new Date(2026, 0, 15, 8, 30);
    expect(await runReport({ file: CLASS_3, out, force: false }, io, fixed)).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.match(/<section class="pupil"/g)).toHaveLength(3);
    expect(html).toContain("généré le 15/01/2026 à 08:30");
    expect(io.out()).toContain("rapport écrit (3 livrets)");

    writeFileSync(out, "ancien");
    const io2 = capturingIo();
    expect(await runReport({ file: CLASS_3, out, force: false }, io2)).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("ancien");
    expect(io2.err()).toContain(out);

    expect(await runReport({ file: CLASS_3, out, force: true }, capturingIo())).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<!DOCTYPE html>");
  });

  it("never replaces the input and leaves nothing behind on an unreadable input", async () => {
    const io = capturingIo();
    expect(await runReport({ file: TEMPLATE, out: TEMPLATE, force: true }, io)).toBe(2);
    const bad = path.join(dir, "bad.docx");
    writeFileSync(bad, "PK tronqué");
    const out = path.join(dir, "bad.html");
    expect(await runReport({ file: bad, out, force: false }, capturingIo())).toBeGreaterThanOrEqual(
      2,
    );
    expect(existsSync(out)).toBe(false);
  });
});
