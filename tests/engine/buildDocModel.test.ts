import { buildDocModel, parseDocumentXml } from "../../src/docx/buildDocModel";
import { isLivretError } from "../../src/shared/livretError";
import { p, parseBody, tbl, tc, tr } from "./xmlHelpers";

describe("buildDocModel", () => {
  it("models gridSpan, gridBefore, vMerge, header rows and numbering", () => {
    const doc = parseBody(
      p("avant") +
        tbl([
          tr(
            [tc(p("A"), '<w:vMerge w:val="restart"/>'), tc(p("Niveau"), '<w:gridSpan w:val="5"/>')],
            "<w:tblHeader/>",
          ),
          tr([
            tc(p(""), "<w:vMerge/>"),
            tc(p("NE")),
            tc(p("N")),
            tc(p("D")),
            tc(p("A")),
            tc(p("E")),
          ]),
          tr(
            [
              tc(
                p(
                  "x",
                  '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>',
                ) + p("y"),
              ),
            ],
            '<w:gridBefore w:val="2"/>',
          ),
        ]) +
        p("après"),
    );
    const model = buildDocModel(doc);
    expect(model.tables).toHaveLength(1);
    const [r0, r1, r2] = model.tables[0]!.rows;
    expect(r0!.header).toBe(true);
    expect(r1!.header).toBe(false);
    expect(r0!.cells.map((c) => [c.index, c.gridColumn, c.gridSpan, c.vMerge])).toEqual([
      [0, 0, 1, "restart"],
      [1, 1, 5, null],
    ]);
    expect(r1!.cells[0]!.vMerge).toBe("continue");
    expect(r1!.cells.map((c) => c.gridColumn)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r2!.cells[0]!.gridColumn).toBe(2);
    expect(r2!.cells[0]!.text).toBe("x\ny");
    expect(r2!.cells[0]!.paragraphs.map((q) => q.numbered)).toEqual([true, false]);
    expect(model.paragraphs.map((q) => [q.text, q.table])).toEqual([
      ["avant", null],
      ["A", 0],
      ["Niveau", 0],
      ["", 0],
      ["NE", 0],
      ["N", 0],
      ["D", 0],
      ["A", 0],
      ["E", 0],
      ["x", 0],
      ["y", 0],
      ["après", null],
    ]);
    expect(r2!.cells[0]!.paragraphs.map((q) => q.bodyIndex)).toEqual([9, 10]);
    expect(model.blocks).toEqual([
      { kind: "paragraph", paragraph: 0 },
      { kind: "table", table: 0 },
      { kind: "paragraph", paragraph: 11 },
    ]);
  });

  it("sees rows inside row-level sdt, cells inside cell-level sdt, nested tables in pre-order", () => {
    const nested = tbl([tr([tc(p("n1")), tc(p("n2"))])]);
    const doc = parseBody(
      tbl([
        tr([tc(p("a"))]),
        `<w:sdt><w:sdtPr/><w:sdtContent>${tr([tc(p("b")), `<w:sdt><w:sdtPr/><w:sdtContent>${tc(p("c"))}</w:sdtContent></w:sdt>`])}</w:sdtContent></w:sdt>`,
        tr([tc(p("before") + nested + p("after"))]),
      ]) +
        `<w:sdt><w:sdtContent>${p("in control")}</w:sdtContent></w:sdt>` +
        tbl([tr([tc(p("second"))])]) +
        "<w:p><w:r><w:t>body</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>",
    );
    const model = buildDocModel(doc);
    expect(model.tables.map((t) => [t.index, t.nesting, t.rows.length])).toEqual([
      [0, 0, 3],
      [1, 1, 1],
      [2, 0, 1],
    ]);
    expect(model.tables[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(["b", "c"]);
    expect(model.tables[0]!.rows[2]!.cells[0]!.text).toBe("before\nafter");
    expect(model.paragraphs.map((q) => `${q.text}@${q.table}`)).toEqual([
      "a@0",
      "b@0",
      "c@0",
      "before@0",
      "n1@1",
      "n2@1",
      "after@0",
      "in control@null",
      "second@2",
      "body@null",
    ]);
    expect(model.blocks.map((b) => b.kind)).toEqual(["table", "paragraph", "table", "paragraph"]);
    expect(model.paragraphs[9]!.boxText).toBe("box");
    expect(model.paragraphs[8]!.boxText).toBeUndefined();
  });

  it("reports malformed XML as MalformedXml", () => {
    let caught: unknown;
    try {
      parseDocumentXml("<w:document><w:body></w:document>");
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && caught.code).toBe("MalformedXml");
  });
});
