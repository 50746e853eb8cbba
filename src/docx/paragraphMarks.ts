import type { ParagraphHazard } from "../domain/detection/docModel";
import {
  checkboxOfSdt,
  chosenBranch,
  contentControlChecked,
  formCheckBoxOf,
  formFieldChecked,
  isAlternateContent,
  runFont,
} from "./checkboxes";
import type { FoundCheckbox } from "./checkboxes";
import { getParagraphText } from "./paragraphText";
import { W, W_NS, elementChildren } from "./wml";
import { elementNames, mayContainAny } from "./xmlPlatform";

export interface ParagraphMarks {
  /** Checkboxes in document order: `CheckboxTarget.box` counts these, cell paragraph by paragraph. */
  readonly checkboxes: readonly FoundCheckbox[];
  /** Visible characters with their font, outside checkbox content controls. */
  readonly segments: readonly { readonly text: string; readonly font: string | null }[];
  /** Text shown by text boxes anchored in the paragraph (chosen mc branch only). */
  readonly floating: string;
  /** True when a character is in a font named by `w:rFonts`/`w:sym` (checked by the caller). */
  readonly fonts: readonly string[];
}

const SKIP = new Set<string>([
  W.pPr,
  W.rPr,
  W.del,
  W.moveFrom,
  W.instrText,
  W.delInstrText,
  W.delText,
  W.sdtPr,
  W.sdtEndPr,
]);

/**
 * The marks of one paragraph as a person sees them: each run's characters with the font they
 * are drawn in (w:sym carries its own font), the chosen branch of `mc:AlternateContent`, and the
 * text of text boxes (w:txbxContent inside w:drawing / w:pict) kept apart as "floating".
 */
export function getParagraphMarks(p: Element): ParagraphMarks {
  const segments: { text: string; font: string | null }[] = [];
  const checkboxes: FoundCheckbox[] = [];
  const floating: string[] = [];
  const fonts: string[] = [];
  const push = (text: string, font: string | null) => {
    if (text === "") return;
    if (font !== null) fonts.push(font);
    segments.push({ text, font });
  };
  const visitBoxes = (node: Element): void => {
    const boxes = node.getElementsByTagNameNS(W_NS, W.txbxContent);
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes.item(i)!;
      const ps = box.getElementsByTagNameNS(W_NS, W.p);
      for (let k = 0; k < ps.length; k++) floating.push(getParagraphText(ps.item(k)!));
    }
  };
  const visit = (node: Element, font: string | null): void => {
    for (const child of elementChildren(node)) {
      if (isAlternateContent(child)) {
        const branch = chosenBranch(child);
        if (branch !== null) visit(branch, font);
        continue;
      }
      const name = child.localName;
      if (child.namespaceURI !== W_NS) {
        if (name === "drawing" || name === "pict" || name === "object") visitBoxes(child);
        continue;
      }
      if (SKIP.has(name)) continue;
      switch (name) {
        case W.sdt: {
          const box = checkboxOfSdt(child);
          if (box !== null) {
            // Read as a checkbox, not as a glyph.
            checkboxes.push({
              control: "contentControl",
              element: child,
              checked: contentControlChecked(box),
            });
            continue;
          }
          visit(child, font);
          break;
        }
        case W.fldChar: {
          const box = formCheckBoxOf(child);
          if (box !== null) {
            checkboxes.push({ control: "formField", element: box, checked: formFieldChecked(box) });
          }
          break;
        }
        case W.r:
          visit(child, runFont(child));
          break;
        case W.t:
          push(child.textContent ?? "", font);
          break;
        case W.tab:
        case W.ptab:
        case W.br:
        case W.cr:
          push(" ", null);
          break;
        case W.noBreakHyphen:
          push("-", font);
          break;
        case W.sym: {
          const code = Number.parseInt(child.getAttributeNS(W_NS, "char") ?? "", 16);
          if (Number.isFinite(code) && code > 0) {
            push(String.fromCodePoint(code), child.getAttributeNS(W_NS, "font") || "Symbol");
          }
          break;
        }
        case "drawing":
        case "pict":
        case "object":
          visitBoxes(child);
          break;
        case W.txbxContent:
        case W.p:
          break;
        default:
          visit(child, font);
      }
    }
  };
  visit(p, null);
  return { checkboxes, segments, floating: floating.join("\n"), fonts };
}

/** Whether a paragraph's visible text comes (partly) from inside mc:AlternateContent. */
function alternateText(p: Element): boolean {
  const alternates = p.getElementsByTagNameNS(
    "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "AlternateContent",
  );
  for (let i = 0; i < alternates.length; i++) {
    const branch = chosenBranch(alternates.item(i)!);
    if (branch === null) continue;
    const ts = branch.getElementsByTagNameNS(W_NS, W.t);
    for (let k = 0; k < ts.length; k++) {
      let inBox = false;
      for (
        let n: Node | null = ts.item(k)!.parentNode;
        n !== null && n !== branch;
        n = n.parentNode
      ) {
        if ((n as Element).localName === W.txbxContent) inBox = true;
      }
      if (!inBox && (ts.item(k)!.textContent ?? "") !== "") return true;
    }
  }
  return false;
}

/** Every element name `paragraphHazards` reacts to (mc:AlternateContent included). */
const HAZARD_NAMES = elementNames([
  "AlternateContent",
  W.fldSimple,
  W.fldChar,
  W.instrText,
  "footnoteReference",
  "endnoteReference",
  W.commentRangeStart,
  W.commentRangeEnd,
  W.commentReference,
  W.sdt,
  W.ins,
  W.del,
  W.moveFrom,
  W.moveTo,
]);

/**
 * Every element name through which a paragraph can show a checkbox, a symbol font or a text box
 * (`getParagraphMarks`): without any of them, its marks are plain characters in no font.
 */
const MARK_NAMES = elementNames([
  "AlternateContent",
  W.sdt,
  W.fldChar,
  W.sym,
  "rFonts",
  "drawing",
  "pict",
  "object",
  W.txbxContent,
]);

const NO_HAZARDS: readonly ParagraphHazard[] = Object.freeze([]);

/** True when the paragraph's marks are plain text: no checkbox, no font named, no text box. */
export function hasPlainMarks(p: Element): boolean {
  return !mayContainAny(p, MARK_NAMES);
}

/** What makes rewriting this paragraph unsafe (see `ParagraphHazard`), in a fixed order. */
export function paragraphHazards(p: Element): readonly ParagraphHazard[] {
  // Most paragraphs hold none of the elements below: answered from the tree's name bits.
  if (!mayContainAny(p, HAZARD_NAMES)) return NO_HAZARDS;
  const found = new Set<ParagraphHazard>();
  let depth = 0;
  let alternates = false;
  const visit = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (child.namespaceURI !== W_NS) {
        if (isAlternateContent(child)) {
          alternates = true;
          const branch = chosenBranch(child);
          if (branch !== null) visit(branch);
        }
        continue;
      }
      switch (child.localName) {
        case W.txbxContent:
          continue; // the text box's own paragraphs are not written through this one
        case W.fldSimple:
          found.add("field");
          break;
        case W.fldChar: {
          // A complex field (§17.16.18) other than a legacy checkbox; one that began in an
          // earlier paragraph shows here as an unbalanced end.
          const type = child.getAttributeNS(W_NS, "fldCharType");
          if (type === "begin") {
            depth++;
            if (formCheckBoxOf(child) === null) found.add("field");
          } else if (type === "end") {
            depth--;
            if (depth < 0) found.add("field");
          }
          break;
        }
        case W.instrText: {
          const code = (child.textContent ?? "").trim();
          if (code !== "" && !/^FORMCHECKBOX\b/i.test(code)) found.add("field");
          break;
        }
        case "footnoteReference":
        case "endnoteReference":
          found.add("noteReference");
          break;
        case W.commentRangeStart:
        case W.commentRangeEnd:
        case W.commentReference:
          found.add("comment");
          break;
        case W.sdt:
          if (checkboxOfSdt(child) === null) found.add("contentControl");
          break;
        case W.ins:
        case W.del:
        case W.moveFrom:
        case W.moveTo:
          found.add("trackedChange");
          break;
        default:
          break;
      }
      visit(child);
    }
  };
  visit(p);
  if (depth !== 0) found.add("field");
  if (alternates && alternateText(p)) found.add("alternateContent");
  const order: ParagraphHazard[] = [
    "field",
    "noteReference",
    "comment",
    "contentControl",
    "trackedChange",
    "alternateContent",
  ];
  return order.filter((h) => found.has(h));
}
