import { parseDocumentXml } from "../../src/docx/buildDocModel";
import { serializeXml } from "../../src/docx/xmlPlatform";

export const W_DECL =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A document.xml string whose body holds `bodyXml`. */
export function docXml(bodyXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_DECL}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
}

export function parseBody(bodyXml: string): Document {
  return parseDocumentXml(docXml(bodyXml));
}

/** The first w:p of a body made of `pXml`. */
export function paragraph(pXml: string): Element {
  const doc = parseBody(pXml);
  const p = doc.getElementsByTagName("w:p")[0];
  if (p === undefined) throw new Error("no paragraph");
  return p as unknown as Element;
}

export function serialize(node: Node): string {
  return serializeXml(node);
}

/** A paragraph with plain runs. */
export function p(text: string, pPr = ""): string {
  const runs = text === "" ? "" : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  return `<w:p>${pPr}${runs}</w:p>`;
}

export function tc(content: string, tcPr = ""): string {
  return `<w:tc>${tcPr === "" ? "" : `<w:tcPr>${tcPr}</w:tcPr>`}${content}</w:tc>`;
}

export function tr(cells: readonly string[], trPr = ""): string {
  return `<w:tr>${trPr === "" ? "" : `<w:trPr>${trPr}</w:trPr>`}${cells.join("")}</w:tr>`;
}

export function tbl(rows: readonly string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;
}
