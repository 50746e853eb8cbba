import { indexBody } from "../../src/docx/bodyIndex";
import { readDocxPackage } from "../../src/docx/docxPackage";
import { getParagraphText } from "../../src/docx/paragraphText";
import type { TextTarget } from "../../src/domain/detection/livretMap";
import { createWordDouble } from "../../src/office/double";
import { mainDocumentFromFlatOpc } from "../../src/office/flatOpc";
import { WordTargets } from "../../src/office/wordTargets";
import { isLivretError } from "../../src/shared/livretError";
import { makeDocx, p, tbl, tc, tr } from "./helpers/makeDocx";

// Tables in engine order: 0 = simple, 1 = merged, 2 = nested in table 1 (row 1, cell 1).
const BODY =
  p("Titre") +
  tbl(tr(tc(p("A")), tc(p("B"))), tr(tc(p("C") + p("C2")), tc(p("")))) +
  tbl(
    tr(tc(p("wide"), '<w:gridSpan w:val="2"/>'), tc(p("top"), '<w:vMerge w:val="restart"/>')),
    tr(tc(p("x")), tc(p("y") + tbl(tr(tc(p("inner")), tc(p("inner2"))))), tc(p(""), "<w:vMerge/>")),
  ) +
  p("Fin");

const TARGETS: readonly [TextTarget, string][] = [
  [{ kind: "cell", table: 2, row: 0, cell: 1, paragraph: 0 }, "inner2"],
  [{ kind: "cell", table: 0, row: 1, cell: 0, paragraph: 1 }, "C2"],
  [{ kind: "cell", table: 1, row: 1, cell: 2, paragraph: 0 }, ""],
  [{ kind: "body", paragraph: 13 }, "Fin"],
];

async function writeAll(bodyTablesIncludeNested: boolean): Promise<string[]> {
  const docx = makeDocx(BODY);
  const double = createWordDouble(docx, { policy: { bodyTablesIncludeNested } });
  const index = indexBody(readDocxPackage(docx, "t.docx").document);
  await double.Word.run(async (context) => {
    const body = context.document.body;
    const tables = body.tables.load("items/nestingLevel,items/rowCount");
    const paragraphs = body.paragraphs.load("items/tableNestingLevel");
    await context.sync();
    const view = {
      tables: tables.items.map((t) => ({ nestingLevel: t.nestingLevel, rowCount: t.rowCount })),
      paragraphs: paragraphs.items.map((x) => ({ tableNestingLevel: x.tableNestingLevel })),
    };
    const targets = new WordTargets(index, view, tables.items, paragraphs.items);
    TARGETS.forEach(([target], i) => targets.paragraph(target).insertText(`w${i}`, "Replace"));
    await context.sync();
  });
  expect(double.syncCount).toBe(2);
  const after = indexBody(readDocxPackage(double.toDocx(), "t.docx").document);
  return after.paragraphs.map(getParagraphText);
}

describe("WordTargets: engine addresses → Word proxies in one batch", () => {
  it.each([false, true])(
    "reaches nested tables, later cell paragraphs and body paragraphs (body.tables lists nested: %s)",
    async (nested) => {
      const texts = await writeAll(nested);
      expect(texts).toEqual([
        "Titre",
        "A",
        "B",
        "C",
        "w1",
        "",
        "wide",
        "top",
        "x",
        "y",
        "inner",
        "w0",
        "w2",
        "w3",
      ]);
    },
  );

  it("refuses to guess when Word's tables do not line up with the engine's", () => {
    const index = indexBody(readDocxPackage(makeDocx(BODY), "t.docx").document);
    const wrong = {
      tables: [
        { nestingLevel: 1, rowCount: 3 },
        { nestingLevel: 1, rowCount: 2 },
      ],
      paragraphs: null,
    };
    let error: unknown = null;
    try {
      new WordTargets(index, wrong, [], null);
    } catch (e) {
      error = e;
    }
    expect(isLivretError(error) && error.code).toBe("UncertainTarget");
  });
});

describe("mainDocumentFromFlatOpc", () => {
  it("reads the /word/document.xml part and refuses a package without it", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const pkg = (name: string) =>
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="x"><pkg:xmlData><r/></pkg:xmlData></pkg:part>` +
      `<pkg:part pkg:name="${name}" pkg:contentType="y"><pkg:xmlData>` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>ok</w:t></w:r></w:p></w:body></w:document>` +
      `</pkg:xmlData></pkg:part></pkg:package>`;
    const doc = mainDocumentFromFlatOpc(pkg("/word/document.xml"));
    expect(indexBody(doc).paragraphs.map(getParagraphText)).toEqual(["ok"]);
    expect(() => mainDocumentFromFlatOpc(pkg("/word/other.xml"))).toThrow(
      expect.objectContaining({ code: "OfficeError" }),
    );
    expect(() => mainDocumentFromFlatOpc("<pas du xml")).toThrow(
      expect.objectContaining({ code: "OfficeError" }),
    );
  });
});
