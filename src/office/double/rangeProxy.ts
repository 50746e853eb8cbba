import { getParagraphText } from "../../docx/paragraphText";
import { W, isW } from "../../docx/wml";
import { DoubleClientResult } from "./clientResult";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity } from "./doubleObject";
import type { Resolver, ScalarReaders } from "./doubleObject";
import { buildFlatOpc } from "./flatOpcWriter";
import { itemNotFound } from "./officeError";
import type { WordState } from "./wordState";

/**
 * What a range covers: whole block-level elements (paragraphs, tables). The double does not model
 * ranges inside a paragraph: `insertText` returns the range of the whole paragraph it wrote into,
 * and `getRange("Start" | "End" | …)` the whole object — our code only reads such ranges' OOXML.
 */
export interface RangeTarget {
  readonly nodes: readonly Element[];
}

function paragraphsOf(node: Element, out: Element[]): void {
  if (isW(node, W.p)) {
    out.push(node);
    return;
  }
  for (let n = node.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && !isW(n, W.txbxContent)) paragraphsOf(n as Element, out);
  }
}

export function textOfNodes(nodes: readonly Element[], state: WordState): string {
  const paragraphs: Element[] = [];
  for (const n of nodes) paragraphsOf(n, paragraphs);
  return paragraphs.map(getParagraphText).join(state.policy.paragraphSeparator);
}

/** Queues a `getOoxml()` over what `nodes` resolves to (null = the whole document body). */
export function queueOoxml(
  ctx: DoubleContext,
  location: string,
  nodes: (state: WordState) => readonly Element[] | null | undefined,
): DoubleClientResult<string> {
  const result = new DoubleClientResult<string>(location);
  ctx.enqueue(location, (state) => {
    const content = nodes(state);
    if (content === undefined) throw itemNotFound(location);
    const xml = buildFlatOpc(state.pkg, content);
    state.addResponse(xml.length);
    return () => result.deliver(xml);
  });
  return result;
}

export class DoubleRange extends DoubleEntity<RangeTarget> {
  readonly typeName = "Range";
  protected readonly scalars: ScalarReaders<RangeTarget> = {
    text: (r, state) => textOfNodes(r.nodes, state),
  };

  constructor(ctx: DoubleContext, resolver: Resolver<RangeTarget>) {
    super(ctx, resolver);
  }

  get text(): string {
    return this.loadedValue("text");
  }

  getOoxml(): DoubleClientResult<string> {
    return queueOoxml(this.ctx, "Range.getOoxml", (state) => this.resolve(state)?.nodes);
  }
}
