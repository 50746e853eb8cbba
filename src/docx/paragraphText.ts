import { chosenBranch } from "./checkboxes";
import { MC_NS, W, W_NS, XML_NS, elementChildren, firstW, isW } from "./wml";
import { elementNames, mayContainAny } from "./xmlPlatform";

/**
 * Subtrees whose content is not part of the paragraph's visible text: properties, deleted or
 * moved-away revisions (§17.13.5), field codes (§17.16.23 instrText), and text boxes / drawings,
 * whose paragraphs belong to the text box, not to this paragraph (§17.3.3.30 txbxContent).
 */
const SKIPPED = new Set<string>([
  W.pPr,
  W.rPr,
  W.del,
  W.moveFrom,
  W.delText,
  W.instrText,
  W.delInstrText,
  W.txbxContent,
  W.sdtPr,
  W.sdtEndPr,
  "drawing",
  "pict",
  "object",
]);

const MC_ALTERNATE = "AlternateContent";

/** Every element `collect` turns into text (w:softHyphen shows nothing). */
const TEXT_NAMES = elementNames([W.t, W.tab, W.ptab, W.br, W.cr, W.noBreakHyphen, W.sym]);

function collect(node: Element, out: string[]): void {
  for (let n = node.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    if (child.localName === MC_ALTERNATE && child.namespaceURI === MC_NS) {
      // Read the branch a consumer shows (ECMA-376 Part 3 §10.2): drawings and text boxes in it
      // are skipped below like everywhere else.
      const branch = chosenBranch(child);
      if (branch !== null) collect(branch, out);
      continue;
    }
    if (child.namespaceURI !== W_NS) continue;
    const name = child.localName;
    if (SKIPPED.has(name)) continue;
    switch (name) {
      case W.t:
        out.push(child.textContent ?? "");
        break;
      case W.tab:
      case W.ptab:
        out.push("\t");
        break;
      case W.br:
      case W.cr:
        out.push("\n");
        break;
      case W.noBreakHyphen:
        out.push("-");
        break;
      case W.softHyphen:
        break; // invisible unless the line breaks there
      case W.sym: {
        // Insert > Symbol (§17.3.3.30): a Wingdings tick is a mark a teacher may use in a grid.
        const code = Number.parseInt(child.getAttributeNS(W_NS, "char") ?? "", 16);
        if (Number.isFinite(code) && code > 0) out.push(String.fromCodePoint(code));
        break;
      }
      case W.p:
        break; // a nested paragraph can only come from a text box: not this paragraph's text
      default:
        collect(child, out);
    }
  }
}

/**
 * The visible text of a paragraph (§17.3.1.22): w:t in document order, tabs as "\t", breaks as
 * "\n"; text inside hyperlinks, insertions, smart tags, content controls and simple fields counts;
 * deleted text and field codes do not; bookmarks and comment markers carry no text.
 */
export function getParagraphText(p: Element): string {
  // Most grid paragraphs are empty: no element that shows text is below (the tree's name bits).
  if (!mayContainAny(p, TEXT_NAMES)) return "";
  const out: string[] = [];
  collect(p, out);
  return out.join("");
}

/** Run content that is text (and so replaced); any other run content (drawings…) is kept. */
const TEXT_RUN_CONTENT = new Set<string>([
  W.rPr,
  W.t,
  W.tab,
  W.ptab,
  W.br,
  W.cr,
  W.noBreakHyphen,
  W.softHyphen,
  W.sym,
  W.lastRenderedPageBreak,
  W.fldChar,
  W.instrText,
]);

/** Containers a text run may sit in inside a paragraph (§17.3.2, §17.5.2, §17.13.5). */
const RUN_WRAPPERS = new Set<string>([
  W.hyperlink,
  W.ins,
  W.moveTo,
  W.smartTag,
  W.customXml,
  W.fldSimple,
  W.sdt,
  W.sdtContent,
]);

/** Wrappers that are unwrapped when emptied (a content control is kept, as an empty shell). */
const DISSOLVABLE = new Set<string>([
  W.hyperlink,
  W.ins,
  W.moveTo,
  W.smartTag,
  W.customXml,
  W.fldSimple,
]);

function isTextRun(r: Element, keepFieldChars: boolean): boolean {
  return elementChildren(r).every(
    (c) =>
      c.namespaceURI === W_NS &&
      TEXT_RUN_CONTENT.has(c.localName) &&
      !(keepFieldChars && (c.localName === W.fldChar || c.localName === W.instrText)),
  );
}

/**
 * A complex field (§17.16.18) may begin in one paragraph and end in another (a table of
 * contents): its field characters must then stay, or the document would be corrupt. When the
 * paragraph's begin/end characters balance, the whole field goes with the old text.
 */
function fieldCharsBalanced(p: Element): boolean {
  let depth = 0;
  const chars = p.getElementsByTagNameNS(W_NS, W.fldChar);
  for (let i = 0; i < chars.length; i++) {
    const type = chars.item(i)!.getAttributeNS(W_NS, "fldCharType");
    if (type === "begin") depth++;
    else if (type === "end") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Run content that shows as text (a run holding only a field character does not). */
const VISIBLE_TEXT = new Set<string>([W.t, W.tab, W.ptab, W.br, W.cr, W.noBreakHyphen, W.sym]);

function hasText(r: Element): boolean {
  return elementChildren(r).some((c) => c.namespaceURI === W_NS && VISIBLE_TEXT.has(c.localName));
}

function textRuns(node: Element, out: Element[], keepFieldChars: boolean): void {
  for (const child of elementChildren(node)) {
    if (child.namespaceURI !== W_NS) continue;
    if (child.localName === W.r) {
      if (isTextRun(child, keepFieldChars)) out.push(child);
    } else if (RUN_WRAPPERS.has(child.localName)) {
      textRuns(child, out, keepFieldChars);
    }
  }
}

/** Revision marks of the paragraph mark must not leak into the new run's properties (§17.13.5). */
const MARK_ONLY = new Set<string>([W.ins, W.del, W.moveFrom, W.moveTo, W.rPrChange]);

function runPropertiesFor(p: Element, runs: readonly Element[]): Element | null {
  const first = runs.find(hasText);
  const source = first !== undefined ? firstW(first, W.rPr) : null;
  if (source !== null) return source.cloneNode(true) as Element;
  if (first !== undefined) return null;
  const pPr = firstW(p, W.pPr);
  const markRPr = pPr === null ? null : firstW(pPr, W.rPr);
  if (markRPr === null) return null;
  const copy = markRPr.cloneNode(true) as Element;
  for (const c of elementChildren(copy)) {
    if (c.namespaceURI === W_NS && MARK_ONLY.has(c.localName)) copy.removeChild(c);
  }
  return elementChildren(copy).length === 0 ? null : copy;
}

function wEl(doc: Document, p: Element, localName: string): Element {
  const prefix = p.prefix;
  return doc.createElementNS(W_NS, prefix ? `${prefix}:${localName}` : localName);
}

function buildRun(
  doc: Document,
  p: Element,
  rPr: Element | null,
  text: string,
  symFont: string | null = null,
): Element {
  const r = wEl(doc, p, W.r);
  if (rPr !== null) r.appendChild(rPr);
  if (symFont !== null && /^[\uf020-\uf0ff]+$/.test(text)) {
    // A symbol glyph replacing a w:sym (a Wingdings box toggled): stays a w:sym of that font
    // (§17.3.3.30), since the run properties alone do not carry the symbol font.
    for (const char of text) {
      const sym = wEl(doc, p, W.sym);
      const prefix = p.prefix ? `${p.prefix}:` : "";
      sym.setAttributeNS(W_NS, `${prefix}font`, symFont);
      sym.setAttributeNS(W_NS, `${prefix}char`, char.codePointAt(0)!.toString(16).toUpperCase());
      r.appendChild(sym);
    }
    return r;
  }
  // "\n" becomes a break (§17.3.3.1) and "\t" a tab (§17.3.3.32); the rest goes in w:t pieces.
  const pieces = text.split(/(\n|\t)/);
  for (const piece of pieces) {
    if (piece === "") continue;
    if (piece === "\n") r.appendChild(wEl(doc, p, W.br));
    else if (piece === "\t") r.appendChild(wEl(doc, p, W.tab));
    else {
      const t = wEl(doc, p, W.t);
      // Without xml:space="preserve" leading/trailing/double spaces are collapsed (§17.3.3.31).
      if (/^\s|\s$|\s\s/.test(piece)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(piece));
      r.appendChild(t);
    }
  }
  return r;
}

function dissolveEmptyWrappers(node: Element): void {
  for (const child of elementChildren(node)) {
    if (child.namespaceURI !== W_NS || !RUN_WRAPPERS.has(child.localName)) continue;
    dissolveEmptyWrappers(child);
    if (!DISSOLVABLE.has(child.localName)) continue;
    const hasRun = elementChildren(child).some(
      (c) => isW(c, W.r) || (c.namespaceURI === W_NS && RUN_WRAPPERS.has(c.localName)),
    );
    if (hasRun) continue;
    // Keep bookmarks / comment ranges that sat inside the wrapper: hoist them to its place.
    for (const marker of elementChildren(child)) {
      if (marker.namespaceURI === W_NS && marker.localName.endsWith("Pr")) continue;
      node.insertBefore(marker, child);
    }
    node.removeChild(child);
  }
}

/**
 * Replaces the whole text of a paragraph. Keeps w:pPr, bookmarks, comment markers and non-text
 * runs (drawings, comment references); the new text is one run carrying the run properties of the
 * first run that had text, or of the paragraph mark (w:pPr/w:rPr, §17.3.1.29) when there was none,
 * so it looks like what it replaces. Empty text just removes the text runs.
 */
export function setParagraphText(p: Element, text: string): void {
  const doc = p.ownerDocument;
  const runs: Element[] = [];
  textRuns(p, runs, !fieldCharsBalanced(p));
  const rPr = runPropertiesFor(p, runs);
  const anchor = runs.find(hasText) ?? runs[0];
  const sym = anchor === undefined ? null : firstW(anchor, W.sym);
  const symFont = sym === null ? null : sym.getAttributeNS(W_NS, "font") || null;
  let newRun: Element | null = null;
  if (text !== "") newRun = buildRun(doc, p, rPr, text, symFont);
  if (newRun !== null) {
    // A run left inside w:fldSimple would be a field result Word recomputes (§17.16.19): go out.
    let before: Node | undefined = anchor;
    while (before !== undefined && isW(before.parentNode, W.fldSimple)) before = before.parentNode!;
    if (before !== undefined && before.parentNode !== null) {
      before.parentNode.insertBefore(newRun, before);
    } else {
      p.appendChild(newRun);
    }
  }
  for (const r of runs) r.parentNode?.removeChild(r);
  dissolveEmptyWrappers(p);
}
