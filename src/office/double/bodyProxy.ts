import { findBody } from "../../docx/bodyIndex";
import { W, elementChildren, isW } from "../../docx/wml";
import type { DoubleClientResult } from "./clientResult";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity } from "./doubleObject";
import type { DoubleObject, Resolver, ScalarReaders } from "./doubleObject";
import { DoubleContentControlCollection, contentControlsIn } from "./contentControlProxy";
import { DoubleParagraphCollection } from "./paragraphProxy";
import { DoubleRange, queueOoxml, textOfNodes } from "./rangeProxy";
import { DoubleTableCollection } from "./tableProxy";
import { generalException } from "./officeError";
import type { WordState } from "./wordState";

/** A body: the document's (`container` null) or a table cell's (`container` = its `w:tc`). */
export interface BodyTarget {
  readonly container: Element | null;
}

function blockContent(target: BodyTarget, state: WordState): Element[] {
  const parent = target.container ?? findBody(state.pkg.document);
  if (parent === null) return [];
  return elementChildren(parent).filter((c) => !isW(c, W.tcPr) && !isW(c, W.sectPr));
}

/** `Word.Body` (WordApi 1.1; `tables` 1.3). */
export class DoubleBody extends DoubleEntity<BodyTarget> {
  readonly typeName = "Body";
  protected readonly scalars: ScalarReaders<BodyTarget> = {
    text: (b, state) => textOfNodes(blockContent(b, state), state),
  };
  /** Since WordApi 1.3 "paragraphs in tables are also returned" (d.ts, Body.paragraphs). */
  readonly paragraphs: DoubleParagraphCollection;
  readonly tables: DoubleTableCollection;
  /** "Gets the collection of rich text content control objects in the body." (WordApi 1.1) */
  readonly contentControls: DoubleContentControlCollection;

  constructor(ctx: DoubleContext, resolver: Resolver<BodyTarget>) {
    super(ctx, resolver);
    this.paragraphs = new DoubleParagraphCollection(ctx, (state) => {
      const b = this.resolve(state);
      if (b === null) return null;
      const index = state.index();
      return b.container === null ? index.wordParagraphs() : index.cellParagraphs(b.container);
    });
    this.tables = new DoubleTableCollection(ctx, (state) => {
      const b = this.resolve(state);
      if (b === null) return null;
      const index = state.index();
      return b.container === null ? index.bodyTables(state.policy) : index.tablesIn(b.container);
    });
    this.contentControls = new DoubleContentControlCollection(ctx, (state) => {
      const b = this.resolve(state);
      if (b === null) return null;
      const parent = b.container ?? findBody(state.pkg.document);
      return parent === null ? [] : contentControlsIn(parent);
    });
  }

  protected navigation(name: string): DoubleObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "tables") return this.tables;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }

  get text(): string {
    return this.loadedValue("text");
  }

  /** The whole body as flat OPC; for the document body, the whole `w:body` with its `w:sectPr`. */
  getOoxml(): DoubleClientResult<string> {
    return queueOoxml(this.ctx, "Body.getOoxml", (state) => {
      const b = this.resolve(state);
      if (b === null) return undefined;
      if (b.container === null && state.policy.bodyOoxmlFails) {
        throw generalException("Body.getOoxml", "a shape in the body cannot be exported (#6059)");
      }
      return b.container === null ? null : blockContent(b, state);
    });
  }

  getRange(_rangeLocation?: string): DoubleRange {
    return this.instantiated(
      new DoubleRange(this.ctx, (state) => {
        const b = this.resolve(state);
        return b === null ? null : { nodes: blockContent(b, state) };
      }),
      "Body.getRange",
    );
  }
}
