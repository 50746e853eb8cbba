import { readFileSync } from "fs";
import * as path from "path";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { missingParts, unmatchedRows } from "../../src/taskpane/completeness";
import { describeTarget, describeWrite } from "../../src/taskpane/describeWrite";
import { downloadName } from "../../src/taskpane/downloadName";
import { dateToIso, isoToFrench, parseFrenchDate } from "../../src/taskpane/frenchDates";
import { blockGroups } from "../../src/taskpane/gridGroups";

const template = readDocument(
  openDocument(
    new Uint8Array(readFileSync(path.join(__dirname, "../../assets/livret-mcv-option-b.docx"))),
    "livret-mcv-option-b.docx",
  ),
);
const livret = template.map.livrets[0];

describe("French dates", () => {
  test("dd/MM/yyyy is read, impossible dates are refused", () => {
    expect(dateToIso(parseFrenchDate("06/01/2025") as Date)).toBe("2025-01-06");
    expect(dateToIso(parseFrenchDate("6/1/25") as Date)).toBe("2025-01-06");
    expect(dateToIso(parseFrenchDate("29.02.2024") as Date)).toBe("2024-02-29");
    expect(parseFrenchDate("31/02/2025")).toBeNull();
    expect(parseFrenchDate("2025-01-06")).toBeNull();
    expect(isoToFrench("2025-01-31")).toBe("31/01/2025");
    expect(isoToFrench(undefined)).toBe("");
  });
});

describe("download name", () => {
  test("names the file after the document, never a pupil, dropping what a file name cannot hold", () => {
    expect(downloadName("classe-2nde-B.docx")).toBe("classe-2nde-B.docx");
    expect(downloadName("livret Léa: v2?.DOCX")).toBe("livret Léa- v2.docx");
    expect(downloadName("  ")).toBe("livret-pfmp.docx");
  });
});

describe("what the template holds, as the pane shows it", () => {
  test("the complete template lacks nothing and has no unknown row", () => {
    expect(missingParts(livret)).toEqual([]);
    expect(unmatchedRows(livret)).toEqual([]);
  });

  test("a missing block, attestation and fiche are listed", () => {
    const partial = {
      ...livret,
      grids: livret.grids.filter((g) => !(g.year === "premiere" && g.blockIds.includes("3"))),
      attestations: livret.attestations.filter((a) => a.year !== "terminale"),
      recap: null,
    };
    expect(missingParts(partial)).toEqual([
      "Première : grille « Bloc 3 – Fidéliser la clientèle et développer la relation client »",
      "Terminale : attestation de PFMP",
      "Fiche récapitulative des PFMP",
    ]);
  });

  test("PFMP 3 shows the Terminale grids by block, 72 competences and 12 attitudes", () => {
    const groups = blockGroups(livret, 3);
    expect(groups.map((g) => g.blockId)).toEqual(["1", "2", "3", "4B", "AP"]);
    expect(groups.map((g) => g.rows.length)).toEqual([20, 13, 14, 25, 12]);
    expect(groups.every((g) => g.grid.year === "terminale")).toBe(true);
    expect(groups[0].rows[0]).toMatchObject({ key: "1.1.1", matched: true, hasActivities: true });
  });

  test("writes are described in the teacher's words", () => {
    const row = livret.grids[0].rows.find((r) => r.key === "1.1.2");
    const slot = row?.slots.find((s) => s.pfmp === 2);
    if (slot === undefined) throw new Error("1.1.2 / PFMP 2 not detected");
    const a = slot.levels.A;
    expect(
      describeWrite(livret, {
        target: { kind: "cell", ...a, paragraph: 0 },
        text: "X",
        expected: "",
      }),
    ).toBe("PFMP 2 · 1.1.2 Maitriser la technologie des produits : case A → « X »");
    const att = livret.attestations.find((x) => x.year === "terminale");
    if (att === undefined) throw new Error("no Terminale attestation");
    expect(describeTarget(livret, att.rows[1].company)).toBe(
      "Attestation Terminale, PFMP 4 : entreprise",
    );
    expect(describeWrite(livret, { target: att.rows[1].company, text: "", expected: "Old" })).toBe(
      "Attestation Terminale, PFMP 4 : entreprise → vidé",
    );
  });
});
