import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readDocxPackage, writeDocxPackage } from "../../src/docx/docxPackage";
import { isLivretError } from "../../src/shared/livretError";
import type { LivretErrorCode } from "../../src/shared/livretError";
import { docXml } from "./xmlHelpers";

const template = new Uint8Array(
  readFileSync(join(__dirname, "../../assets/livret-mcv-option-b.docx")),
);

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>';

function failure(bytes: Uint8Array): { code: LivretErrorCode; message: string } {
  try {
    readDocxPackage(bytes, "eleve.docx");
  } catch (error) {
    if (isLivretError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("no error");
}

describe("readDocxPackage", () => {
  it("refuses what is not a zip", () => {
    expect(failure(strToU8("Bonjour, je ne suis pas un zip"))).toEqual({
      code: "NotAZip",
      message: expect.stringContaining("eleve.docx"),
    });
    expect(failure(new Uint8Array(0)).code).toBe("NotAZip");
  });

  it("reports a truncated file", () => {
    const cut = failure(template.subarray(0, Math.floor(template.length / 2)));
    expect(cut.code).toBe("TruncatedFile");
    expect(cut.message).toContain("eleve.docx");
  });

  it("reports corrupted entry data (CRC or inflate failure) as TruncatedFile", () => {
    const stored = zipSync({ "[Content_Types].xml": [strToU8(CONTENT_TYPES), { level: 0 }] });
    const copy = stored.slice();
    const at = copy.indexOf("T".charCodeAt(0), 40); // a byte of the stored content
    copy[at] = "Q".charCodeAt(0);
    expect(failure(copy).code).toBe("TruncatedFile");
  });

  it("refuses a zip that is not a Word document", () => {
    expect(failure(zipSync({ "a.txt": strToU8("x") })).code).toBe("NotAWordDocument");
    const noMain = zipSync({
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
    });
    const f = failure(noMain);
    expect(f.code).toBe("NotAWordDocument");
    expect(f.message).toContain("eleve.docx");
  });

  it("finds the main part through _rels/.rels, and reports malformed XML there", () => {
    const ok = zipSync({
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
      "word/main.xml": strToU8(docXml("<w:p/>")),
    });
    expect(readDocxPackage(ok, "x.docx").mainPart).toBe("word/main.xml");
    const bad = zipSync({
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
      "word/main.xml": strToU8("<w:document><w:body></w:document>"),
    });
    const f = failure(bad);
    expect(f.code).toBe("MalformedXml");
    expect(f.message).toContain("eleve.docx");
  });
});

describe("writeDocxPackage", () => {
  it("rezips every entry byte-identical, same names and order, when nothing changed", () => {
    const pkg = readDocxPackage(template, "t.docx");
    const out = writeDocxPackage(pkg);
    const a = unzipSync(template);
    const b = unzipSync(out);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a))
      expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!))).toBe(true);
  });

  it("gives every entry's bytes as read, the main part's too (inflated again once parsed)", () => {
    const pkg = readDocxPackage(template, "t.docx");
    const a = unzipSync(template);
    expect(pkg.mainPartHead).toEqual(a["word/document.xml"]!.slice(0, 4));
    for (const entry of pkg.entries)
      expect(Buffer.from(entry.data).equals(Buffer.from(a[entry.name]!))).toBe(true);
  });

  it("re-serialises the main part with its XML declaration when changed", () => {
    const pkg = readDocxPackage(template, "t.docx");
    pkg.documentChanged = true;
    const xml = new TextDecoder().decode(unzipSync(writeDocxPackage(pkg))["word/document.xml"]!);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(readDocxPackage(writeDocxPackage(pkg), "again.docx").entries.map((e) => e.name)).toEqual(
      pkg.entries.map((e) => e.name),
    );
  });
});
