import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

/**
 * Renders a .docx body in the plain-text convention of the seed livret
 * (/work/shared/seeds/*.txt): one line per paragraph; a table row starts with an empty line and
 * each cell starts with a tab; list bullets as their glyph ("· " for Symbol U+F0B7, else the
 * glyph then a tab or space); bookmarks as "[bookmark: name]". Used to check the template
 * against the seed text (scripts/template/compareWithSeed.ts).
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function wChildren(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (
      n.nodeType === 1 &&
      (n as Element).namespaceURI === W &&
      (n as Element).localName === name
    ) {
      out.push(n as Element);
    }
  }
  return out;
}

function bulletPrefixes(numberingXml: string | undefined): Map<string, string> {
  const prefixes = new Map<string, string>();
  if (numberingXml === undefined) return prefixes;
  const root = new DOMParser().parseFromString(numberingXml, "text/xml").documentElement;
  if (root === null) return prefixes;
  const abstractPrefix = new Map<string, string>();
  for (const a of wChildren(root, "abstractNum")) {
    const lvl = wChildren(a, "lvl")[0];
    if (lvl === undefined) continue;
    const text = wChildren(lvl, "lvlText")[0]?.getAttributeNS(W, "val") ?? "";
    const suff = wChildren(lvl, "suff")[0]?.getAttributeNS(W, "val") ?? "tab";
    const prefix =
      text === "\uF0B7" ? "· " : text + (suff === "space" ? " " : suff === "nothing" ? "" : "\t");
    abstractPrefix.set(a.getAttributeNS(W, "abstractNumId") ?? "", prefix);
  }
  for (const num of wChildren(root, "num")) {
    const abstractId = wChildren(num, "abstractNumId")[0]?.getAttributeNS(W, "val") ?? "";
    prefixes.set(num.getAttributeNS(W, "numId") ?? "", abstractPrefix.get(abstractId) ?? "");
  }
  return prefixes;
}

export function docxToSeedText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  const documentPart = parts["word/document.xml"];
  if (documentPart === undefined) throw new Error("no word/document.xml in this package");
  const numberingPart = parts["word/numbering.xml"];
  const bullets = bulletPrefixes(numberingPart && strFromU8(numberingPart));
  const root = new DOMParser().parseFromString(strFromU8(documentPart), "text/xml").documentElement;
  const body = root === null ? undefined : wChildren(root, "body")[0];
  if (body === undefined) throw new Error("no w:body in word/document.xml");

  const paraText = (p: Element): string => {
    const numId = p.getElementsByTagNameNS(W, "numId")[0]?.getAttributeNS(W, "val");
    let text = numId != null ? (bullets.get(numId) ?? "") : "";
    const walk = (el: Element): void => {
      for (let n = el.firstChild; n !== null; n = n.nextSibling) {
        if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
        const e = n as Element;
        if (e.localName === "t") text += e.textContent ?? "";
        else if (e.localName === "tab" && el.localName === "r") text += "\t";
        else if (e.localName === "bookmarkStart") {
          text += `[bookmark: ${e.getAttributeNS(W, "name") ?? ""}]`;
        } else if (e.localName !== "pPr" && e.localName !== "rPr") walk(e);
      }
    };
    walk(p);
    return text;
  };

  const lines: string[] = [];
  for (let n = body.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === "p") lines.push(paraText(el));
    if (el.localName === "tbl") {
      for (const tr of wChildren(el, "tr")) {
        const cells = wChildren(tr, "tc").map(
          (tc) => "\t" + wChildren(tc, "p").map(paraText).join("\n"),
        );
        lines.push("\n" + cells.join("\n"));
      }
    }
  }
  return lines.join("\n");
}

/** The lines that carry text: what must match the seed whatever the blank-line layout. */
export function textLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^ \t/, "\t"))
    .filter((line) => line.trim() !== "");
}
