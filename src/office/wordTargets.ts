import type { BodyIndex } from "../docx/bodyIndex";
import { resolveTarget } from "../docx/applyWrites";
import { W, isW } from "../docx/wml";
import type { TextTarget } from "../domain/detection/livretMap";
import { LivretError } from "../shared/livretError";
import type { ParagraphLike, TableLike } from "./wordLike";

/** What Word said, in sync #1, about the tables and paragraphs of the body. */
export interface WordView {
  readonly tables: readonly { readonly nestingLevel: number; readonly rowCount: number }[];
  readonly paragraphs: readonly { readonly tableNestingLevel: number }[] | null;
}

function uncertain(what: string): LivretError {
  return new LivretError(
    "UncertainTarget",
    `Les ${what} vus par Word ne correspondent pas à ceux lus dans le document : rien n'a été écrit. ` +
      "Relisez le document ; si le problème persiste, enregistrez-le puis rouvrez-le.",
  );
}

function ancestorCell(node: Node): Element | null {
  for (let n = node.parentNode; n !== null; n = n.parentNode) if (isW(n, W.tc)) return n as Element;
  return null;
}

function inside(node: Node, ancestor: Element): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * Builds, inside ONE batch, the Word proxies for the engine's addresses (`livretMap.ts`):
 * tables by the engine's pre-order index, cell paragraphs through `table.getCell(row, cell)` —
 * obtained in the same batch as the write, because items carried across syncs can fail with
 * ItemNotFound (office-js #3858, #557) — and body paragraphs through `body.paragraphs.items`.
 *
 * Whether `body.tables` lists nested tables is not documented. Word's own answer decides: if it
 * lists every table with the engine's nesting levels and row counts, index i is item i; if it lists
 * the top-level tables only, a nested table is reached from its cell
 * (`getCell(r, c).body.tables.getFirst()` then `getNext()`); anything else is refused.
 */
export class WordTargets {
  private readonly index: BodyIndex;
  private readonly wordTables: readonly TableLike[];
  private readonly wordParagraphs: readonly ParagraphLike[] | null;
  private readonly mode: "all" | "topLevel";
  private readonly topPosition = new Map<number, number>();
  private readonly tableProxies = new Map<number, TableLike>();
  private readonly cellOwner = new Map<Element, { table: number; row: number; cell: number }>();
  private readonly position = new Map<Element, number>();

  constructor(
    index: BodyIndex,
    view: WordView,
    wordTables: readonly TableLike[],
    wordParagraphs: readonly ParagraphLike[] | null,
  ) {
    this.index = index;
    this.wordTables = wordTables;
    this.wordParagraphs = wordParagraphs;
    const same = (
      a: readonly { nestingLevel: number; rowCount: number }[],
      tables: typeof index.tables,
    ) =>
      a.length === tables.length &&
      a.every(
        (w, i) =>
          w.nestingLevel === tables[i]!.nesting + 1 && w.rowCount === tables[i]!.rows.length,
      );
    const top = index.tables.filter((t) => t.nesting === 0);
    if (same(view.tables, index.tables)) {
      this.mode = "all";
    } else if (same(view.tables, top)) {
      this.mode = "topLevel";
      top.forEach((t, i) => this.topPosition.set(t.index, i));
    } else {
      throw uncertain("tableaux");
    }
    index.paragraphs.forEach((p, i) => this.position.set(p, i));
    index.tables.forEach((t) =>
      t.rows.forEach((r, row) =>
        r.cells.forEach((c, cell) => this.cellOwner.set(c.element, { table: t.index, row, cell })),
      ),
    );
    if (view.paragraphs !== null) {
      const aligned =
        view.paragraphs.length === index.paragraphs.length &&
        view.paragraphs.every((p, i) => {
          const t = index.paragraphTable[i] ?? null;
          return p.tableNestingLevel === (t === null ? 0 : index.tables[t]!.nesting + 1);
        });
      if (!aligned) throw uncertain("paragraphes");
    }
  }

  table(t: number): TableLike {
    const known = this.tableProxies.get(t);
    if (known !== undefined) return known;
    const proxy = this.locateTable(t);
    this.tableProxies.set(t, proxy);
    return proxy;
  }

  private locateTable(t: number): TableLike {
    const entry = this.index.tables[t];
    if (entry === undefined) throw uncertain("tableaux");
    if (this.mode === "all") return this.wordTables[t]!;
    const top = this.topPosition.get(t);
    if (top !== undefined) return this.wordTables[top]!;
    const tc = ancestorCell(entry.element);
    const owner = tc === null ? undefined : this.cellOwner.get(tc);
    if (tc === null || owner === undefined) throw uncertain("tableaux");
    const siblings = this.index.tables.filter((n) => ancestorCell(n.element) === tc);
    let proxy = this.table(owner.table).getCell(owner.row, owner.cell).body.tables.getFirst();
    for (let s = siblings.indexOf(entry); s > 0; s--) proxy = proxy.getNext();
    return proxy;
  }

  /** The Word paragraph at an engine address, as a proxy valid in the current batch. */
  paragraph(target: TextTarget): ParagraphLike {
    const p = resolveTarget(this.index, target);
    if (p === null) throw uncertain("paragraphes");
    if (target.kind === "body") {
      const item = this.wordParagraphs?.[target.paragraph];
      if (item === undefined) throw uncertain("paragraphes");
      return item;
    }
    const tc = this.index.tables[target.table]!.rows[target.row]!.cells[target.cell]!.element;
    // A cell body's paragraphs are contiguous in document order: count from the cell's first one.
    const position = this.position.get(p)!;
    let first = position;
    while (first > 0 && inside(this.index.paragraphs[first - 1]!, tc)) first--;
    let proxy = this.table(target.table)
      .getCell(target.row, target.cell)
      .body.paragraphs.getFirst();
    for (let k = first; k < position; k++) proxy = proxy.getNext();
    return proxy;
  }
}
