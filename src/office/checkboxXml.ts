import { W, W_NS, elementChildren, firstW } from "../docx/wml";

/** Word 2010 namespace of checkbox content controls (`w14:checkbox`, [MS-DOCX] §2.6.1). */
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

function w14(parent: Element | null, localName: string): Element | null {
  if (parent === null) return null;
  for (const c of elementChildren(parent)) {
    if (c.namespaceURI === W14_NS && c.localName === localName) return c;
  }
  return null;
}

function w14Val(el: Element | null): string | null {
  if (el === null) return null;
  return el.getAttributeNS(W14_NS, "val") || el.getAttribute("w14:val");
}

export function checkboxOf(sdt: Element): Element | null {
  return w14(firstW(sdt, W.sdtPr), "checkbox");
}

/** `w14:checked` (§2.6.1.1: "1"/"true" checked). */
export function isCheckedBox(sdt: Element): boolean {
  const v = w14Val(w14(checkboxOf(sdt), "checked"));
  return v === "1" || v === "true";
}

/** `ContentControl.id`: the `w:id` of its properties (ECMA-376 §17.5.2.18), a 32-bit integer. */
export function contentControlId(sdt: Element): number {
  const id = firstW(firstW(sdt, W.sdtPr) ?? sdt, "id");
  const v = id === null ? null : id.getAttributeNS(W_NS, "val");
  return v === null || v === "" ? 0 : Number.parseInt(v, 10);
}

/**
 * Sets a checkbox content control as Word does: `w14:checked` and the glyph shown, the character of
 * `w14:checkedState` / `w14:uncheckedState` (hex `w14:val`, in `w14:font`; defaults ☒ U+2612 and
 * ☐ U+2610, [MS-DOCX] §2.6.1.2–2.6.1.4) in the first text of the control's content.
 */
export function setCheckbox(sdt: Element, checked: boolean): void {
  const box = checkboxOf(sdt);
  if (box === null) return;
  let state = w14(box, "checked");
  const prefix = box.prefix ? `${box.prefix}:` : "w14:";
  if (state === null) {
    state = sdt.ownerDocument.createElementNS(W14_NS, `${prefix}checked`);
    box.insertBefore(state, box.firstChild);
  }
  state.setAttributeNS(W14_NS, `${prefix}val`, checked ? "1" : "0");
  const glyph = w14(box, checked ? "checkedState" : "uncheckedState");
  const hex = w14Val(glyph);
  const code = hex === null ? Number.NaN : Number.parseInt(hex, 16);
  const char = String.fromCodePoint(
    Number.isFinite(code) && code > 0 ? code : checked ? 0x2612 : 0x2610,
  );
  const content = firstW(sdt, W.sdtContent);
  const texts = content === null ? null : content.getElementsByTagNameNS(W_NS, W.t);
  const t = texts?.item(0) ?? null;
  if (t === null) return;
  while (t.firstChild !== null) t.removeChild(t.firstChild);
  t.appendChild(sdt.ownerDocument.createTextNode(char));
}
