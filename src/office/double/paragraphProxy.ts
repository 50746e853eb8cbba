import { getParagraphText, setParagraphText } from "../../docx/paragraphText";
import { W, W_NS, firstW, isW } from "../../docx/wml";
import type { DoubleClientResult } from "./clientResult";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity, DoubleListCollection } from "./doubleObject";
import type { Resolver, ScalarReaders } from "./doubleObject";
import { insertRun } from "./insertRun";
import { generalException, invalidArgument } from "./officeError";
import { DoubleRange, queueOoxml } from "./rangeProxy";
import type { WordState } from "./wordState";

const INSERT_TEXT_LOCATIONS = ["Replace", "Start", "End"] as const;

const PARAGRAPH_SCALARS: ScalarReaders<Element> = {
  // An end-of-row mark (`DoublePolicy.endOfRowParagraphs`, the w:tr stands for it) has no text.
  text: (p) => (isW(p, W.tr) ? "" : toWordText(getParagraphText(p))),
  tableNestingLevel: (p, state) => state.index().tableNestingLevelOf(p),
};

/** `Word.Paragraph` (WordApi 1.1; `tableNestingLevel` 1.3). Resolves to its `w:p`. */
export class DoubleParagraph extends DoubleEntity<Element> {
  readonly typeName = "Paragraph";
  // Shared by every proxy: a class file's `body.paragraphs.load(…)` makes 11k of them.
  protected readonly scalars: ScalarReaders<Element> = PARAGRAPH_SCALARS;

  constructor(ctx: DoubleContext, resolver: Resolver<Element>, options?: { nullable?: boolean }) {
    super(ctx, resolver, options);
  }

  get text(): string {
    return this.loadedValue("text");
  }

  get tableNestingLevel(): number {
    return this.loadedValue("tableNestingLevel");
  }

  /** "Gets the next paragraph. Throws an ItemNotFound error if the paragraph is the last one." */
  getNext(): DoubleParagraph {
    return this.instantiated(
      new DoubleParagraph(this.ctx, this.nextResolver()),
      "Paragraph.getNext",
    );
  }

  getNextOrNullObject(): DoubleParagraph {
    return new DoubleParagraph(this.ctx, this.nextResolver(), { nullable: true });
  }

  private nextResolver(): Resolver<Element> {
    // Document order of body.paragraphs (table paragraphs included since WordApi 1.3).
    return (state) => {
      const p = this.resolve(state);
      if (p === null) return null;
      const index = state.index();
      return index.wordParagraphs()[index.wordPositionOf(p) + 1] ?? null;
    };
  }

  getRange(_rangeLocation?: string): DoubleRange {
    return this.instantiated(
      new DoubleRange(this.ctx, (state) => {
        const p = this.resolve(state);
        return p === null ? null : { nodes: [p] };
      }),
      "Paragraph.getRange",
    );
  }

  getOoxml(): DoubleClientResult<string> {
    return queueOoxml(this.ctx, "Paragraph.getOoxml", (state) => {
      const p = this.resolve(state);
      return p === null ? undefined : [p];
    });
  }

  /**
   * Queued write. "Replace" rewrites the paragraph's text through the engine's `setParagraphText`:
   * the paragraph mark (w:pPr: alignment, style) stays and the new run takes the run properties of
   * the first replaced run — office-js #4276: the text "takes over the formatting of the replaced
   * range" [ISSUE]; the reference's §3.2 inference, to be confirmed by the calibration script.
   */
  insertText(text: string, insertLocation: string): DoubleRange {
    const location = "Paragraph.insertText";
    this.ctx.enqueue(location, (state) => {
      if (!(INSERT_TEXT_LOCATIONS as readonly string[]).includes(insertLocation)) {
        throw invalidArgument(location, `insertLocation '${insertLocation}'`);
      }
      const p = this.resolveOrThrow(state, location);
      if (isW(p, W.tr)) throw generalException(location, "an end-of-row mark holds no text");
      state.countWrite(location);
      state.willChange(p);
      if (insertLocation === "Replace") replaceText(p, text, state);
      else insertRun(p, text.replace(/[\n\r\v]/g, " "), insertLocation as "Start" | "End");
    });
    return new DoubleRange(this.ctx, (state) => {
      const p = this.resolve(state);
      return p === null ? null : { nodes: [p] };
    });
  }
}

/** Word's text of a paragraph: a line break (w:br, the engine's "\n") reads as "\v". */
function toWordText(engineText: string): string {
  return engineText.replace(/\n/g, "\v");
}

/**
 * `insertText(text, "Replace")` as Word does it (office-js #4275, #1755; reference "Second
 * review" #1): "\n" (or "\r", "\r\n") ends the paragraph and starts a new one after it — with the
 * same paragraph properties —, "\v" is a line break inside the paragraph (w:br, §17.3.3.1).
 */
function replaceText(p: Element, text: string, state: WordState): void {
  const [first = "", ...rest] = text.split(/\r\n|\n|\r/);
  setParagraphText(p, first.replace(/\v/g, "\n"));
  let after: Element = p;
  for (const piece of rest) {
    const next = p.ownerDocument.createElementNS(W_NS, p.prefix ? `${p.prefix}:${W.p}` : W.p);
    const pPr = firstW(p, W.pPr);
    if (pPr !== null) {
      const copy = pPr.cloneNode(true) as Element;
      const sectPr = firstW(copy, W.sectPr); // a section break stays on the original paragraph
      if (sectPr !== null) copy.removeChild(sectPr);
      next.appendChild(copy);
    }
    setParagraphText(next, piece.replace(/\v/g, "\n"));
    after.parentNode!.insertBefore(next, after.nextSibling);
    state.inserted(next);
    after = next;
  }
}

/** `Word.ParagraphCollection` over a list of `w:p` (a body's or a cell body's paragraphs). */
export class DoubleParagraphCollection extends DoubleListCollection<Element, DoubleParagraph> {
  readonly typeName = "ParagraphCollection";

  protected item(resolver: Resolver<Element>, options?: { nullable?: boolean }): DoubleParagraph {
    return new DoubleParagraph(this.ctx, resolver, options);
  }
}
