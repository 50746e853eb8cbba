import { parseXml } from "../../src/docx/xmlPlatform";
import { DEFAULT_POLICY } from "../../src/office/double/doublePolicy";
import { DoubleIndex } from "../../src/office/double/wordState";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
const XML =
  `<w:document ${W}><w:body>${p("a")}` +
  `<w:tbl><w:tr>${cell("b")}<w:tc><w:tbl><w:tr>${cell("c")}</w:tr></w:tbl>${p("d")}</w:tc></w:tr></w:tbl>` +
  `${p("e")}</w:body></w:document>`;

describe("DoubleIndex.positionOf", () => {
  const doc = parseXml(XML);
  const all = Array.from(doc.getElementsByTagNameNS("*", "p"));

  it("answers every paragraph's position, in order, out of order and asked twice", () => {
    const index = new DoubleIndex(doc, DEFAULT_POLICY);
    expect(index.paragraphs).toEqual(all);
    const asked = [0, 1, 2, 3, 4, 4, 2, 0, 3, 1, 1, 4];
    expect(asked.map((i) => index.positionOf(all[i]!))).toEqual(asked);
  });

  it("answers -1 for what is not a body paragraph, and still knows the next one after it", () => {
    const index = new DoubleIndex(doc, DEFAULT_POLICY);
    const foreign = parseXml(`<w:document ${W}><w:body>${p("x")}</w:body></w:document>`);
    expect(index.positionOf(foreign.getElementsByTagNameNS("*", "p").item(0)!)).toBe(-1);
    expect(index.positionOf(all[0]!)).toBe(0);
    expect(index.positionOf(all[1]!)).toBe(1);
  });

  it("answers Word's positions (wordPositionOf) the same way, in order and out of order", () => {
    const index = new DoubleIndex(doc, { ...DEFAULT_POLICY, endOfRowParagraphs: true });
    const word = index.wordParagraphs();
    expect(word.length).toBeGreaterThan(all.length); // the end-of-row marks are among them
    const asked = [...word.keys(), word.length - 1, 0, 2, 2, 1];
    expect(asked.map((i) => index.wordPositionOf(word[i]!))).toEqual(asked);
  });

  it("gives each paragraph its table nesting level through its position", () => {
    const index = new DoubleIndex(doc, DEFAULT_POLICY);
    expect(all.map((q) => index.tableNestingLevelOf(q))).toEqual([0, 1, 2, 1, 0]);
    expect([...all].reverse().map((q) => index.tableNestingLevelOf(q))).toEqual([0, 1, 2, 1, 0]);
  });
});
