import { parseDocumentXml } from "../../src/docx/buildDocModel";
import { parseXml, serializeXml, xmlPlatformName } from "../../src/docx/xmlPlatform";

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t xml:space="preserve">Nom : </w:t></w:r></w:p></w:body></w:document>';

describe("xmlPlatform in Node", () => {
  it("uses the engine's own tree", () => {
    expect(xmlPlatformName()).toBe("tree");
  });

  it("round-trips a part byte for byte", () => {
    expect(serializeXml(parseXml(XML))).toBe(XML);
  });

  it("reports malformed XML as MalformedXml naming the part", () => {
    expect(() => parseDocumentXml("<w:document><w:body></w:document>", "word/x.xml")).toThrow(
      /word\/x\.xml: XML mal formé/,
    );
  });
});
