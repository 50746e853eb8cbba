import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { TextWrite } from "../../src/domain/detection/livretMap";
import { applyWrites, resolveTarget } from "../../src/docx/applyWrites";
import { indexBody } from "../../src/docx/bodyIndex";
import { readDocxPackage, writeDocxPackage } from "../../src/docx/docxPackage";
import type { XElement } from "../../src/docx/xml/xmlNodes";
import { parseXml } from "../../src/docx/xmlPlatform";
import { fillDocument, openDocument, readDocument } from "../../src/services/livretEngine";
import { fullData } from "./fullData";
import { docXml } from "./xmlHelpers";

const ROOT = join(__dirname, "../..");
const FILES = [
  "assets/livret-mcv-option-b.docx",
  "tests/fixtures/livret-libreoffice.docx",
  "tests/fixtures/class-3.docx",
];

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** [start, end) of each written paragraph in a document.xml text, in document order. */
function targetRanges(xml: string, writes: readonly TextWrite[]): [number, number][] {
  const index = indexBody(parseXml(xml));
  const ranges = new Map<number, number>();
  for (const w of writes) {
    const p = resolveTarget(index, w.target) as unknown as XElement;
    ranges.set(p.start, p.end);
  }
  return [...ranges].sort((a, b) => a[0] - b[0]);
}

/** The text outside the given ranges, piece by piece. */
function outside(xml: string, ranges: readonly [number, number][]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.push(xml.slice(at, start));
    at = end;
  }
  pieces.push(xml.slice(at));
  return pieces;
}

describe("fills are splices into the original bytes", () => {
  it.each(FILES)("%s: every byte outside the target paragraphs stays the same", (file) => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
    const doc = openDocument(bytes, file);
    const fills = doc.map.livrets.map((_, index) => ({ index, data: fullData(index) }));
    const { bytes: out, writes } = fillDocument(doc, fills[0]!.data, 0);
    expect(writes.length).toBeGreaterThan(300);

    const before = unzipSync(bytes);
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name !== doc.pkg.mainPart) expect(after[name]).toEqual(before[name]);
    }
    const a = text(before[doc.pkg.mainPart]!);
    const b = text(after[doc.pkg.mainPart]!);
    const ra = targetRanges(a, writes);
    const rb = targetRanges(b, writes);
    expect(rb).toHaveLength(ra.length);
    expect(outside(b, rb)).toEqual(outside(a, ra));
    // And the spliced paragraphs hold the data.
    expect(readDocument(openDocument(out, file)).livrets[0]!.data.student).toEqual(
      fullData(0).student,
    );
  });

  it("keeps the oddities of the rest of the part byte for byte (quoting, &#11;, spacing, CRLF)", () => {
    const body =
      `<w:p><w:r><w:t xml:space='preserve'>Nom : </w:t></w:r></w:p>\r\n` +
      `<!-- kept --><w:p w:rsidR = "00A1" ><w:r ><w:t>keep&#11;me &#x41;</w:t></w:r></w:p >`;
    const xml = docXml(body).replace("<w:body>", "<w:body >");
    const pkg = readDocxPackage(
      zipSync({
        "[Content_Types].xml": strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ),
        "_rels/.rels": strToU8(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        "word/document.xml": strToU8(xml),
      }),
      "odd.docx",
    );
    const write: TextWrite = {
      target: { kind: "body", paragraph: 0 },
      expected: "Nom : ",
      text: "Nom : MARTIN & fils",
    };
    const restore = applyWrites(pkg.document, [write]);
    const out = text(
      unzipSync(writeDocxPackage({ ...pkg, documentChanged: true }))["word/document.xml"]!,
    );
    expect(out).toBe(
      xml.replace(
        "<w:p><w:r><w:t xml:space='preserve'>Nom : </w:t></w:r></w:p>",
        "<w:p><w:r><w:t>Nom : MARTIN &amp; fils</w:t></w:r></w:p>",
      ),
    );
    restore();
    // Put back, the loaded document writes its original text again.
    expect(
      text(unzipSync(writeDocxPackage({ ...pkg, documentChanged: true }))["word/document.xml"]!),
    ).toBe(xml);
  });

  it("a loaded document can be filled again and again with the same result", () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, FILES[2]!)));
    const doc = openDocument(bytes, "class-3.docx");
    const first = fillDocument(doc, fullData(1), 1).bytes;
    fillDocument(doc, fullData(2), 2);
    // The zip's timestamps may differ; the entries may not.
    expect(unzipSync(fillDocument(doc, fullData(1), 1).bytes)).toEqual(unzipSync(first));
  });

  it("a UTF-16 document.xml is read, filled and written back in UTF-16", () => {
    const template = new Uint8Array(readFileSync(join(ROOT, FILES[0]!)));
    const parts = unzipSync(template);
    const xml = text(parts["word/document.xml"]!).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    const docx = zipSync({ ...parts, "word/document.xml": utf16 });
    const doc = openDocument(docx, "utf16.docx");
    const out = fillDocument(doc, fullData(0), 0).bytes;
    const part = unzipSync(out)["word/document.xml"]!;
    expect([part[0], part[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder("utf-16le").decode(part.subarray(2))).toContain('encoding="UTF-16"');
    expect(readDocument(openDocument(out, "out.docx")).livrets[0]!.data).toEqual(
      readDocument(
        openDocument(fillDocument(openDocument(template, "t"), fullData(0), 0).bytes, "t"),
      ).livrets[0]!.data,
    );
  });
});
