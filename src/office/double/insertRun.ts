import { W, W_NS, XML_NS, elementChildren, firstW, isW } from "../../docx/wml";

function textRuns(node: Element, out: Element[]): void {
  for (const child of elementChildren(node)) {
    if (isW(child, W.r)) {
      if (elementChildren(child).some((c) => isW(c, W.t))) out.push(child);
    } else if (child.namespaceURI === W_NS && !isW(child, W.pPr) && !isW(child, W.del)) {
      textRuns(child, out);
    }
  }
}

/**
 * `insertText(text, "Start" | "End")` on a paragraph: a new run at the start (after w:pPr) or at
 * the end of the paragraph, carrying the run properties of the first / last text run — the text
 * "takes over the formatting" of its neighbour, as office-js #4276 reports for Replace. [INF]
 */
export function insertRun(p: Element, text: string, where: "Start" | "End"): void {
  if (text === "") return;
  const doc = p.ownerDocument;
  const runs: Element[] = [];
  textRuns(p, runs);
  const neighbour = where === "Start" ? runs[0] : runs[runs.length - 1];
  const prefix = p.prefix ? `${p.prefix}:` : "";
  const r = doc.createElementNS(W_NS, `${prefix}${W.r}`);
  const rPr = neighbour === undefined ? null : firstW(neighbour, W.rPr);
  if (rPr !== null) r.appendChild(rPr.cloneNode(true));
  const t = doc.createElementNS(W_NS, `${prefix}${W.t}`);
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  if (where === "End") {
    p.appendChild(r);
    return;
  }
  const pPr = firstW(p, W.pPr);
  p.insertBefore(r, pPr === null ? p.firstChild : pPr.nextSibling);
}
