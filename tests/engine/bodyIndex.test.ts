import { indexBody } from "../../src/docx/bodyIndex";
import { W_NS } from "../../src/docx/wml";
import { parseXml } from "../../src/docx/xmlPlatform";

const xml =
  `<w:document xmlns:w="${W_NS}"><w:body><w:p/>` +
  `<w:tbl><w:tr><w:tc><w:p/><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`;

describe("indexBody", () => {
  it("is built once per state of the tree, and again after any change", () => {
    const doc = parseXml(xml);
    const first = indexBody(doc);
    expect(indexBody(doc)).toBe(first);
    expect(first.paragraphs).toHaveLength(3);
    expect(first.tables[0]!.rows[0]!.cells[0]!.paragraphIndices).toEqual([1, 2]);
    // A paragraph added to the cell: the old index would miss it.
    const cell = first.tables[0]!.rows[0]!.cells[0]!.element;
    cell.appendChild(doc.createElementNS(W_NS, "w:p"));
    const second = indexBody(doc);
    expect(second).not.toBe(first);
    expect(second.tables[0]!.rows[0]!.cells[0]!.paragraphIndices).toEqual([1, 2, 3]);
    // A text change inside a paragraph counts as a change too (nothing is assumed about it).
    first.paragraphs[0]!.appendChild(doc.createTextNode("x"));
    expect(indexBody(doc)).not.toBe(second);
  });
});
