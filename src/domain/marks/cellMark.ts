import type { CellModel, CheckboxModel } from "../detection/docModel";
import { classifyText, combineKinds } from "./classifyMark";
import type { MarkKind } from "./classifyMark";
import { glyphInfo } from "./glyphTable";

/** One box glyph of a cell (an empty or ticked box character), where a fill can toggle it. */
export interface CellBoxGlyph {
  readonly paragraph: number;
  readonly char: string;
  readonly font: string | null;
  readonly meaning: "ticked" | "emptyBox";
}

/** What a level cell shows and how it shows it. */
export interface CellMark {
  readonly kind: MarkKind;
  /** The cell's checkboxes (content controls, form fields); empty for typed marks. */
  readonly checkboxes: readonly CheckboxModel[];
  /** Box glyphs typed in the cell (☐, Wingdings □/☒…), in document order. */
  readonly boxGlyphs: readonly CellBoxGlyph[];
  /** Visible text outside checkboxes and box glyphs is a typed mark ("X", "✓"). */
  readonly typed: MarkKind;
  /** A text box or alternate content shows something in the cell (never written). */
  readonly floating: MarkKind;
}

/** What an empty cell shows (most level cells of a livret): nothing. */
const BLANK: CellMark = Object.freeze({
  kind: "blank",
  checkboxes: Object.freeze([]) as readonly CheckboxModel[],
  boxGlyphs: Object.freeze([]) as readonly CellBoxGlyph[],
  typed: "blank",
  floating: "blank",
});

/** Detection, reading and planning each ask about the same cells: read each once (models are immutable). */
const read = new WeakMap<CellModel, CellMark>();

/** Reads a level cell the way a person sees it (checkbox states, glyphs by font, text boxes). */
export function readCellMark(cell: CellModel): CellMark {
  if (cell.marks === undefined && cell.paragraphs.every((p) => p.text === "")) return BLANK;
  let mark = read.get(cell);
  if (mark === undefined) {
    mark = readMarks(cell);
    read.set(cell, mark);
  }
  return mark;
}

function readMarks(cell: CellModel): CellMark {
  const marks = cell.marks;
  const segments =
    marks?.segments ??
    cell.paragraphs.map((p, i) => ({
      text: p.text,
      font: null,
      paragraph: i,
    }));
  const boxGlyphs: CellBoxGlyph[] = [];
  const typedKinds: MarkKind[] = [];
  for (const segment of segments) {
    let rest = "";
    for (const char of segment.text) {
      const info = glyphInfo(char, segment.font);
      if (info !== null && info.counterpart !== undefined) {
        boxGlyphs.push({
          paragraph: segment.paragraph,
          char,
          font: segment.font,
          meaning: info.meaning,
        });
      } else {
        rest += char;
      }
    }
    typedKinds.push(classifyText(rest, segment.font));
  }
  const checkboxes = marks?.checkboxes ?? [];
  const typed = combineKinds(typedKinds);
  const floating = classifyText(marks?.floating ?? "");
  const kinds: MarkKind[] = [typed, floating, ...boxGlyphs.map((g) => g.meaning)];
  for (const box of checkboxes) kinds.push(box.checked ? "ticked" : "emptyBox");
  return { kind: combineKinds(kinds), checkboxes, boxGlyphs, typed, floating };
}
