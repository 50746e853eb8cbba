import { readFileSync } from "fs";
import { join } from "path";
import { isCheckboxWrite } from "../../src/domain/detection/livretMap";
import type { CheckboxWrite, TextWrite } from "../../src/domain/detection/livretMap";
import { isVisibleMark, planWrites } from "../../src/domain/filling/planWrites";
import { fillDocument, openDocument, readDocument } from "../../src/services/livretEngine";
import { isLivretError } from "../../src/shared/livretError";
import { VARIANTS } from "../../scripts/fixtures/variants";
import {
  VARIANTS_DIR,
  documentXml,
  fillAndReopen,
  gridColumnOf,
  levelCell,
  levelsOf,
  livret,
  plan,
  variant,
} from "./variantKit";

/** Grid columns of the template's grids: label 0, activities 1 and 7, levels 2–6 and 8–12. */
const COLUMN = { NE: 2, N: 3, D: 4, A: 5, E: 6 } as const;

const template = openDocument(
  new Uint8Array(readFileSync(join(__dirname, "../../assets/livret-mcv-option-b.docx"))),
  "template.docx",
);

describe("the variant fixtures", () => {
  it("are what scripts/fixtures builds from the template (npm run fixtures)", () => {
    // Two of them (each build parses the template): the others are built the same way.
    for (const name of ["misaligned-rows", "split-grid"]) {
      const build = VARIANTS[name]!;
      const onDisk = new Uint8Array(readFileSync(join(VARIANTS_DIR, `${name}.docx`)));
      expect([name, Buffer.from(build()).equals(Buffer.from(onDisk))]).toEqual([name, true]);
    }
  });
});

describe("checkbox content controls (w14:checkbox)", () => {
  const doc = variant("checkbox-content-controls");

  it("reads the level by the checked state, whatever the glyph font", () => {
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "A", "1.1.2": "E", "1.2.1": "N" });
    expect(levelsOf(doc, "2")).toEqual({});
  });

  it("ticks the chosen box and clears the other, never typing a mark", () => {
    const p = plan(doc, { periods: { "1": { levels: { "1.1.1": "E", "1.1.3": "D" } } } });
    expect(p.refused).toEqual([]);
    expect(p.writes.every(isCheckboxWrite)).toBe(true);
    const moves = (p.writes as CheckboxWrite[]).map((w) => [
      w.target.row,
      gridColumnOf(doc, w),
      w.checked,
      w.target.control,
    ]);
    expect(moves).toEqual([
      [4, COLUMN.A, false, "contentControl"],
      [4, COLUMN.E, true, "contentControl"],
      [6, COLUMN.D, true, "contentControl"],
    ]);
    const out = fillDocument(
      doc,
      { periods: { "1": { levels: { "1.1.1": "E", "1.1.3": "D" } } } },
      0,
    );
    const again = openDocument(out.bytes, "x.docx");
    expect(levelsOf(again, "1")).toEqual({
      "1.1.1": "E",
      "1.1.2": "E",
      "1.1.3": "D",
      "1.2.1": "N",
    });
    // Shown glyphs follow the state: 1.1.1's style is Wingdings (F0FE ticked, F0A8 empty).
    const xml = documentXml(out.bytes);
    expect(xml).toContain('<w14:checked w14:val="1"/>');
    const eCell = levelCell(again, "1.1.1", 1, "E");
    const aCell = levelCell(again, "1.1.1", 1, "A");
    const cellText = (a: typeof eCell) =>
      again.model.tables[a.table]!.rows[a.row]!.cells[a.cell]!.text;
    expect([cellText(eCell), cellText(aCell)]).toEqual(["\uf0fe", "\uf0a8"]);
  });
});

describe("legacy form checkboxes (FORMCHECKBOX)", () => {
  const doc = variant("form-checkboxes");

  it("reads w:checked, or w:default when w:checked is absent", () => {
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "D", "1.1.2": "NE" });
  });

  it("sets and clears the state, w:checked over a true default", () => {
    const data = { periods: { "1": { levels: { "1.1.1": "N" as const } } } };
    const p = plan(doc, data);
    expect(
      (p.writes as CheckboxWrite[]).map((w) => [gridColumnOf(doc, w), w.checked, w.target.control]),
    ).toEqual([
      [COLUMN.N, true, "formField"],
      [COLUMN.D, false, "formField"],
    ]);
    const out = fillDocument(doc, data, 0);
    const again = openDocument(out.bytes, "x.docx");
    expect(levelsOf(again, "1")).toEqual({ "1.1.1": "N", "1.1.2": "NE" });
    const xml = documentXml(out.bytes);
    expect(xml).toContain('<w:default w:val="1"/><w:checked w:val="0"/>');
    expect(xml).not.toMatch(/FORMCHECKBOX <\/w:instrText><\/w:r><w:r><w:t>X/);
  });
});

describe("symbol glyphs and Unicode boxes", () => {
  it("reads Wingdings w:sym and Wingdings 2 private-use characters by font", () => {
    const doc = variant("wingdings-glyphs");
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "D", "1.2.1": "A" });
  });

  it("ticks an empty box with its font's ticked box and empties the old one", () => {
    const doc = variant("wingdings-glyphs");
    const data = {
      periods: {
        "1": { levels: { "1.1.1": "A" as const, "1.2.1": "E" as const, "1.1.2": "N" as const } },
      },
    };
    const p = plan(doc, data);
    expect(p.refused).toEqual([]);
    const texts = (p.writes as TextWrite[])
      .map(
        (w) =>
          [w.target.kind === "cell" ? w.target.row : -1, gridColumnOf(doc, w), w.text] as const,
      )
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(texts).toEqual([
      [4, COLUMN.D, "\uf0a8"],
      [4, COLUMN.A, "\uf0fe"],
      [5, COLUMN.N, "\uf0fe"],
      [8, COLUMN.A, "\uf0a3"],
      [8, COLUMN.E, "\uf052"],
    ]);
    const out = fillDocument(doc, data, 0);
    const xml = documentXml(out.bytes);
    // Still a w:sym of the Wingdings font (the run properties do not carry the symbol font).
    expect(xml).toContain('<w:sym w:font="Wingdings" w:char="F0FE"/>');
    const again = openDocument(out.bytes, "x.docx");
    expect(levelsOf(again, "1")).toEqual({ "1.1.1": "A", "1.1.2": "N", "1.2.1": "E" });
  });

  it("ticks a Unicode empty box (☐ → ☒, □ → ■)", () => {
    const doc = variant("unicode-boxes");
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "E" });
    const again = fillAndReopen(doc, {
      periods: { "1": { levels: { "1.1.1": "NE", "1.2.1": "D" } } },
    });
    expect(levelsOf(again, "1")).toEqual({ "1.1.1": "NE", "1.2.1": "D" });
    const cell = (key: string, level: "NE" | "E" | "D") => {
      const a = levelCell(again, key, 1, level);
      return again.model.tables[a.table]!.rows[a.row]!.cells[a.cell]!.text;
    };
    expect([cell("1.1.1", "NE"), cell("1.1.1", "E"), cell("1.2.1", "D")]).toEqual(["☒", "☐", "■"]);
  });
});

describe("rows that do not line up with the header", () => {
  const doc = variant("misaligned-rows");

  it("warns with table, row and key, and reads only the unambiguous cells", () => {
    const warned = doc.map.warnings.filter((w) => w.code === "RowMisaligned");
    expect(warned.map((w) => [w.table, w.row])).toEqual([
      [3, 5],
      [3, 6],
      [3, 8],
      [3, 9],
    ]);
    expect(warned[0]!.message).toContain("1.1.2");
    expect(levelsOf(doc, "1")).toEqual({ "1.1.3": "N", "1.2.1": "A" });
  });

  it("never writes them, and says so", () => {
    const data = {
      periods: {
        "1": { levels: { "1.1.1": "A" as const, "1.1.2": "A" as const, "1.2.1": "E" as const } },
      },
    };
    const p = plan(doc, data);
    expect(p.refused.map((r) => [r.code, r.path, r.row])).toEqual([
      ["RowMisaligned", "periods.1.levels.1.1.2", 5],
      ["RowMisaligned", "periods.1.levels.1.2.1", 8],
    ]);
    expect(p.writes.map((w) => (w.target as { row: number }).row)).toEqual([4]);
    let caught: unknown;
    try {
      planWrites(doc.model, livret(doc), data);
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && [caught.code, caught.path]).toEqual([
      "UncertainTarget",
      "periods.1.levels.1.1.2",
    ]);
  });

  it("falls back to cell widths without w:tblGrid, and writes by grid column", () => {
    const noGrid = variant("no-tblgrid");
    expect(noGrid.model.tables[3]!.geometry).toBe("widths");
    expect(noGrid.model.tables[3]!.gridColumns).toHaveLength(13);
    const p = plan(noGrid, { periods: { "2": { levels: { "1.1.1": "A" } } } });
    expect(p.writes.map((w) => gridColumnOf(noGrid, w))).toEqual([11]);
  });

  it("without grid nor widths, writes rows that agree with the header only", () => {
    const none = variant("no-geometry");
    expect(none.model.tables[3]!.geometry).toBe("unknown");
    expect(levelsOf(none, "1")).toEqual({ "1.1.1": "A", "1.1.2": "D" });
    const p = plan(none, { periods: { "1": { levels: { "1.1.1": "E", "1.1.2": "E" } } } });
    expect(p.refused.map((r) => [r.code, r.key])).toEqual([["RowMisaligned", "1.1.2"]]);
    expect(p.writes.map((w) => gridColumnOf(none, w))).toEqual([COLUMN.A, COLUMN.E]);
  });
});

describe("one level group where the livret has two", () => {
  it("takes the PFMP from the group's own header", () => {
    const doc = variant("one-group");
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "N" });
    const p = plan(doc, {
      periods: { "1": { levels: { "1.1.2": "E" } }, "2": { levels: { "1.1.2": "E" } } },
    });
    expect(p.writes.map((w) => gridColumnOf(doc, w))).toEqual([COLUMN.E]);
    expect(p.refused.map((r) => [r.code, r.path])).toEqual([
      ["GridPfmpUnclear", "periods.2.levels.1.1.2"],
    ]);
  });

  it("reports a group without PFMP number and neither reads nor writes it", () => {
    const doc = variant("one-group-unclear");
    expect(doc.map.warnings.map((w) => w.code)).toContain("GridPfmpUnclear");
    expect(levelsOf(doc, "1")).toEqual({});
    expect(livret(doc).grids[0]!.rows.filter((r) => r.kind === "competence")).toHaveLength(20);
    const p = plan(doc, { periods: { "1": { levels: { "1.1.1": "A" } } } });
    expect([p.writes.length, p.refused[0]!.code]).toEqual([0, "GridPfmpUnclear"]);
  });
});

describe("grids as teachers reshape them", () => {
  const keysOf = (doc: ReturnType<typeof variant>) =>
    livret(doc).grids.flatMap((g) =>
      g.rows.filter((r) => r.kind === "competence").map((r) => `${g.year}:${r.key}`),
    );
  const templateKeys = keysOf(template);

  it("reads spelled-out level headers", () => {
    const doc = variant("spelled-headers");
    expect(keysOf(doc)).toEqual(templateKeys);
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "D" });
  });

  for (const name of ["split-grid", "split-grid-headers"]) {
    it(`keeps a grid split into two tables as one livret (${name})`, () => {
      const doc = variant(name);
      expect(doc.map.livrets).toHaveLength(1);
      expect(keysOf(doc)).toEqual(templateKeys);
      expect(
        doc.map.warnings.filter((w) => ["UnmatchedRow", "DuplicateRow"].includes(w.code)),
      ).toEqual([]);
      expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "A" });
      expect(levelsOf(doc, "2")).toEqual({ "1.2.4": "E" });
      // A write to the second part lands in the second table, at the right row and column.
      const second = livret(doc).grids[1]!;
      expect(second.table).toBe(4);
      if (name === "split-grid") expect(second.continues).toBe(3);
      const again = fillAndReopen(doc, {
        periods: { "2": { levels: { "1.2.5": "N", "1.2.4": "D" } } },
      });
      expect(levelsOf(again, "2")).toEqual({ "1.2.4": "D", "1.2.5": "N" });
    });
  }

  it("takes a header row repeated mid-grid for a header", () => {
    const doc = variant("repeated-header");
    expect(keysOf(doc)).toEqual(templateKeys);
    const rows = livret(doc).grids[0]!.rows;
    expect(rows.filter((r) => r.kind === "header")).toHaveLength(4);
    expect(doc.map.warnings.filter((w) => w.table === 3)).toEqual([]);
    expect(levelsOf(doc, "1")).toEqual({ "1.2.4": "N" });
  });
});

describe("unclear marks and blanks", () => {
  const doc = variant("unclear-marks");

  it("reports '-', '?', '…', '0' as unclear marks, not levels; blanks are blank", () => {
    expect(levelsOf(doc, "1")).toEqual({ "1.2.2": "A" });
    const unclear = readDocument(doc).livrets[0]!.unclearMarks ?? [];
    expect(unclear.map((u) => [u.key, u.level, u.text])).toEqual([
      ["1.1.1", "N", "-"],
      ["1.1.2", "D", "?"],
      ["1.1.3", "A", "…"],
      ["1.2.1", "E", "0"],
    ]);
    expect(doc.map.warnings.filter((w) => w.code === "UnclearMark")).toHaveLength(4);
  });

  it("refuses to fill a row with an unclear mark rather than clear it", () => {
    const p = plan(doc, {
      periods: { "1": { levels: { "1.1.1": "A", "1.2.2": "A", "1.2.3": "E" } } },
    });
    expect(p.refused.map((r) => [r.code, r.key])).toEqual([["UnclearMark", "1.1.1"]]);
    expect(p.writes.map((w) => gridColumnOf(doc, w))).toEqual([COLUMN.E]);
  });

  it("accepts only a visible mark", () => {
    for (const bad of [
      "",
      " ",
      "\u00a0",
      "\u200b",
      "\u2060",
      "\ufeff",
      "\u00ad",
      "\u0007",
      "-",
      "?",
      "X\u200b",
    ])
      expect([bad, isVisibleMark(bad)]).toEqual([bad, false]);
    for (const good of ["X", "x", "✓", "✔", "☒", "■", "oui"])
      expect([good, isVisibleMark(good)]).toEqual([good, true]);
    let caught: unknown;
    try {
      planWrites(template.model, livret(template), {}, { mark: "\u200b" });
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && [caught.code, caught.path]).toEqual(["InvalidData", "mark"]);
  });
});

describe("marks outside plain runs", () => {
  const doc = variant("alternate-content");

  it("reads the mc:AlternateContent branch Word shows and text boxes in a level cell", () => {
    expect(levelsOf(doc, "1")).toEqual({ "1.1.1": "A", "1.1.2": "N" });
  });

  it("refuses rather than leave two visible marks in a row", () => {
    const p = plan(doc, {
      periods: { "1": { levels: { "1.1.1": "E", "1.1.2": "D", "1.1.3": "E" } } },
    });
    expect(p.refused.map((r) => [r.code, r.key])).toEqual([
      ["ParagraphHazard", "1.1.1"],
      ["FloatingMark", "1.1.2"],
    ]);
    expect(p.writes.map((w) => gridColumnOf(doc, w))).toEqual([COLUMN.E]);
  });
});

describe("paragraph hazards (issue 9 §4)", () => {
  const doc = variant("hazards");

  it("flags fields, comments, tracked changes and content controls in the model", () => {
    const hazards = doc.model.paragraphs.flatMap((p) => p.hazards ?? []);
    expect(new Set(hazards)).toEqual(
      new Set(["field", "comment", "trackedChange", "contentControl"]),
    );
  });

  it("never writes into such a paragraph and names the row and the reason", () => {
    const p = plan(doc, {
      periods: {
        "1": {
          company: "Boulangerie Dupain",
          levels: { "1.1.2": "A", "1.1.3": "N", "1.2.1": "N", "1.2.2": "E" },
          activities: { "1.1.1": "Vente en magasin" },
        },
      },
    });
    expect(p.refused.map((r) => [r.code, r.path])).toEqual([
      ["ParagraphHazard", "periods.1.levels.1.1.2"],
      ["ParagraphHazard", "periods.1.levels.1.1.3"],
      ["ParagraphHazard", "periods.1.levels.1.2.1"],
      ["ParagraphHazard", "periods.1.activities.1.1.1"],
      ["ParagraphHazard", "periods.1.company"],
    ]);
    expect(p.refused[0]!.message).toContain("commentaire");
    expect(p.refused[4]!.message).toContain("modification suivie");
    // The unaffected row and the recap's company are still planned.
    expect(p.writes.length).toBeGreaterThan(0);
  });
});
