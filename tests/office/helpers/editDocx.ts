import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { indexBody } from "../../../src/docx/bodyIndex";
import { readDocxPackage, writeDocxPackage } from "../../../src/docx/docxPackage";
import { W_NS } from "../../../src/docx/wml";
import { parseXml } from "../../../src/docx/xmlPlatform";
import type { CheckboxTarget } from "../../../src/domain/detection/livretMap";
import { openDocument, readDocument } from "../../../src/services/livretEngine";

export const TEMPLATE_PATH = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "assets",
  "livret-mcv-option-b.docx",
);
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

/** A copy of `docx` whose document.xml went through `edit` (a DOM edit, as a script would do). */
export function editDocx(docx: Uint8Array, edit: (document: Document) => void): Uint8Array {
  const pkg = readDocxPackage(docx, "edit.docx");
  edit(pkg.document);
  pkg.documentChanged = true;
  return writeDocxPackage(pkg);
}

/** Parses a fragment of WordprocessingML (w:, w14: prefixes) into `doc`'s nodes. */
export function fragment(doc: Document, xml: string): Element {
  const wrapper = parseXml(`<x xmlns:w="${W_NS}" xmlns:w14="${W14_NS}">${xml}</x>`);
  let first: Node | null = wrapper.documentElement!.firstChild;
  while (first !== null && first.nodeType !== 1) first = first.nextSibling;
  return doc.importNode(first!, true) as Element;
}

function checkboxXml(id: number, checked: boolean): string {
  return (
    `<w:sdt><w:sdtPr><w:id w:val="${id}"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/>` +
    `<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>` +
    `<w:t>${checked ? "☒" : "☐"}</w:t></w:r></w:sdtContent></w:sdt>`
  );
}

/**
 * The template with a Word checkbox content control (`w14:checkbox`, [MS-DOCX] §2.6.1) in each of
 * the five level cells of the first PFMP of the first `rows` competence rows of the first grid —
 * how some schools' livrets tick levels. The cell's first paragraph keeps its properties; its text
 * is replaced by the control. Returns the document and the targets, in order.
 */
export function checkboxLivret(rows = 3): { docx: Uint8Array; targets: CheckboxTarget[] } {
  const template = readFileSync(TEMPLATE_PATH);
  const map = readDocument(openDocument(template, "t.docx")).map;
  const grid = map.livrets[0]!.grids[0]!;
  const cells = grid.rows
    .filter((r) => r.kind === "competence")
    .slice(0, rows)
    .flatMap((r) => Object.values(r.slots[0]!.levels));
  const targets: CheckboxTarget[] = cells.map((c) => ({ ...c, box: 0, control: "contentControl" }));
  const docx = editDocx(template, (doc) => {
    const index = indexBody(doc);
    cells.forEach((c, k) => {
      const p = index.tables[c.table]!.rows[c.row]!.cells[c.cell]!.paragraphs[0]!;
      for (let n = p.firstChild; n !== null;) {
        const next = n.nextSibling;
        if (!(n.nodeType === 1 && (n as Element).localName === "pPr")) p.removeChild(n);
        n = next;
      }
      p.appendChild(fragment(doc, checkboxXml(1000 + k, false)));
    });
  });
  return { docx, targets };
}

// `npx tsx tests/office/helpers/editDocx.ts OUT.docx` writes the checkbox livret (for Word).
if (require.main === module) {
  const out = process.argv[2] ?? "livret-checkboxes.docx";
  writeFileSync(out, checkboxLivret(14).docx);
  console.log(`écrit : ${out}`);
}
