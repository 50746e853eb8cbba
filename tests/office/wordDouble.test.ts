import { DOMParser } from "@xmldom/xmldom";
import { readDocxPackage } from "../../src/docx/docxPackage";
import { indexBody } from "../../src/docx/bodyIndex";
import { getParagraphText } from "../../src/docx/paragraphText";
import { createWordDouble } from "../../src/office/double";
import type { WordDouble } from "../../src/office/double";
import { makeDocx, p, tbl, tc, tr } from "./helpers/makeDocx";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Body: a title, a 2×2 table (bold B, two-paragraph cell), a merged table (gridSpan + vMerge)
// holding a nested table, and a closing paragraph.
const BODY =
  p("Titre") +
  tbl(tr(tc(p("A")), tc(p("B", "<w:b/>"))), tr(tc(p("C") + p("C2")), tc(p("")))) +
  tbl(
    tr(tc(p("wide"), '<w:gridSpan w:val="2"/>'), tc(p("top"), '<w:vMerge w:val="restart"/>')),
    tr(tc(p("x")), tc(p("y") + tbl(tr(tc(p("inner"))))), tc(p(""), "<w:vMerge/>")),
  ) +
  p("Fin");

function texts(double: WordDouble): string[] {
  const pkg = readDocxPackage(double.toDocx(), "out.docx");
  return indexBody(pkg.document).paragraphs.map(getParagraphText);
}

async function expectOfficeError(promise: Promise<unknown>, code: string, location: string) {
  await expect(promise).rejects.toMatchObject({
    name: "RichApi.Error",
    code,
    debugInfo: { code, errorLocation: location },
  });
}

describe("Word API double — proxies and loads", () => {
  it("throws PropertyNotLoaded before load + sync, and delivers values only after sync", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      paragraphs.load("items/text,items/tableNestingLevel");
      // Loaded but not synced: still not available.
      expect(() => paragraphs.items).toThrow(
        expect.objectContaining({
          code: "PropertyNotLoaded",
          debugInfo: expect.objectContaining({ errorLocation: "ParagraphCollection.items" }),
        }),
      );
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual([
        "Titre",
        "A",
        "B",
        "C",
        "C2",
        "",
        "wide",
        "top",
        "x",
        "y",
        "inner",
        "",
        "Fin",
      ]);
      expect(paragraphs.items.map((x) => x.tableNestingLevel)).toEqual([
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 0,
      ]);
    });
  });

  it("delivers only the properties that were loaded", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("tableNestingLevel");
      await context.sync();
      const first = paragraphs.items[0]!;
      expect(first.tableNestingLevel).toBe(0);
      expect(() => first.text).toThrow(
        expect.objectContaining({
          name: "RichApi.Error",
          code: "PropertyNotLoaded",
          debugInfo: expect.objectContaining({ errorLocation: "Paragraph.text" }),
        }),
      );
    });
  });

  it("accepts load as a string, an array, {select} and load options", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const body = context.document.body;
      const a = body.paragraphs.load(["items/text"]);
      const b = body.tables.load({ select: "items/rowCount,nestingLevel" } as never);
      const c = body.paragraphs.getFirst().load({ text: true } as never);
      const d = body.tables.getFirst().load("rows/items/cellCount");
      await context.sync();
      expect(a.items[12]!.text).toBe("Fin");
      expect(b.items.map((t) => [t.rowCount, t.nestingLevel])).toEqual([
        [2, 1],
        [2, 1],
      ]);
      expect(c.text).toBe("Titre");
      expect(d.rows.items.map((r) => r.cellCount)).toEqual([2, 2]);
    });
  });

  it("reads tables: values per w:tc, merged cells, nesting, top-level body.tables", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items/values,items/rowCount,items/nestingLevel,items/isUniform");
      await context.sync();
      expect(tables.items).toHaveLength(2); // the nested table is not a body table (policy)
      expect(tables.items[0]!.values).toEqual([
        ["A", "B"],
        ["C\nC2", ""],
      ]);
      // gridSpan cell = one value; vMerge continuation = a cell with its own (empty) text.
      expect(tables.items[1]!.values).toEqual([
        ["wide", "top"],
        ["x", "y\ninner", ""],
      ]);
      expect(tables.items[1]!.isUniform).toBe(false);
      const nested = tables.items[1]!.tables;
      nested.load("items/nestingLevel,items/values");
      const rows = tables.items[1]!.rows;
      rows.load("items/cellCount,items/values");
      await context.sync();
      expect(nested.items.map((t) => [t.nestingLevel, t.values])).toEqual([[2, [["inner"]]]]);
      expect(rows.items.map((r) => r.cellCount)).toEqual([2, 3]);
      expect(rows.items[0]!.values).toEqual([["wide", "top"]]);
    });
  });

  it("lists nested tables in body.tables when the policy says so", async () => {
    const double = createWordDouble(makeDocx(BODY), { policy: { bodyTablesIncludeNested: true } });
    await double.Word.run(async (context) => {
      const tables = context.document.body.tables.load("items/nestingLevel");
      await context.sync();
      expect(tables.items.map((t) => t.nestingLevel)).toEqual([1, 1, 2]);
    });
  });
});

describe("Word API double — queued writes", () => {
  it("applies writes only at sync, in the order they were queued", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const cellParagraph = context.document.body.tables
        .getFirst()
        .getCell(0, 0)
        .body.paragraphs.getFirst();
      cellParagraph.insertText("X", "Replace");
      cellParagraph.insertText("Y", "End");
      cellParagraph.insertText("W", "Start");
      cellParagraph.load("text");
      expect(texts(double)[1]).toBe("A"); // nothing applied before sync
      await context.sync();
      expect(cellParagraph.text).toBe("WXY"); // the load saw the writes queued before it
    });
    expect(texts(double)[1]).toBe("WXY");
  });

  it("Replace keeps the paragraph's run formatting", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      context.document.body.tables
        .getFirst()
        .getCell(0, 1)
        .body.paragraphs.getFirst()
        .insertText("Gras", "Replace");
      await context.sync();
    });
    const pkg = readDocxPackage(double.toDocx(), "out.docx");
    const para = indexBody(pkg.document).paragraphs[2]!;
    expect(getParagraphText(para)).toBe("Gras");
    expect(para.getElementsByTagNameNS(W_NS, "b")).toHaveLength(1);
  });

  it("walks a cell's paragraphs with getNext", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const second = context.document.body.tables
        .getFirst()
        .getCell(1, 0)
        .body.paragraphs.getFirst()
        .getNext();
      second.insertText("deux", "Replace");
      await context.sync();
    });
    expect(texts(double).slice(3, 5)).toEqual(["C", "deux"]);
  });

  it("fails the whole batch on ItemNotFound: nothing of it applied, nothing delivered", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(0, 0).body.paragraphs.getFirst().insertText("perdu", "Replace");
      const paragraphs = context.document.body.paragraphs.load("items/text");
      table.getCell(5, 0).body.paragraphs.getFirst().insertText("nulle part", "Replace");
      await expectOfficeError(context.sync(), "ItemNotFound", "Table.getCell");
      expect(() => paragraphs.items).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      // The context stays usable after a failed batch.
      paragraphs.load("items/text");
      await context.sync();
      expect(paragraphs.items[1]!.text).toBe("A");
    });
    expect(texts(double)[1]).toBe("A");
  });

  it("rejects a bad insert location with InvalidArgument", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("x", "Before" as never);
      await expectOfficeError(context.sync(), "InvalidArgument", "Paragraph.insertText");
    });
  });

  it("reports getNext past the last paragraph as ItemNotFound", async () => {
    const double = createWordDouble(makeDocx(p("seul")));
    await expect(
      double.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getNext();
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "Paragraph.getNext" },
    });
  });

  it("gives null objects for getCellOrNullObject instead of failing", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const missing = table.getCellOrNullObject(7, 7);
      const present = table.getCellOrNullObject(1, 1).load("value,cellIndex,rowIndex");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect([present.value, present.rowIndex, present.cellIndex]).toEqual(["", 1, 1]);
    });
  });
});

describe("Word API double — getOoxml and round trips", () => {
  it("returns flat OPC whose /word/document.xml part holds the body, after sync only", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const whole = context.document.body.getOoxml();
      const table = context.document.body.tables.getFirst().getRange().getOoxml();
      expect(() => whole.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      for (const [xml, tables, paragraphs] of [
        [whole.value, 3, 13],
        [table.value, 1, 5],
      ] as const) {
        const doc = new DOMParser().parseFromString(xml, "text/xml");
        expect(doc.documentElement!.namespaceURI).toBe(PKG_NS);
        expect(doc.documentElement!.localName).toBe("package");
        const parts = Array.from(doc.getElementsByTagNameNS(PKG_NS, "part"));
        const names = parts.map((x) => x.getAttributeNS(PKG_NS, "name"));
        expect(names).toEqual(expect.arrayContaining(["/_rels/.rels", "/word/document.xml"]));
        const main = parts.find((x) => x.getAttributeNS(PKG_NS, "name") === "/word/document.xml")!;
        const xmlData = main.getElementsByTagNameNS(PKG_NS, "xmlData")[0]!;
        const wDocument = Array.from(xmlData.childNodes).find(
          (n) => n.nodeType === 1,
        ) as unknown as Element;
        expect([wDocument.namespaceURI, wDocument.localName]).toEqual([W_NS, "document"]);
        expect(wDocument.getElementsByTagNameNS(W_NS, "tbl")).toHaveLength(tables);
        expect(wDocument.getElementsByTagNameNS(W_NS, "p")).toHaveLength(paragraphs);
      }
    });
  });

  it("counts every sync, including run's implicit final sync when work is queued", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      await context.sync();
    });
    expect(double.syncCount).toBe(2);
    await double.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Titre 2", "Replace");
    });
    expect(double.syncCount).toBe(3);
    expect(texts(double)[0]).toBe("Titre 2");
    await double.Word.run(async () => undefined);
    expect(double.syncCount).toBe(3);
    double.resetSyncCount();
    expect(double.syncCount).toBe(0);
  });

  it("re-resolves items by position in later batches (Word's object paths)", async () => {
    const double = createWordDouble(makeDocx(BODY));
    await double.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[12]!.insertText("Fin.", "Replace");
      paragraphs.items[12]!.load("text");
      await context.sync();
      expect(paragraphs.items[12]!.text).toBe("Fin.");
    });
  });
});
