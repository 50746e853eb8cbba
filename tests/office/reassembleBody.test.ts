/**
 * A sliced read rebuilt from its packages' texts, parsed once (issue 8): tables read in the scope
 * Word wrote them in, body paragraphs put between them, unreadable tables kept as empty ones, and
 * a body that serialises to XML the engine reads back the same.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { findBody, indexBody } from "../../src/docx/bodyIndex";
import { buildDocModel, parseDocumentXml } from "../../src/docx/buildDocModel";
import { readDocxPackage } from "../../src/docx/docxPackage";
import { getParagraphText } from "../../src/docx/paragraphText";
import { W_NS } from "../../src/docx/wml";
import { serializeXml } from "../../src/docx/xmlPlatform";
import { reassembleBody } from "../../src/office/bodySlices";
import type { WordParagraphInfo } from "../../src/office/bodySlices";
import { createWordDouble } from "../../src/office/double";
import { isLivretError } from "../../src/shared/livretError";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const TEMPLATE = readFileSync(
  path.join(__dirname, "..", "..", "assets", "livret-mcv-option-b.docx"),
);

/** A flat OPC package as Word writes it, whose main part's body is `body` (W bound to `w`). */
function pkg(body: string, options: { prefix?: string; before?: string; on?: "root" } = {}) {
  const w = options.prefix ?? "w";
  const declared = `xmlns:${w}="${W_NS}"`;
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="${PKG_NS}"${options.on === "root" ? ` ${declared}` : ""}>` +
    (options.before ?? "") +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData>` +
    `<${w}:document${options.on === "root" ? "" : ` ${declared}`}><${w}:body>${body}` +
    `<${w}:sectPr/></${w}:body></${w}:document></pkg:xmlData></pkg:part></pkg:package>`
  );
}

function table(w: string, ...cells: string[]): string {
  const tc = (text: string) =>
    `<${w}:tc><${w}:p><${w}:r><${w}:t>${text}</${w}:t></${w}:r></${w}:p></${w}:tc>`;
  return `<${w}:tbl><${w}:tr>${cells.map(tc).join("")}</${w}:tr></${w}:tbl>`;
}

function texts(doc: Document): string[] {
  return indexBody(doc).paragraphs.map(getParagraphText);
}

const level = (n: number) => ({ text: "", tableNestingLevel: n });
const body = (text: string): WordParagraphInfo => ({ text, tableNestingLevel: 0 });

describe("reassembleBody", () => {
  it("reads each table in its own package's namespace scope, whatever the prefixes", () => {
    const doc = reassembleBody(
      [body("Nom : MARTIN"), level(1), level(1), body("Entre\tdeux\vlignes"), level(1)],
      [
        pkg(table("w", "a", "b")),
        // W bound to another prefix, declared on the package and not on w:document
        pkg(table("x", "c"), {
          prefix: "x",
          on: "root",
          before: `<pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><x:styles/></pkg:xmlData></pkg:part><!-- a comment -->`,
        }),
      ],
    );
    const index = indexBody(doc);
    expect(index.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph", "table"]);
    expect(index.tables.map((t) => t.element.namespaceURI)).toEqual([W_NS, W_NS]);
    expect(texts(doc)).toEqual(["Nom : MARTIN", "a", "b", "Entre\tdeux\nlignes", "c"]);
    // Nothing of the packages is left: only the body's paragraphs and tables.
    const children = [...findBody(doc)!.childNodes].map((n) => n.nodeName);
    expect(children).toEqual(["w:p", "w:tbl", "w:p", "x:tbl"]);
  });

  it("gives one run of table paragraphs two adjacent tables; an unreadable one opens the next run", () => {
    const doc = reassembleBody(
      [level(1), level(1), level(1), body("après"), level(1)],
      [pkg(table("w", "1", "2")), pkg(table("w", "3")), null, pkg(table("w", "4"))],
    );
    const index = indexBody(doc);
    // Its paragraph count is unknown (0): it cannot end a run, so it goes where the next begins.
    expect(index.blocks.map((b) => (b.kind === "table" ? `t${b.table}` : "p"))).toEqual([
      "t0",
      "t1",
      "p",
      "t2",
      "t3",
    ]);
    expect(index.tables[2]!.rows).toHaveLength(0);
    expect(texts(doc)).toEqual(["1", "2", "3", "après", "4"]);
  });

  it("serialises to a document the engine reads back the same (moved tables keep their namespaces)", () => {
    const doc = reassembleBody(
      [level(1), body("fin")],
      [pkg(table("x", "moved"), { prefix: "x", on: "root" })],
    );
    const again = parseDocumentXml(serializeXml(doc));
    expect(buildDocModel(again)).toEqual(buildDocModel(doc));
  });

  it("rebuilds the template from the double's own table packages as the engine reads the file", async () => {
    const double = createWordDouble(TEMPLATE, { policy: { responseCeilingBytes: null } });
    const read = await double.Word.run(async (context) => {
      const tables = context.document.body.tables.load("items");
      const paragraphs = context.document.body.paragraphs.load(
        "items/text,items/tableNestingLevel",
      );
      await context.sync();
      const ooxml = tables.items.map((t) => t.getRange("Whole").getOoxml());
      await context.sync();
      return {
        paragraphs: paragraphs.items.map((p) => ({
          text: p.text,
          tableNestingLevel: p.tableNestingLevel,
        })),
        tables: ooxml.map((x) => x.value),
      };
    });
    const doc = reassembleBody(read.paragraphs, read.tables);
    expect(read.tables.length).toBeGreaterThan(5);
    const expected = buildDocModel(readDocxPackage(TEMPLATE, "livret.docx").document);
    const model = buildDocModel(doc);
    expect(model.tables).toEqual(expected.tables);
    expect(model.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p) => p.text));
  });

  it("refuses malformed OOXML and a package without a table with an OfficeError", () => {
    for (const tables of [
      [pkg(table("w", "a")).replace("</w:tc>", "")],
      [pkg("<w:p/>")],
      ["<w:document/>"],
    ]) {
      let error: unknown = null;
      try {
        reassembleBody([level(1)], tables);
      } catch (e) {
        error = e;
      }
      expect(isLivretError(error)).toBe(true);
      expect((error as { code: string }).code).toBe("OfficeError");
    }
  });
});
