import { isCheckboxWrite } from "../domain/detection/livretMap";
import type {
  CheckboxTarget,
  CheckboxWrite,
  DocumentWrite,
  TextTarget,
} from "../domain/detection/livretMap";
import { LivretError } from "../shared/livretError";
import { indexBody } from "./bodyIndex";
import type { BodyIndex } from "./bodyIndex";
import { setCheckbox } from "./checkboxes";
import type { FoundCheckbox } from "./checkboxes";
import { getParagraphMarks } from "./paragraphMarks";
import { getParagraphText, setParagraphText } from "./paragraphText";

function describe(t: TextTarget): string {
  return t.kind === "body"
    ? `paragraphe ${t.paragraph}`
    : `tableau ${t.table}, ligne ${t.row}, cellule ${t.cell}, paragraphe ${t.paragraph}`;
}

export function resolveTarget(index: BodyIndex, target: TextTarget): Element | null {
  if (target.kind === "body") return index.paragraphs[target.paragraph] ?? null;
  return (
    index.tables[target.table]?.rows[target.row]?.cells[target.cell]?.paragraphs[
      target.paragraph
    ] ?? null
  );
}

function describeBox(t: CheckboxTarget): string {
  return `tableau ${t.table}, ligne ${t.row}, cellule ${t.cell}, case à cocher ${t.box}`;
}

/**
 * The checkbox a checkbox write points to, and its paragraph: the same walk as the model
 * (`getParagraphMarks`, cell paragraphs in order).
 */
export function resolveCheckbox(
  index: BodyIndex,
  target: CheckboxTarget,
): { readonly p: Element; readonly box: FoundCheckbox } | null {
  const cell = index.tables[target.table]?.rows[target.row]?.cells[target.cell];
  if (cell === undefined) return null;
  let n = 0;
  for (const p of cell.paragraphs) {
    for (const box of getParagraphMarks(p).checkboxes) {
      if (n === target.box) return box.control === target.control ? { p, box } : null;
      n++;
    }
  }
  return null;
}

function resolveBox(index: BodyIndex, w: CheckboxWrite) {
  const found = resolveCheckbox(index, w.target);
  if (found === null) {
    throw new LivretError(
      "DocumentChanged",
      `Case à cocher introuvable : ${describeBox(w.target)}`,
    );
  }
  if (found.box.checked !== w.expected) {
    throw new LivretError(
      "DocumentChanged",
      `La case à cocher a changé (${describeBox(w.target)}) : attendue ${w.expected ? "cochée" : "vide"}`,
    );
  }
  return found;
}

/** A text write resolved to its paragraph, and a checkbox write to its box and paragraph. */
export interface ResolvedWrites {
  readonly texts: readonly { readonly p: Element; readonly text: string }[];
  readonly boxes: readonly {
    readonly p: Element;
    readonly box: FoundCheckbox;
    readonly w: CheckboxWrite;
  }[];
}

/**
 * Every target resolved and its text (or box state) checked against `expected`, before anything
 * is written: a stale plan throws `LivretError("DocumentChanged")` and changes nothing. The
 * addresses use the same traversal as `buildDocModel`.
 */
export function resolveWrites(doc: Document, writes: readonly DocumentWrite[]): ResolvedWrites {
  const index = indexBody(doc);
  const boxes = writes.filter(isCheckboxWrite).map((w) => ({ ...resolveBox(index, w), w }));
  const texts = writes.flatMap((w) => {
    if (isCheckboxWrite(w)) return [];
    const p = resolveTarget(index, w.target);
    if (p === null) {
      throw new LivretError("DocumentChanged", `Cible introuvable : ${describe(w.target)}`);
    }
    const actual = getParagraphText(p);
    if (actual !== w.expected) {
      throw new LivretError(
        "DocumentChanged",
        `Le texte a changé (${describe(w.target)}) : attendu « ${w.expected} », trouvé « ${actual} »`,
      );
    }
    return [{ p, text: w.text }];
  });
  return { texts, boxes };
}

/**
 * Applies paragraph and checkbox writes to a parsed document.xml, in order, once all of them are
 * resolved and checked (`resolveWrites`). Returns a function that puts the original paragraphs
 * back (used to serialise a filled copy without re-parsing the document). A fill of a parsed
 * document needs no change to the tree at all: `spliceWrites`.
 */
export function applyWrites(doc: Document, writes: readonly DocumentWrite[]): () => void {
  const { texts, boxes } = resolveWrites(doc, writes);
  const originals = new Map<Element, Element>();
  for (const { p } of [...texts, ...boxes]) {
    if (!originals.has(p)) originals.set(p, p.cloneNode(true) as Element);
  }
  // Checkboxes first (they change attributes and a glyph inside a content control), then the
  // paragraphs' text; the planner never writes text into a paragraph holding a checkbox.
  for (const { box, w } of boxes) setCheckbox(box, w.checked);
  for (const { p, text } of texts) setParagraphText(p, text);
  return () => {
    for (const [p, original] of originals) p.parentNode?.replaceChild(original, p);
  };
}
