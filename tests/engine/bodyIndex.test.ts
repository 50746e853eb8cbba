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

  it("keeps each cell's own paragraphs when a nested table sits between them", () => {
    const doc = parseXml(
      `<w:document xmlns:w="${W_NS}"><w:body><w:tbl><w:tr>` +
        `<w:tc><w:p/><w:tbl><w:tr><w:tc><w:p/><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc>` +
        `<w:tc><w:p/></w:tc>` +
        `</w:tr></w:tbl></w:body></w:document>`,
    );
    const index = indexBody(doc);
    const [outer, inner] = index.tables;
    const [first, second] = outer!.rows[0]!.cells;
    expect(inner!.nesting).toBe(1);
    expect(first!.paragraphIndices).toEqual([0, 4]);
    expect(first!.paragraphs).toEqual([index.paragraphs[0], index.paragraphs[4]]);
    expect(inner!.rows[0]!.cells.map((c) => c.paragraphIndices)).toEqual([[1, 2], [3]]);
    expect(second!.paragraphIndices).toEqual([5]);
    expect(index.paragraphTable).toEqual([0, 1, 1, 1, 0, 0]);
  });
});
