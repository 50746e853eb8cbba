import { readFileSync } from "fs";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { buildDocModel } from "../../src/docx/buildDocModel";
import { decodePart } from "../../src/docx/xml/decodePart";
import { parseXml } from "../../src/docx/xmlPlatform";

/**
 * A differential test: the engine's model of each fixture is the same whether document.xml is
 * read by the engine's own tree or by @xmldom/xmldom (the DOM the engine used before), which
 * stays a dev dependency for this comparison.
 */
const ROOT = join(__dirname, "../..");
const FILES = [
  "assets/livret-mcv-option-b.docx",
  "tests/fixtures/livret-libreoffice.docx",
  "tests/fixtures/livret-literal-bullets.docx",
  "tests/fixtures/class-3.docx",
  "tests/calibration/fixtures/calibration-tables.docx",
];

describe("the XML tree reads like a DOM", () => {
  it.each(FILES)("%s: same model as with xmldom", (file) => {
    const xml = decodePart(
      unzipSync(new Uint8Array(readFileSync(join(ROOT, file))))["word/document.xml"]!,
    );
    const viaXmldom = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
    expect(buildDocModel(parseXml(xml))).toEqual(buildDocModel(viaXmldom));
  });
});
