import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { isCheckboxWrite } from "../../src/domain/detection/livretMap";
import type { DocumentWrite } from "../../src/domain/detection/livretMap";
import { planFill } from "../../src/domain/filling/planWrites";
import { applyWrites } from "../../src/docx/applyWrites";
import { writeDocxPackage, writeSplicedPackage } from "../../src/docx/docxPackage";
import { spliceWrites } from "../../src/docx/spliceWrites";
import { documentSource, documentVersion, serializeXml } from "../../src/docx/xmlPlatform";
import { fillLivrets } from "../../src/services/fillLivrets";
import { openDocument } from "../../src/services/livretEngine";
import type { LoadedDocument } from "../../src/services/openDocument";
import { fullData } from "./fullData";

const ROOT = join(__dirname, "../..");
const FILES = [
  "assets/livret-mcv-option-b.docx",
  "tests/fixtures/livret-libreoffice.docx",
  "tests/fixtures/class-3.docx",
  "tests/fixtures/variants/checkbox-content-controls.docx",
  "tests/fixtures/variants/form-checkboxes.docx",
  "tests/fixtures/variants/unicode-boxes.docx",
  "tests/fixtures/variants/alternate-content.docx",
  "tests/fixtures/variants/hazards.docx",
];

function open(file: string): LoadedDocument {
  return openDocument(new Uint8Array(readFileSync(join(ROOT, file))), file);
}

/** Every write the planner can make for every livret of the document (refusals left out). */
function allWrites(doc: LoadedDocument): DocumentWrite[] {
  return doc.map.livrets.flatMap(
    (livret, index) => planFill(doc.model, livret, fullData(index)).writes,
  );
}

/** The fill written the other way: the tree changed, serialised whole, then put back. */
function viaTree(doc: LoadedDocument, writes: readonly DocumentWrite[]): Uint8Array {
  const restore = applyWrites(doc.pkg.document, writes);
  try {
    return writeDocxPackage({ ...doc.pkg, documentChanged: true });
  } finally {
    restore();
  }
}

const mainPart = (bytes: Uint8Array, name: string): Uint8Array => unzipSync(bytes)[name]!;

describe("spliceWrites: a fill spliced into the source text", () => {
  it.each(FILES)("%s: the same bytes as the tree's whole serialisation", (file) => {
    const doc = open(file);
    const writes = allWrites(doc);
    expect(writes.length).toBeGreaterThan(20);
    const splices = spliceWrites(doc.pkg.document, writes);
    expect(splices).not.toBeNull();
    const spliced = writeSplicedPackage(doc.pkg, splices!);
    // A second document, never spliced: the tree path on its own.
    const expected = viaTree(open(file), writes);
    expect(Buffer.from(mainPart(spliced, doc.pkg.mainPart))).toEqual(
      Buffer.from(mainPart(expected, doc.pkg.mainPart)),
    );
    expect(Buffer.from(spliced)).toEqual(Buffer.from(expected));
  });

  it("writes checkboxes through splices as well", () => {
    for (const file of FILES.filter((f) => f.includes("checkboxes"))) {
      const doc = open(file);
      const writes = allWrites(doc);
      expect(writes.filter(isCheckboxWrite).length).toBeGreaterThan(20);
      expect(spliceWrites(doc.pkg.document, writes)).not.toBeNull();
    }
  });

  it("leaves the tree as parsed: same version, same text, the next fill alike", () => {
    const doc = open("tests/fixtures/class-3.docx");
    const version = documentVersion(doc.pkg.document);
    const fills = doc.map.livrets.map((_, index) => ({ index, data: fullData(index) }));
    const first = fillLivrets(doc, fills);
    expect(documentVersion(doc.pkg.document)).toBe(version);
    expect(serializeXml(doc.pkg.document)).toBe(documentSource(doc.pkg.document));
    expect(Buffer.from(fillLivrets(doc, fills).bytes)).toEqual(Buffer.from(first.bytes));
  });

  it("splices each target paragraph once, in source order, outside one another", () => {
    const doc = open("tests/fixtures/class-3.docx");
    const splices = spliceWrites(doc.pkg.document, allWrites(doc))!;
    for (let i = 1; i < splices.length; i++) {
      expect(splices[i]!.start).toBeGreaterThanOrEqual(splices[i - 1]!.end);
    }
    const source = documentSource(doc.pkg.document);
    for (const s of splices) expect(source.slice(s.start, s.start + 5)).toMatch(/^<w:p[ >]/);
  });

  it("refuses to splice a document that is no longer its source text", () => {
    const doc = open("assets/livret-mcv-option-b.docx");
    const writes = allWrites(doc);
    const restore = applyWrites(doc.pkg.document, writes.slice(0, 1));
    restore();
    expect(spliceWrites(doc.pkg.document, writes)).toBeNull();
    // fillLivrets then takes the tree's path: still the same fill.
    const fills = doc.map.livrets.map((_, index) => ({ index, data: fullData(index) }));
    const fresh = open("assets/livret-mcv-option-b.docx");
    expect(Buffer.from(fillLivrets(doc, fills).bytes)).toEqual(
      Buffer.from(fillLivrets(fresh, fills).bytes),
    );
  });
});
