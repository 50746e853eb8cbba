import { readDocxPackage, writeDocxPackage } from "../../docx/docxPackage";
import { W, W_NS, elementChildren, isW } from "../../docx/wml";
import { LivretError } from "../../shared/livretError";

const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

function all(root: Element, ns: string, localName: string): Element[] {
  const list = root.getElementsByTagNameNS(ns, localName);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
}

/**
 * Makes a copy of a livret's body safe to sit next to the original: identifiers that must be
 * unique in a document are dropped or renumbered.
 * - Bookmarks (§17.13.6): names and ids must be unique; a copy's bookmarks are removed (the
 *   template generator does the same for class files; a REF to them keeps pointing at copy 1).
 * - w14:paraId / w14:textId (MS-DOCX 2.6.2): unique per document; optional, removed from copies.
 * - w:sdtPr/w:id (§17.5.2.18): optional, unique; removed from copies.
 * - wp:docPr/@id (§20.4.2.5): drawing ids must be unique; renumbered.
 */
function makeCopySafe(nodes: readonly Element[], nextDrawingId: () => number): void {
  for (const root of nodes) {
    const bookmarks = [
      ...(isW(root, W.bookmarkStart) || isW(root, W.bookmarkEnd) ? [root] : []),
      ...all(root, W_NS, W.bookmarkStart),
      ...all(root, W_NS, W.bookmarkEnd),
    ];
    for (const b of bookmarks) b.parentNode?.removeChild(b);
    for (const el of elementsUnder(root)) {
      if (el.hasAttributeNS(W14_NS, "paraId")) el.removeAttributeNS(W14_NS, "paraId");
      if (el.hasAttributeNS(W14_NS, "textId")) el.removeAttributeNS(W14_NS, "textId");
    }
    for (const sdtPr of all(root, W_NS, W.sdtPr)) {
      for (const child of elementChildren(sdtPr)) if (isW(child, "id")) sdtPr.removeChild(child);
    }
    for (const docPr of all(root, WP_NS, "docPr"))
      docPr.setAttribute("id", String(nextDrawingId()));
  }
}

/** The element and every element under it (walks childNodes: part of every DOM we run on). */
function elementsUnder(root: Element): Element[] {
  const out: Element[] = [root];
  for (let i = 0; i < out.length; i++) {
    for (let n = out[i]!.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType === 1) out.push(n as Element);
    }
  }
  return out;
}

function maxDrawingId(body: Element): number {
  return all(body, WP_NS, "docPr").reduce(
    (max, el) => Math.max(max, Number(el.getAttribute("id")) || 0),
    0,
  );
}

/**
 * A document holding `copies` copies of the body of `bytes`, one after the other, each starting
 * on a new page with the page setup of the original.
 *
 * The body's last w:sectPr describes the last section and must stay the body's last child
 * (ECMA-376 §17.6.17); every other section ends with a paragraph whose w:pPr holds its w:sectPr
 * (§17.6.18). So each copy but the last is closed by a paragraph carrying a clone of the final
 * w:sectPr: its last section keeps its orientation and margins, and the next copy starts a new
 * section, on a new page (a w:sectPr without w:type is "nextPage", §17.6.22). Every other part
 * (styles, numbering, headers, images) is shared: the copies are of the same document.
 */
export function repeatBody(bytes: Uint8Array, fileName: string, copies: number): Uint8Array {
  const pkg = readDocxPackage(bytes, fileName);
  const document = pkg.document;
  const body = document.getElementsByTagNameNS(W_NS, W.body).item(0);
  if (body === null) {
    throw new LivretError("NotAWordDocument", `${fileName} : pas de corps de document (w:body)`);
  }
  const children = elementChildren(body);
  const last = children[children.length - 1];
  const finalSectPr = last !== undefined && isW(last, W.sectPr) ? last : null;
  const content = finalSectPr === null ? children : children.slice(0, -1);
  let drawingId = maxDrawingId(body);
  const nextDrawingId = (): number => ++drawingId;

  const sectionBreak = (): Element => {
    const p = document.createElementNS(W_NS, "w:p");
    const pPr = document.createElementNS(W_NS, "w:pPr");
    pPr.appendChild(
      finalSectPr === null
        ? document.createElementNS(W_NS, "w:sectPr")
        : finalSectPr.cloneNode(true),
    );
    p.appendChild(pPr);
    return p;
  };

  for (let copy = 1; copy < copies; copy++) {
    body.insertBefore(sectionBreak(), finalSectPr);
    const clones = content.map((node) => node.cloneNode(true) as Element);
    makeCopySafe(clones, nextDrawingId);
    for (const clone of clones) body.insertBefore(clone, finalSectPr);
  }
  pkg.documentChanged = copies > 1;
  return writeDocxPackage(pkg);
}
