import { decodePart, encodePart, encodePartPieces } from "../../src/docx/xml/decodePart";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const utf16le = (text: string): Uint8Array => encodePart(text, new Uint8Array([0xff, 0xfe]));

describe("encodePartPieces", () => {
  const pieces = ['<?xml version="1.0"?><w:p>', "élève ’ 😀 «x»", "</w:p>"];

  it.each([
    ["UTF-8", utf8("<a/>")],
    ["UTF-8 with a byte order mark", withBom("<a/>")],
    ["UTF-16 little-endian", utf16le("<a/>")],
  ])("gives the bytes of the joined text, encoded like the original (%s)", (_, original) => {
    const bytes = encodePartPieces(pieces, original);
    expect([...bytes]).toEqual([...encodePart(pieces.join(""), original)]);
    expect(decodePart(bytes)).toBe(pieces.join(""));
  });

  it("grows its buffer when the pieces need more than a byte a unit, without splitting a character", () => {
    // ~45,000 UTF-16 units of 3- and 4-byte characters (~105 KB): the buffer, sized for one byte
    // a unit, grows where a piece no longer fits.
    const many = Array.from({ length: 100 }, (_, i) => "€😀".repeat(100 + i));
    const bytes = encodePartPieces(many, utf8("x"));
    expect(bytes.length).toBe(utf8(many.join("")).length);
    expect(decodePart(bytes)).toBe(many.join(""));
  });

  it("needs only the original's first bytes (what tells the encoding)", () => {
    const original = withBom("<a/>");
    expect([...encodePartPieces(pieces, original.slice(0, 4))]).toEqual([
      ...encodePartPieces(pieces, original),
    ]);
  });

  it("writes an empty part as nothing (or its byte order mark alone)", () => {
    expect(encodePartPieces([], utf8("<a/>"))).toHaveLength(0);
    expect([...encodePartPieces([""], withBom("<a/>"))]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
