/**
 * WordprocessingML names (ECMA-376 Part 1, §17). Elements are matched by namespace URI and local
 * name, never by prefix: a document may bind "w" to the main namespace under another prefix.
 */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_DOCUMENT_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
/** Strict OOXML (ISO/IEC 29500 Strict) uses another relationship type for the main part. */
export const OFFICE_DOCUMENT_REL_STRICT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

/** Local names of the w: elements the engine looks at. */
export const W = {
  body: "body",
  p: "p",
  pPr: "pPr",
  r: "r",
  rPr: "rPr",
  t: "t",
  delText: "delText",
  instrText: "instrText",
  delInstrText: "delInstrText",
  tab: "tab",
  ptab: "ptab",
  br: "br",
  cr: "cr",
  noBreakHyphen: "noBreakHyphen",
  softHyphen: "softHyphen",
  sym: "sym",
  fldChar: "fldChar",
  fldSimple: "fldSimple",
  hyperlink: "hyperlink",
  ins: "ins",
  del: "del",
  moveFrom: "moveFrom",
  moveTo: "moveTo",
  smartTag: "smartTag",
  customXml: "customXml",
  sdt: "sdt",
  sdtPr: "sdtPr",
  sdtEndPr: "sdtEndPr",
  sdtContent: "sdtContent",
  bookmarkStart: "bookmarkStart",
  bookmarkEnd: "bookmarkEnd",
  commentRangeStart: "commentRangeStart",
  commentRangeEnd: "commentRangeEnd",
  commentReference: "commentReference",
  permStart: "permStart",
  permEnd: "permEnd",
  proofErr: "proofErr",
  lastRenderedPageBreak: "lastRenderedPageBreak",
  txbxContent: "txbxContent",
  tbl: "tbl",
  tblPr: "tblPr",
  tblGrid: "tblGrid",
  tr: "tr",
  trPr: "trPr",
  tblHeader: "tblHeader",
  gridBefore: "gridBefore",
  tc: "tc",
  tcPr: "tcPr",
  gridSpan: "gridSpan",
  vMerge: "vMerge",
  numPr: "numPr",
  numId: "numId",
  sectPr: "sectPr",
  rPrChange: "rPrChange",
} as const;

export function isW(node: Node | null | undefined, localName: string): boolean {
  return (
    node !== null &&
    node !== undefined &&
    node.nodeType === 1 &&
    (node as Element).namespaceURI === W_NS &&
    (node as Element).localName === localName
  );
}

export function elementChildren(parent: Node): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) out.push(n as Element);
  }
  return out;
}

export function firstW(parent: Node, localName: string): Element | null {
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (isW(n, localName)) return n as Element;
  }
  return null;
}

/** The w:val attribute (namespace-qualified, as ECMA-376 writes it; unprefixed tolerated). */
export function wVal(el: Element): string | null {
  return el.getAttributeNS(W_NS, "val") ?? el.getAttribute("val");
}

/** ST_OnOff (§17.17.4): absent val means true; "0", "false", "off" mean false. */
export function onOff(el: Element | null): boolean {
  if (el === null) return false;
  const v = wVal(el);
  return v === null || !["0", "false", "off"].includes(v);
}
