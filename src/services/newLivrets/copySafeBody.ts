import { W, W_NS, elementChildren, isW } from "../../docx/wml";

const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

function all(root: Element, ns: string, localName: string): Element[] {
  const list = root.getElementsByTagNameNS(ns, localName);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
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

/**
 * Makes a body safe to be repeated after a first copy of itself, in place: identifiers that must
 * be unique in a document are dropped or renumbered.
 * - Bookmarks (§17.13.6.2): names and ids must be unique; they are removed (the template
 *   generator does the same for class files; a REF to them keeps pointing at copy 1).
 * - w14:paraId / w14:textId ([MS-DOCX] 2.6.2): unique per document, optional: removed.
 * - w:sdtPr/w:id (§17.5.2.18): optional, unique: removed.
 * - wp:docPr/@id (§20.4.2.5): drawing ids must be unique: renumbered from `firstDrawingId`, each
 *   copy taking its own range of `drawingIdStride`.
 */
export function makeBodyCopySafe(body: Element): void {
  for (const b of [...all(body, W_NS, W.bookmarkStart), ...all(body, W_NS, W.bookmarkEnd)]) {
    b.parentNode?.removeChild(b);
  }
  for (const el of elementsUnder(body)) {
    if (el.hasAttributeNS(W14_NS, "paraId")) el.removeAttributeNS(W14_NS, "paraId");
    if (el.hasAttributeNS(W14_NS, "textId")) el.removeAttributeNS(W14_NS, "textId");
  }
  for (const sdtPr of all(body, W_NS, W.sdtPr)) {
    for (const child of elementChildren(sdtPr)) if (isW(child, "id")) sdtPr.removeChild(child);
  }
}

/** The drawings' wp:docPr elements of a body, to renumber per copy. */
export function drawingIds(body: Element): Element[] {
  return all(body, WP_NS, "docPr");
}

/** The body and its final w:sectPr (the last section's properties, §17.6.17), if any. */
export function bodyParts(
  document: Document,
): { body: Element; finalSectPr: Element | null } | null {
  const body = document.getElementsByTagNameNS(W_NS, W.body).item(0);
  if (body === null) return null;
  const children = elementChildren(body);
  const last = children[children.length - 1];
  return { body, finalSectPr: last !== undefined && isW(last, W.sectPr) ? last : null };
}
