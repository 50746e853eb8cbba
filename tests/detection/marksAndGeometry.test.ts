import { buildDocModel } from "../../src/docx/buildDocModel";
import { classifyText, isBlankText } from "../../src/domain/marks/classifyMark";
import { counterpartGlyph, glyphInfo } from "../../src/domain/marks/glyphTable";
import { levelOfHeaderCell } from "../../src/domain/detection/gridHeader";
import { parseBody, p, tc, tr } from "../engine/xmlHelpers";

describe("the glyph table", () => {
  it("knows boxes and ticks by font, in both symbol encodings", () => {
    expect(glyphInfo("\uf0fc", "Wingdings")?.meaning).toBe("ticked");
    expect(glyphInfo("\u00fc", "Wingdings")?.meaning).toBe("ticked");
    expect(glyphInfo("\uf0a8", "Wingdings")?.meaning).toBe("emptyBox");
    expect(glyphInfo("\uf06f", "Wingdings")?.meaning).toBe("emptyBox");
    expect(glyphInfo("\uf078", "Wingdings")?.meaning).toBe("ticked");
    expect(glyphInfo("\uf0a3", "Wingdings 2")?.meaning).toBe("emptyBox");
    expect(glyphInfo("\uf052", "Wingdings 2")?.meaning).toBe("ticked");
    expect(glyphInfo("R", "Wingdings 2")?.meaning).toBe("ticked");
    expect(counterpartGlyph("\uf0a8", "Wingdings")).toBe("\uf0fe");
    expect(counterpartGlyph("\u00a3", "Wingdings 2")).toBe("R");
    expect(counterpartGlyph("☐", "MS Gothic")).toBe("☒");
    expect(counterpartGlyph("✓", null)).toBeNull();
  });

  it("classifies what a cell shows", () => {
    for (const t of ["☐", "□", "❑", "❒", " ☐ "])
      expect([t, classifyText(t)]).toEqual([t, "emptyBox"]);
    for (const t of ["☑", "☒", "■", "✓", "✔", "✗", "✘", "X", "x", "oui"])
      expect([t, classifyText(t)]).toEqual([t, "ticked"]);
    for (const t of ["-", "0", "…", "?", "\ue000"])
      expect([t, classifyText(t)]).toEqual([t, "unclear"]);
    for (const t of ["", " \t\n", "\u00a0", "\u200b\u200c\u200d", "\u2060", "\ufeff", "\u00ad"]) {
      expect([t, classifyText(t), isBlankText(t)]).toEqual([t, "blank", true]);
    }
    // A letter code in a symbol font is a glyph, not a letter: unknown → unclear.
    expect(classifyText("a", "Wingdings")).toBe("unclear");
  });

  it("reads spelled-out level headers", () => {
    const cases: [string, string][] = [
      ["Non évalué", "NE"],
      ["Non\névalué*", "NE"],
      ["Novice¹", "N"],
      ["Débrouillé", "D"],
      ["Averti *", "A"],
      ["EXPERT", "E"],
      ["NE (non évalué)", "NE"],
      ["N*", "N"],
    ];
    for (const [text, level] of cases)
      expect([text, levelOfHeaderCell(text)]).toEqual([text, level]);
    expect(levelOfHeaderCell("Niveau")).toBeNull();
  });
});

describe("table geometry (ECMA-376 §17.4)", () => {
  const grid = (cols: number[]) =>
    `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const w = (n: number) => `<w:tcW w:w="${n}" w:type="dxa"/>`;

  it("places cells by gridBefore, gridSpan and old-style hMerge", () => {
    const doc = parseBody(
      `<w:tbl><w:tblPr/>${grid([100, 100, 100, 100])}` +
        tr([tc(p("a")), tc(p("b"), '<w:gridSpan w:val="2"/>'), tc(p("c"))]) +
        tr([tc(p("d")), tc(p("e"))], '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>') +
        tr([
          tc(p("f"), '<w:hMerge w:val="restart"/>'),
          tc(p(""), "<w:hMerge/>"),
          tc(p("g")),
          tc(p("h")),
        ]) +
        `</w:tbl>`,
    );
    const t = buildDocModel(doc).tables[0]!;
    expect(t.geometry).toBe("grid");
    expect(t.rows.map((r) => r.cells.map((c) => [c.gridColumn, c.gridSpan]))).toEqual([
      [
        [0, 1],
        [1, 2],
        [3, 1],
      ],
      [
        [1, 1],
        [2, 1],
      ],
      [
        [0, 1],
        [1, 1],
        [2, 1],
        [3, 1],
      ],
    ]);
    expect(t.rows[2]!.cells.map((c) => c.hMerge)).toEqual([
      "restart",
      "continue",
      undefined,
      undefined,
    ]);
  });

  it("rebuilds the grid from cell widths when tblGrid is missing or too narrow", () => {
    const doc = parseBody(
      `<w:tbl><w:tblPr/>${grid([300])}` +
        tr([tc(p("a"), w(100)), tc(p("b"), w(200))]) +
        tr([tc(p("c"), w(300))]) +
        tr([tc(p("d"), w(100)), tc(p("e"), w(100)), tc(p("f"), w(100))]) +
        tr([tc(p("g"), w(200))], '<w:wBefore w:w="100" w:type="dxa"/>') +
        `</w:tbl>`,
    );
    const t = buildDocModel(doc).tables[0]!;
    expect(t.geometry).toBe("widths");
    expect(t.gridColumns).toEqual([100, 100, 100]);
    expect(t.rows.map((r) => r.cells.map((c) => [c.gridColumn, c.gridSpan]))).toEqual([
      [
        [0, 1],
        [1, 2],
      ],
      [[0, 3]],
      [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      [[1, 2]],
    ]);
  });

  it("keeps the declared spans, as 'unknown', without grid nor widths", () => {
    const doc = parseBody(`<w:tbl><w:tblPr/><w:tblGrid/>${tr([tc(p("a")), tc(p("b"))])}</w:tbl>`);
    const t = buildDocModel(doc).tables[0]!;
    expect([t.geometry, t.rows[0]!.cells.map((c) => c.gridColumn)]).toEqual(["unknown", [0, 1]]);
  });
});
