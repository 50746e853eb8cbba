import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { CATALOG } from "../../src/domain/catalog/referentiel";
import type { TextWrite } from "../../src/domain/detection/livretMap";
import { textWritesOnly } from "../../src/domain/filling/planWrites";
import { buildDocModel, parseDocumentXml } from "../../src/docx/buildDocModel";
import { serializeDocument } from "../../src/docx/docxPackage";
import {
  fillDocument,
  inspectDocument,
  openDocument,
  readDocument,
} from "../../src/services/livretEngine";
import { isLivretError } from "../../src/shared/livretError";
import { fullData } from "./fullData";

const TEMPLATE = join(__dirname, "../../assets/livret-mcv-option-b.docx");
const bytes = new Uint8Array(readFileSync(TEMPLATE));

const competenceKeys = CATALOG.filter((c) => c.blockId !== "AP")
  .map((c) => c.key)
  .sort();
const attitudeKeys = CATALOG.filter((c) => c.blockId === "AP")
  .map((c) => c.key)
  .sort();

describe("the template", () => {
  const doc = openDocument(bytes, "livret-mcv-option-b.docx");

  it("holds one livret with 72 competences and 12 attitudes per year, all matched", () => {
    expect(doc.map.livrets).toHaveLength(1);
    const livret = doc.map.livrets[0]!;
    for (const year of ["premiere", "terminale"] as const) {
      const grids = livret.grids.filter((g) => g.year === year);
      const rows = (kind: string) =>
        grids
          .filter((g) => g.kind === kind)
          .flatMap((g) => g.rows.filter((r) => r.kind === "competence"));
      expect(rows("competences").every((r) => r.matched)).toBe(true);
      expect(
        rows("competences")
          .map((r) => r.key)
          .sort(),
      ).toEqual(competenceKeys);
      expect(
        rows("attitudes")
          .map((r) => r.key)
          .sort(),
      ).toEqual(attitudeKeys);
      for (const g of grids) {
        expect(g.pfmp).toEqual(year === "premiere" ? [1, 2] : [3, 4]);
        for (const r of g.rows.filter((x) => x.kind === "competence")) {
          expect(r.slots.map((s) => s.pfmp)).toEqual(g.pfmp);
        }
      }
    }
    expect(livret.attestations.map((a) => a.year)).toEqual(["premiere", "terminale"]);
    for (const a of livret.attestations) {
      expect(a.rows.length).toBeGreaterThanOrEqual(2);
      expect(a.lastName).not.toBeNull();
      expect(a.firstName).not.toBeNull();
      expect(a.daysToRecover).not.toBeNull();
    }
    expect(livret.recap?.periods.map((p) => p.pfmp)).toEqual([1, 2, 3, 4]);
  });

  it("takes the year from the cover for the Terminale 4B grids headed PFMP 1 / PFMP 2, with a warning", () => {
    const livret = doc.map.livrets[0]!;
    const terminale4B = livret.grids.filter(
      (g) => g.year === "terminale" && g.blockIds.includes("4B"),
    );
    expect(terminale4B.length).toBeGreaterThan(0);
    const warned = doc.map.warnings
      .filter((w) => w.code === "PfmpHeaderMismatch")
      .map((w) => w.table);
    expect(warned.sort()).toEqual(terminale4B.map((g) => g.table).sort());
    expect(doc.map.warnings.filter((w) => w.code !== "PfmpHeaderMismatch")).toEqual([]);
  });

  it("inspects as JSON with years, PFMPs and keys", () => {
    const report = inspectDocument(doc);
    expect(report.file).toBe("livret-mcv-option-b.docx");
    const grids = report.livrets[0]!.grids;
    expect(grids.flatMap((g) => g.rows).length).toBe(2 * 84);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reads an empty livret as empty data", () => {
    expect(readDocument(doc).livrets).toEqual([{ index: 0, data: {}, conflicts: [] }]);
  });

  describe("round trip of a full data set", () => {
    const data = fullData();
    const filled = fillDocument(doc, data, 0);
    const again = openDocument(filled.bytes, "filled.docx");

    it("reads back exactly the data that was filled", () => {
      expect(readDocument(again).livrets[0]!.data).toEqual(data);
      expect(readDocument(again).livrets[0]!.conflicts).toEqual([]);
    });

    it("keeps every other zip entry byte-identical, in the same order", () => {
      const before = unzipSync(bytes);
      const after = unzipSync(filled.bytes);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const name of Object.keys(before)) {
        if (name === "word/document.xml") continue;
        expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!))).toBe(true);
      }
    });

    it("keeps the structure and every table, row, cell and paragraph property", () => {
      const xmlOf = (b: Uint8Array) =>
        parseDocumentXml(new TextDecoder().decode(unzipSync(b)["word/document.xml"]!));
      const a = xmlOf(bytes);
      const b = xmlOf(filled.bytes);
      for (const tag of ["w:tbl", "w:tr", "w:tc", "w:p", "w:sectPr", "w:bookmarkStart"]) {
        expect(b.getElementsByTagName(tag).length).toBe(a.getElementsByTagName(tag).length);
      }
      for (const tag of ["w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:pPr", "w:sectPr"]) {
        const list = (d: Document) =>
          Array.from(d.getElementsByTagName(tag)).map((e) => serializeDocument(e as never));
        expect(list(b)).toEqual(list(a));
      }
    });

    it("changes only the text of the target paragraphs", () => {
      const m0 = doc.model;
      const m1 = again.model;
      const writes = textWritesOnly(filled.writes);
      const targets = new Set(writes.map((w: TextWrite) => bodyIndexOf(w)));
      const changed = m0.paragraphs
        .filter((p, i) => p.text !== m1.paragraphs[i]!.text)
        .map((p) => p.bodyIndex);
      expect(changed.length).toBeGreaterThan(0);
      for (const i of changed) expect(targets.has(i)).toBe(true);
      for (const w of writes) expect(m1.paragraphs[bodyIndexOf(w)]!.text).toBe(w.text);

      function bodyIndexOf(w: TextWrite): number {
        const t = w.target;
        if (t.kind === "body") return t.paragraph;
        return m0.tables[t.table]!.rows[t.row]!.cells[t.cell]!.paragraphs[t.paragraph]!.bodyIndex;
      }
    });

    it("writes nothing when the data is already there, and only the difference otherwise", () => {
      expect(fillDocument(again, data, 0).writes).toEqual([]);
      const p1 = data.periods!["1"]!;
      const changed = fillDocument(
        again,
        { periods: { "1": { levels: { "1.1.1": p1.levels!["1.1.2"] === "E" ? "N" : "E" } } } },
        0,
      );
      // one mark written, one cleared
      expect(
        textWritesOnly(changed.writes)
          .map((w) => w.text)
          .sort(),
      ).toEqual(["", "X"]);
    });
  });

  it("rejects a key the livret does not have, with its JSON path", () => {
    let caught: unknown;
    try {
      fillDocument(doc, { periods: { "1": { levels: { "9.9.9": "A" } } } }, 0);
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && [caught.code, caught.path]).toEqual([
      "UnknownKey",
      "periods.1.levels.9.9.9",
    ]);
  });

  it("uses the requested mark", () => {
    const out = fillDocument(doc, { periods: { "3": { levels: { "AP.12": "D" } } } }, 0, {
      mark: "✓",
    });
    expect(out.writes).toHaveLength(1);
    expect(textWritesOnly(out.writes)[0]!.text).toBe("✓");
    expect(readDocument(openDocument(out.bytes, "x.docx")).livrets[0]!.data).toEqual({
      periods: { "3": { levels: { "AP.12": "D" } } },
    });
    // the model of the loaded document is untouched
    expect(buildDocModel(doc.pkg.document).paragraphs).toEqual(doc.model.paragraphs);
  });
});
