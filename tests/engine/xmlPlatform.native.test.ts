/** @jest-environment jsdom */
import { parseDocumentXml } from "../../src/docx/buildDocModel";
import { parseXml, serializeXml, xmlPlatformName } from "../../src/docx/xmlPlatform";

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t xml:space="preserve">Nom : </w:t></w:r></w:p></w:body></w:document>';

describe("xmlPlatform in a browser-like environment", () => {
  it("uses the engine's own tree, not the browser's DOM (one XML path everywhere)", () => {
    expect(typeof DOMParser).toBe("function");
    expect(xmlPlatformName()).toBe("tree");
  });

  it("keeps the XML declaration, byte for byte", () => {
    const doc = parseXml(XML);
    expect(
      doc.getElementsByTagNameNS(
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "t",
      )[0].textContent,
    ).toBe("Nom : ");
    expect(serializeXml(doc)).toBe(XML);
  });

  it("turns malformed XML into a MalformedXml error naming the part", () => {
    expect(() => parseDocumentXml("<w:document><w:body></w:document>")).toThrow(
      /word\/document\.xml: XML mal formé/,
    );
  });
});
