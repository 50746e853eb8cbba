import type { DocumentWrite } from "../domain/detection/livretMap";
import { resolveWrites } from "./applyWrites";
import { setCheckbox } from "./checkboxes";
import type { FoundCheckbox } from "./checkboxes";
import { getParagraphMarks } from "./paragraphMarks";
import { setParagraphText } from "./paragraphText";
import { serializeXmlInScope, sourceRange } from "./xmlPlatform";

/** The source text `[start, end)` of one target paragraph, and the XML written in its place. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly xml: string;
}

/** The same box in a copy of its paragraph: the n-th checkbox of the copy's marks. */
function boxInCopy(p: Element, copy: Element, box: FoundCheckbox): FoundCheckbox | null {
  const n = getParagraphMarks(p).checkboxes.findIndex((b) => b.element === box.element);
  const found = n < 0 ? undefined : getParagraphMarks(copy).checkboxes[n];
  return found !== undefined && found.control === box.control ? found : null;
}

/**
 * A fill as splices (issue 8): every write resolved and checked as `applyWrites` does, then each
 * target paragraph copied, written in the copy, and serialised for its place; the document's tree
 * is not changed, so the model, the body index and the source text stay valid for the next fill.
 * The new main part is the source text with each target paragraph's range replaced
 * (`writeSplicedPackage`): every byte outside the target paragraphs is the original's.
 * Null when the document is not its source text any more (changed since parsing, or created):
 * then only `applyWrites` and a whole serialisation can write it.
 */
export function spliceWrites(doc: Document, writes: readonly DocumentWrite[]): Splice[] | null {
  const { texts, boxes } = resolveWrites(doc, writes);
  // Each target paragraph's source range, before any copy is made: one outside its source text
  // (changed since parsing, or created) leaves the fill to `applyWrites`.
  const ranges = new Map<Element, { readonly start: number; readonly end: number }>();
  for (const { p } of [...texts, ...boxes]) {
    if (ranges.has(p)) continue;
    const range = sourceRange(p);
    if (range === null) return null;
    ranges.set(p, range);
  }
  const copies = new Map<Element, Element>();
  const copyOf = (p: Element): Element => {
    let copy = copies.get(p);
    if (copy === undefined) {
      copy = p.cloneNode(true) as Element;
      copies.set(p, copy);
    }
    return copy;
  };
  // Checkboxes first, then texts, as `applyWrites`; each box is found again in its paragraph's copy.
  for (const { p, box, w } of boxes) {
    const inCopy = boxInCopy(p, copyOf(p), box);
    if (inCopy === null) return null;
    setCheckbox(inCopy, w.checked);
  }
  for (const { p, text } of texts) setParagraphText(copyOf(p), text);
  const splices: Splice[] = [];
  for (const [p, copy] of copies) {
    const range = ranges.get(p)!;
    splices.push({ start: range.start, end: range.end, xml: serializeXmlInScope(copy) });
  }
  splices.sort((a, b) => a.start - b.start);
  // Paragraphs do not overlap unless one holds the other (a text box's): never both targets.
  for (let i = 1; i < splices.length; i++) {
    if (splices[i]!.start < splices[i - 1]!.end) return null;
  }
  return splices;
}
