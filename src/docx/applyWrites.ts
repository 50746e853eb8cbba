import type { TextTarget, TextWrite } from "../domain/detection/livretMap";
import { LivretError } from "../shared/livretError";
import { indexBody } from "./bodyIndex";
import type { BodyIndex } from "./bodyIndex";
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

/**
 * Applies paragraph writes to a parsed document.xml, in order. Every target is resolved and its
 * text checked against `expected` BEFORE anything is written, so a stale plan changes nothing
 * (`LivretError("DocumentChanged")`). The addresses use the same traversal as `buildDocModel`.
 * Returns a function that puts the original paragraphs back (used to serialise a filled copy
 * without re-parsing the document).
 */
export function applyWrites(doc: Document, writes: readonly TextWrite[]): () => void {
  const index = indexBody(doc);
  const resolved = writes.map((w) => {
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
    return { p, text: w.text };
  });
  const originals = new Map<Element, Element>();
  for (const { p } of resolved) {
    if (!originals.has(p)) originals.set(p, p.cloneNode(true) as Element);
  }
  for (const { p, text } of resolved) setParagraphText(p, text);
  return () => {
    for (const [p, original] of originals) p.parentNode?.replaceChild(original, p);
  };
}
