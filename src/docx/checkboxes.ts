import { isSymbolFont } from "../domain/marks/glyphTable";
import { MC_NS, W, W_NS, elementChildren, firstW, onOff } from "./wml";

/** Word 2010 extensions (checkbox content controls, [MS-DOCX] §2.6.2 w14:checkbox). */
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

/** A checkbox found in a paragraph, with the element a write changes. */
export interface FoundCheckbox {
  readonly control: "contentControl" | "formField";
  /** The w:sdt (content control) or the w:ffData/w:checkBox (form field). */
  readonly element: Element;
  readonly checked: boolean;
}

function w14Val(el: Element | null): string | null {
  if (el === null) return null;
  if (el.hasAttributeNS(W14_NS, "val")) return el.getAttributeNS(W14_NS, "val");
  return null;
}

function firstNs(parent: Node, ns: string, localName: string): Element | null {
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (
      n.nodeType === 1 &&
      (n as Element).namespaceURI === ns &&
      (n as Element).localName === localName
    )
      return n as Element;
  }
  return null;
}

/** The w14:checkbox of a content control's properties, or null for any other control. */
export function checkboxOfSdt(sdt: Element): Element | null {
  const sdtPr = firstW(sdt, W.sdtPr);
  return sdtPr === null ? null : firstNs(sdtPr, W14_NS, "checkbox");
}

/** [MS-DOCX] w14:checked: "1"/"true"/"on" is checked. */
export function contentControlChecked(checkbox: Element): boolean {
  const v = w14Val(firstNs(checkbox, W14_NS, "checked"));
  return v !== null && ["1", "true", "on"].includes(v.toLowerCase());
}

/** §17.16.7: w:checked is the state; when absent, w:default (itself false when absent). */
export function formFieldChecked(checkBox: Element): boolean {
  const checked = firstW(checkBox, "checked");
  if (checked !== null) return onOff(checked);
  const def = firstW(checkBox, "default");
  return def !== null && onOff(def);
}

/** The w:ffData/w:checkBox of a complex field's begin character (§17.16.17), or null. */
export function formCheckBoxOf(fldChar: Element): Element | null {
  if (fldChar.getAttributeNS(W_NS, "fldCharType") !== "begin") return null;
  const ffData = firstW(fldChar, "ffData");
  return ffData === null ? null : firstW(ffData, "checkBox");
}

/** Namespaces whose `mc:Choice` Word (2010 and later) and LibreOffice render. */
const UNDERSTOOD = new Set<string>([
  W_NS,
  W14_NS,
  "http://schemas.microsoft.com/office/word/2012/wordml",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  "http://schemas.microsoft.com/office/drawing/2010/main",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  "urn:schemas-microsoft-com:vml",
  "urn:schemas-microsoft-com:office:office",
]);

/** The namespace a prefix is bound to at `el` (xmlns attributes of it and its ancestors). */
function namespaceOfPrefix(el: Element, prefix: string): string | null {
  for (let n: Node | null = el; n !== null && n.nodeType === 1; n = n.parentNode) {
    const e = n as Element;
    if (e.hasAttribute(`xmlns:${prefix}`)) return e.getAttribute(`xmlns:${prefix}`);
  }
  return null;
}

/**
 * The branch of `mc:AlternateContent` a consumer shows (ECMA-376 Part 3 §10.2): the first
 * `mc:Choice` whose `Requires` prefixes are all understood, else `mc:Fallback`.
 */
export function chosenBranch(alternate: Element): Element | null {
  let fallback: Element | null = null;
  for (const child of elementChildren(alternate)) {
    if (child.namespaceURI !== MC_NS) continue;
    if (child.localName === "Choice") {
      const requires = (child.getAttribute("Requires") ?? "").split(/\s+/).filter((s) => s !== "");
      if (requires.every((prefix) => UNDERSTOOD.has(namespaceOfPrefix(child, prefix) ?? ""))) {
        return child;
      }
    } else if (child.localName === "Fallback") {
      fallback = child;
    }
  }
  return fallback;
}

export function isAlternateContent(el: Element): boolean {
  return el.namespaceURI === MC_NS && el.localName === "AlternateContent";
}

/** The font a run shows its characters in (w:rFonts, §17.3.2.26; styles are not resolved). */
export function runFont(r: Element): string | null {
  const rPr = firstW(r, W.rPr);
  const fonts = rPr === null ? null : firstW(rPr, "rFonts");
  if (fonts === null) return null;
  for (const attr of ["ascii", "hAnsi", "cs", "eastAsia"]) {
    const v = fonts.getAttributeNS(W_NS, attr);
    if (v !== null && v !== "") return v;
  }
  return null;
}

/** Sets a checkbox's state; a content control also shows its state's glyph ([MS-DOCX] 2.6.2). */
export function setCheckbox(found: FoundCheckbox, checked: boolean): void {
  const doc = found.element.ownerDocument;
  if (found.control === "formField") {
    // w:checked after w:size/w:sizeAuto and w:default (CT_FFCheckBox sequence, §17.16.7).
    let el = firstW(found.element, "checked");
    if (el === null) {
      el = doc.createElementNS(
        W_NS,
        `${found.element.prefix ? `${found.element.prefix}:` : ""}checked`,
      );
      found.element.appendChild(el);
    }
    el.setAttributeNS(
      W_NS,
      `${found.element.prefix ? `${found.element.prefix}:` : ""}val`,
      checked ? "1" : "0",
    );
    return;
  }
  const box = checkboxOfSdt(found.element)!;
  const prefix14 = box.prefix ? `${box.prefix}:` : "";
  let state = firstNs(box, W14_NS, "checked");
  if (state === null) {
    state = doc.createElementNS(W14_NS, `${prefix14}checked`);
    box.insertBefore(state, box.firstChild);
  }
  state.setAttributeNS(W14_NS, `${prefix14}val`, checked ? "1" : "0");
  // The glyph the control shows: w14:checkedState / w14:uncheckedState, MS Gothic ☒ / ☐ when
  // absent (Word's defaults).
  const stateEl = firstNs(box, W14_NS, checked ? "checkedState" : "uncheckedState");
  const font = stateEl?.getAttributeNS(W14_NS, "font") || "MS Gothic";
  let value = Number.parseInt(
    stateEl?.getAttributeNS(W14_NS, "val") || (checked ? "2612" : "2610"),
    16,
  );
  if (!Number.isFinite(value) || value <= 0) value = checked ? 0x2612 : 0x2610;
  // A symbol font's byte is shown from the private-use range, as Word writes it (§17.3.3.30).
  if (isSymbolFont(font) && value < 0x100) value += 0xf000;
  const code = value.toString(16).toUpperCase().padStart(4, "0");
  const char = String.fromCodePoint(value);
  const content = firstW(found.element, W.sdtContent);
  if (content === null) return;
  const runs = content.getElementsByTagNameNS(W_NS, W.r);
  for (let i = 0; i < runs.length; i++) {
    const r = runs.item(i)!;
    const sym = firstW(r, W.sym);
    if (sym !== null) {
      sym.setAttributeNS(W_NS, `${sym.prefix ? `${sym.prefix}:` : ""}char`, code);
      sym.setAttributeNS(W_NS, `${sym.prefix ? `${sym.prefix}:` : ""}font`, font);
      return;
    }
    const t = firstW(r, W.t);
    if (t === null) continue;
    while (t.firstChild !== null) t.removeChild(t.firstChild);
    t.appendChild(doc.createTextNode(char));
    const wp = r.prefix ? `${r.prefix}:` : "";
    let rPr = firstW(r, W.rPr);
    if (rPr === null) {
      rPr = doc.createElementNS(W_NS, `${wp}rPr`);
      r.insertBefore(rPr, r.firstChild);
    }
    let fonts = firstW(rPr, "rFonts");
    if (fonts === null) {
      // w:rFonts comes first in CT_RPr (after w:rStyle, §17.3.2.28).
      fonts = doc.createElementNS(W_NS, `${wp}rFonts`);
      const style = firstW(rPr, "rStyle");
      rPr.insertBefore(fonts, style === null ? rPr.firstChild : style.nextSibling);
    }
    for (const attr of ["ascii", "hAnsi", "eastAsia", "cs"])
      fonts.setAttributeNS(W_NS, `${wp}${attr}`, font);
    return;
  }
}
