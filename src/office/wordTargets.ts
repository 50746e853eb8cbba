import type { BodyIndex } from "../docx/bodyIndex";
import { getParagraphText } from "../docx/paragraphText";
import { W, W_NS, firstW, isW, wVal } from "../docx/wml";
import { checkboxOf } from "./checkboxXml";
import type { CheckboxTarget, TextTarget } from "../domain/detection/livretMap";
import type {
  BodyLike,
  ContentControlCollectionLike,
  ParagraphLike,
  TableCellLike,
  TableLike,
  TableRowCollectionLike,
} from "./wordLike";

function ancestorCell(node: Node): Element | null {
  for (let n = node.parentNode; n !== null; n = n.parentNode) if (isW(n, W.tc)) return n as Element;
  return null;
}

/**
 * Builds, inside ONE batch, the Word proxies for the engine's addresses (`livretMap.ts`), by paths
 * that need nothing loaded first, so that the proving sync (#1) and the writing sync (#2) reach
 * Word's objects the SAME way:
 * - a top-level table: `body.tables.getFirst()` then `getNext()` (the COM model's `Table.Next`
 *   walks the tables of the same story); a nested table: its cell's `body.tables.getFirst()`, then
 *   `getNext()`. Whether `body.tables` itself lists nested tables (undocumented) then no longer
 *   matters for writing; where `getNext()` would walk into nested tables, the proof of sync #1
 *   (row count, cell counts, label texts) fails and the save is refused.
 * - a cell paragraph: `table.getCell(row, cell).body.paragraphs.getFirst()` then `getNext()`.
 *
 * Why `getCell` and not `body.paragraphs[index]`: a cell address is local — a mismatch (vMerge
 * continuation cells counted otherwise, office-js #3200) can only concern the rows that hold one,
 * and is proven per row by `cellCount` and the label's text; a body paragraph index depends on
 * every paragraph before it (end-of-row marks counted or not, "Second review" #3), so one
 * difference anywhere makes every index after it wrong, and its proof needs the text of every
 * paragraph of the body — megabytes for a class file. Body paragraphs (outside tables) have no
 * other path and keep `body.paragraphs.items[i]`, proven by the alignment of the whole list.
 */
export class WordAddressing {
  private readonly body: BodyLike;
  private readonly index: BodyIndex;
  private readonly topPosition = new Map<number, number>();
  private readonly cellOwner = new Map<Element, { table: number; row: number; cell: number }>();
  private readonly position = new Map<Element, number>();
  private readonly chain: TableLike[] = [];
  private readonly tableProxies = new Map<number, TableLike>();

  constructor(body: BodyLike, index: BodyIndex) {
    this.body = body;
    this.index = index;
    let top = 0;
    for (const block of index.blocks) {
      if (block.kind === "table") this.topPosition.set(block.table, top++);
    }
    index.paragraphs.forEach((p, i) => this.position.set(p, i));
    index.tables.forEach((t) =>
      t.rows.forEach((r, row) =>
        r.cells.forEach((c, cell) => this.cellOwner.set(c.element, { table: t.index, row, cell })),
      ),
    );
  }

  private topTable(position: number): TableLike {
    while (this.chain.length <= position) {
      const last = this.chain[this.chain.length - 1];
      this.chain.push(last === undefined ? this.body.tables.getFirst() : last.getNext());
    }
    return this.chain[position]!;
  }

  table(t: number): TableLike {
    const known = this.tableProxies.get(t);
    if (known !== undefined) return known;
    const proxy = this.locateTable(t);
    this.tableProxies.set(t, proxy);
    return proxy;
  }

  private locateTable(t: number): TableLike {
    const top = this.topPosition.get(t);
    if (top !== undefined) return this.topTable(top);
    const entry = this.index.tables[t]!;
    const tc = ancestorCell(entry.element)!;
    const owner = this.cellOwner.get(tc)!;
    const siblings = this.index.tables.filter((n) => ancestorCell(n.element) === tc);
    let proxy = this.table(owner.table).getCell(owner.row, owner.cell).body.tables.getFirst();
    for (let s = siblings.indexOf(entry); s > 0; s--) proxy = proxy.getNext();
    return proxy;
  }

  cell(t: number, row: number, cell: number): TableCellLike {
    return this.table(t).getCell(row, cell);
  }

  /** The Word paragraph of a cell target, as a proxy valid in the current batch. */
  cellParagraph(target: Extract<TextTarget, { kind: "cell" }>): ParagraphLike {
    let proxy = this.cell(target.table, target.row, target.cell).body.paragraphs.getFirst();
    // A cell body's paragraphs (nested tables' included) are contiguous in document order.
    const own = this.index.tables[target.table]!.rows[target.row]!.cells[target.cell]!;
    const p = own.paragraphs[target.paragraph]!;
    const first = this.position.get(own.paragraphs[0]!)!;
    for (let k = first; k < this.position.get(p)!; k++) proxy = proxy.getNext();
    return proxy;
  }
}

/** Text with every kind of white space removed: Word's and the engine's separators differ. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u0007\u00a0\u202f\u200b]+/g, "");
}

function isContinuation(tc: Element): boolean {
  const tcPr = firstW(tc, W.tcPr);
  const vMerge = tcPr === null ? null : firstW(tcPr, "vMerge");
  return vMerge !== null && wVal(vMerge) !== "restart";
}

function cellText(index: BodyIndex, t: number, row: number, cell: number): string {
  const own = index.tables[t]?.rows[row]?.cells[cell];
  return own === undefined ? "" : own.paragraphs.map(getParagraphText).join("\n");
}

/** A row to prove: where it is and which of its cells will be written. */
export interface RowToProve {
  readonly table: number;
  readonly row: number;
  readonly cells: readonly number[];
  /** Cells holding checkboxes to set: their content controls are listed too. */
  readonly checkboxCells: readonly number[];
}

interface QueuedRow {
  readonly row: RowToProve;
  readonly rows: TableRowCollectionLike;
  readonly label: { readonly cell: number; readonly proxy: TableCellLike } | null;
  readonly targets: readonly { readonly cell: number; readonly proxy: TableCellLike }[];
  readonly controls: ReadonlyMap<number, ContentControlCollectionLike>;
}

/** What sync #1 loaded to prove the rows' addresses; `check` runs after that sync. */
export interface QueuedProofs {
  /** French problems (empty when every address is proven), and Word's content controls per cell. */
  check(now: BodyIndex): {
    readonly problems: readonly string[];
    readonly controls: ReadonlyMap<string, readonly { id: number; type: string }[]>;
  };
}

/**
 * Queues, in sync #1, what proves that Word's cell at each engine address is the engine's cell:
 * per table its `rowCount` and `nestingLevel`; per row to write its `cellCount` (against the
 * engine's physical `w:tc` count) and the text of the row's most telling cell (the competence
 * label) and of every cell to write, all reached through the same `getCell(row, cell)` as the
 * write — with `getCellOrNullObject`, so that a missing cell is a failed proof, not a failed sync.
 * Cells with checkboxes also list their content controls (id, type).
 */
export function queueProofs(
  addressing: WordAddressing,
  planIndex: BodyIndex,
  rows: readonly RowToProve[],
): QueuedProofs {
  const tables = new Map<number, { proxy: TableLike; rows: TableRowCollectionLike }>();
  const queued: QueuedRow[] = [];
  for (const row of rows) {
    let t = tables.get(row.table);
    if (t === undefined) {
      const proxy = addressing.table(row.table);
      proxy.load("rowCount,nestingLevel");
      t = { proxy, rows: proxy.rows.load("items/cellCount") };
      tables.set(row.table, t);
    }
    const engineRow = planIndex.tables[row.table]!.rows[row.row]!;
    let label: { cell: number; length: number } | null = null;
    engineRow.cells.forEach((c, k) => {
      if (row.cells.includes(k) || isContinuation(c.element)) return;
      const length = normalizeText(cellText(planIndex, row.table, row.row, k)).length;
      if (length > 0 && (label === null || length > label.length)) label = { cell: k, length };
    });
    const cellProxy = (cell: number) => {
      const proxy = t.proxy.getCellOrNullObject(row.row, cell);
      proxy.load("value");
      return { cell, proxy };
    };
    const controls = new Map<number, ContentControlCollectionLike>();
    for (const cell of row.checkboxCells) {
      controls.set(
        cell,
        t.proxy.getCellOrNullObject(row.row, cell).body.contentControls.load("items/id,items/type"),
      );
    }
    queued.push({
      row,
      rows: t.rows,
      label: label === null ? null : cellProxy((label as { cell: number }).cell),
      targets: row.cells.map(cellProxy),
      controls,
    });
  }
  return {
    check(now) {
      const problems: string[] = [];
      const controls = new Map<string, { id: number; type: string }[]>();
      for (const [t, { proxy }] of tables) {
        const engine = now.tables[t]!;
        if (proxy.rowCount !== engine.rows.length || proxy.nestingLevel !== engine.nesting + 1) {
          problems.push(
            `tableau ${t + 1} : Word y voit ${proxy.rowCount} lignes au niveau ${proxy.nestingLevel}, ` +
              `le fichier ${engine.rows.length} au niveau ${engine.nesting + 1}`,
          );
        }
      }
      for (const q of queued) {
        const where = `tableau ${q.row.table + 1}, ligne ${q.row.row + 1}`;
        const engineCells = now.tables[q.row.table]!.rows[q.row.row]?.cells.length ?? 0;
        const wordCells = q.rows.items[q.row.row]?.cellCount;
        if (wordCells !== engineCells) {
          problems.push(
            `${where} : Word compte ${wordCells ?? 0} cellules, le fichier ${engineCells}`,
          );
          continue;
        }
        for (const c of [...(q.label === null ? [] : [q.label]), ...q.targets]) {
          const expected = normalizeText(cellText(now, q.row.table, q.row.row, c.cell));
          if (c.proxy.isNullObject || normalizeText(c.proxy.value) !== expected) {
            problems.push(`${where}, cellule ${c.cell + 1} : Word n'y lit pas le texte du fichier`);
            break;
          }
        }
        for (const [cell, list] of q.controls) {
          controls.set(
            `${q.row.table}:${q.row.row}:${cell}`,
            list.items.map((cc) => ({ id: cc.id, type: cc.type })),
          );
        }
      }
      return { problems, controls };
    },
  };
}

/**
 * The `box`-th checkbox content control (`w:sdt` with `w14:checkbox`) of a cell's own paragraphs,
 * in document order (`CheckboxTarget`), or null.
 */
export function checkboxControl(index: BodyIndex, target: CheckboxTarget): Element | null {
  const cell = index.tables[target.table]?.rows[target.row]?.cells[target.cell];
  if (cell === undefined) return null;
  const found: Element[] = [];
  const isBox = (sdt: Element) => checkboxOf(sdt) !== null;
  for (const p of cell.paragraphs) {
    const around: Element[] = [];
    for (let n = p.parentNode; n !== null && n !== cell.element; n = n.parentNode) {
      if (isW(n, W.sdt)) around.unshift(n as Element);
    }
    for (const sdt of around) if (isBox(sdt) && !found.includes(sdt)) found.push(sdt);
    const inner = p.getElementsByTagNameNS(W_NS, W.sdt);
    for (let k = 0; k < inner.length; k++) {
      const sdt = inner.item(k)!;
      if (isBox(sdt) && !found.includes(sdt)) found.push(sdt);
    }
  }
  return found[target.box] ?? null;
}
