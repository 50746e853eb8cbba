import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

/**
 * A test-side reading of a .docx, independent of the engine under src/docx: the body's tables
 * and paragraphs in order, with the geometry the template is meant to carry.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface OutlinePara {
  readonly text: string;
  readonly numId: string | null;
}

export interface OutlineCell {
  readonly paras: readonly OutlinePara[];
  readonly text: string;
  readonly gridSpan: number;
  readonly vMerge: "restart" | "continue" | null;
}

export interface OutlineRow {
  readonly cells: readonly OutlineCell[];
  readonly header: boolean;
}

export interface OutlineTable {
  readonly kind: "table";
  readonly grid: readonly number[];
  readonly width: number;
  readonly rows: readonly OutlineRow[];
}

export interface OutlineParagraph extends OutlinePara {
  readonly kind: "paragraph";
  readonly sectPr: Element | null;
}

export type OutlineBlock = OutlineTable | OutlineParagraph;

export interface DocxOutline {
  readonly parts: Readonly<Record<string, Uint8Array>>;
  readonly document: Element;
  readonly body: readonly OutlineBlock[];
}

export function parseXml(xml: string, name: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (root === null) throw new Error(`${name}: no root element`);
  return root;
}

export function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === W_NS && e.localName === localName) out.push(e);
    }
  }
  return out;
}

function child(el: Element, localName: string): Element | null {
  return children(el, localName)[0] ?? null;
}

function wAttr(el: Element | null, name: string): string | null {
  return el === null ? null : el.getAttributeNS(W_NS, name);
}

/** Text of a paragraph: w:t and w:tab of its runs (including runs inside hyperlinks etc.). */
function paraText(p: Element): string {
  let text = "";
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI !== W_NS) continue;
      if (e.localName === "t") text += e.textContent ?? "";
      else if (e.localName === "tab" && el.localName === "r") text += "\t";
      else if (e.localName !== "pPr" && e.localName !== "rPr") walk(e);
    }
  };
  walk(p);
  return text;
}

function outlinePara(p: Element): OutlinePara {
  const pPr = child(p, "pPr");
  const numPr = pPr === null ? null : child(pPr, "numPr");
  return { text: paraText(p), numId: numPr === null ? null : wAttr(child(numPr, "numId"), "val") };
}

function outlineTable(tbl: Element): OutlineTable {
  const tblPr = child(tbl, "tblPr");
  const grid = children(child(tbl, "tblGrid") as Element, "gridCol").map((c) =>
    Number(wAttr(c, "w")),
  );
  const rows = children(tbl, "tr").map((tr): OutlineRow => {
    const trPr = child(tr, "trPr");
    const cells = children(tr, "tc").map((tc): OutlineCell => {
      const tcPr = child(tc, "tcPr");
      const span = tcPr === null ? null : child(tcPr, "gridSpan");
      const vMerge = tcPr === null ? null : child(tcPr, "vMerge");
      const paras = children(tc, "p").map(outlinePara);
      return {
        paras,
        text: paras.map((p) => p.text).join("\n"),
        gridSpan: span === null ? 1 : Number(wAttr(span, "val")),
        vMerge:
          vMerge === null ? null : wAttr(vMerge, "val") === "restart" ? "restart" : "continue",
      };
    });
    return { cells, header: trPr !== null && child(trPr, "tblHeader") !== null };
  });
  return { kind: "table", grid, width: Number(wAttr(child(tblPr as Element, "tblW"), "w")), rows };
}

export function readDocx(bytes: Uint8Array): DocxOutline {
  const parts = unzipSync(bytes);
  const docPart = parts["word/document.xml"];
  if (docPart === undefined) throw new Error("no word/document.xml");
  const document = parseXml(strFromU8(docPart), "word/document.xml");
  const body = child(document, "body") as Element;
  const blocks: OutlineBlock[] = [];
  for (let n = body.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === "p") {
      const pPr = child(e, "pPr");
      blocks.push({
        kind: "paragraph",
        ...outlinePara(e),
        sectPr: pPr === null ? null : child(pPr, "sectPr"),
      });
    } else if (e.localName === "tbl") {
      blocks.push(outlineTable(e));
    }
  }
  return { parts, document, body: blocks };
}

const LEVELS = ["NE", "N", "D", "A", "E"];

/** The detection rule of issue 2: a grid's header holds NE N D A E once per PFMP group. */
export function isGrid(table: OutlineTable): boolean {
  return table.rows.slice(0, 3).some((row) => {
    const texts = row.cells.map((c) => c.text.trim().replace(/\*$/, ""));
    let groups = 0;
    for (let i = 0; i + 5 <= texts.length; i++) {
      if (LEVELS.every((l, k) => texts[i + k] === l)) groups++;
    }
    return groups === 2;
  });
}

export function tables(outline: DocxOutline): OutlineTable[] {
  return outline.body.filter((b): b is OutlineTable => b.kind === "table");
}

/** Collapses the spacing variants the seed uses (no-break spaces, trailing spaces). */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
