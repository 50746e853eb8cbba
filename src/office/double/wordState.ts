import type { DocxPackage } from "../../docx/docxPackage";
import { indexBody } from "../../docx/bodyIndex";
import type { IndexedTable } from "../../docx/bodyIndex";
import { W, firstW, isW, wVal } from "../../docx/wml";
import type { DoublePolicy } from "./doublePolicy";
import { generalException, responseTooLarge } from "./officeError";

/** Where a cell sits: its table (pre-order index), row and per-row cell index. */
export interface CellLocation {
  readonly table: IndexedTable;
  readonly row: number;
  readonly cell: number;
  readonly element: Element;
}

/**
 * Lookups over one state of `word/document.xml`, built from the engine's `indexBody` so that the
 * double and the engine agree on every index. Only valid while the structure (paragraphs, tables,
 * rows, cells) is unchanged: the double's writes only rewrite runs inside a paragraph.
 */
export class DoubleIndex {
  readonly paragraphs: readonly Element[];
  readonly tables: readonly IndexedTable[];
  private readonly paragraphTable: readonly (number | null)[];
  private readonly policy: DoublePolicy;
  // Built on first use: a load of the body's OOXML and paragraph levels needs none of them, and
  // for a class file (11k paragraphs, 1,500 tables) each is an ancestor walk per paragraph.
  private readonly paragraphPosition: PositionLookup;
  private tableContainer: Map<number, Element | null> | null = null;
  private cellParagraphMap: Map<Element, Element[]> | null = null;
  private wordParagraphList: readonly Element[] | null = null;
  private wordParagraphPosition: PositionLookup | null = null;

  constructor(document: Document, policy: DoublePolicy) {
    this.policy = policy;
    const index = indexBody(document);
    this.paragraphs = index.paragraphs;
    this.tables = index.tables;
    this.paragraphTable = index.paragraphTable;
    this.paragraphPosition = new PositionLookup(this.paragraphs);
  }

  private cellParagraphLists(): Map<Element, Element[]> {
    if (this.cellParagraphMap === null) {
      const map = new Map<Element, Element[]>();
      for (const p of this.paragraphs) {
        for (let n = p.parentNode; n !== null; n = n.parentNode) {
          if (isW(n, W.tc)) {
            const list = map.get(n as Element);
            if (list === undefined) map.set(n as Element, [p]);
            else list.push(p);
          }
        }
      }
      this.cellParagraphMap = map;
    }
    return this.cellParagraphMap;
  }

  private containers(): Map<number, Element | null> {
    return (this.tableContainer ??= new Map(
      this.tables.map((t) => [t.index, enclosingCell(t.element)] as const),
    ));
  }

  /** The paragraph's position in `paragraphs` (-1: not one of them). */
  positionOf(p: Element): number {
    return this.paragraphPosition.of(p);
  }

  /**
   * Word's `body.paragraphs`: the engine's paragraphs, plus — under
   * `DoublePolicy.endOfRowParagraphs` — one end-of-row mark (the `w:tr` itself stands for it)
   * after the last paragraph of each row.
   */
  wordParagraphs(): readonly Element[] {
    if (this.wordParagraphList !== null) return this.wordParagraphList;
    let list: readonly Element[] = this.paragraphs;
    if (this.policy.endOfRowParagraphs) {
      const lastOfRow = new Map<Element, Element>();
      for (const t of this.tables) {
        for (const r of t.rows) {
          const last = r.cells.at(-1)?.element;
          const ps = last === undefined ? [] : this.cellParagraphs(last);
          if (ps.length > 0) lastOfRow.set(ps[ps.length - 1]!, r.element);
        }
      }
      const out: Element[] = [];
      // Innermost rows close first: a nested table's last paragraph ends its row, then its
      // parent's row when that cell is the parent row's last one.
      const pending = (p: Element) => {
        let q: Element | undefined = p;
        while (q !== undefined) {
          const tr = lastOfRow.get(q);
          if (tr === undefined) break;
          out.push(tr);
          q = tr;
        }
      };
      for (const p of this.paragraphs) {
        out.push(p);
        pending(p);
      }
      list = out;
    }
    this.wordParagraphList = list;
    return list;
  }

  wordPositionOf(p: Element): number {
    this.wordParagraphPosition ??= new PositionLookup(this.wordParagraphs());
    return this.wordParagraphPosition.of(p);
  }

  /** Word's `Paragraph.tableNestingLevel`: 0 outside tables, 1 in a top-level table, … */
  tableNestingLevelOf(p: Element): number {
    if (isW(p, W.tr)) {
      const t = this.tables.find((x) => x.rows.some((r) => r.element === p));
      return t === undefined ? 0 : t.nesting + 1;
    }
    const t = this.paragraphTable[this.positionOf(p)] ?? null;
    return t === null ? 0 : (this.tables[t]?.nesting ?? 0) + 1;
  }

  /**
   * The cells Word enumerates in a row: every `w:tc`, or — under `vMergeContinuation: "skipped"` —
   * all but the vertically merged continuation cells (§17.4.85: `w:vMerge` without "restart").
   */
  wordCells(table: IndexedTable, row: number): readonly Element[] {
    const cells = table.rows[row]?.cells.map((c) => c.element) ?? [];
    if (this.policy.vMergeContinuation === "cells") return cells;
    return cells.filter((tc) => !isContinuation(tc));
  }

  /** Every paragraph inside a cell, nested tables' paragraphs included (a cell body's paragraphs). */
  cellParagraphs(tc: Element): readonly Element[] {
    return this.cellParagraphLists().get(tc) ?? [];
  }

  /** Tables directly in a container: the document body (null) or a cell. */
  tablesIn(container: Element | null): readonly IndexedTable[] {
    const containers = this.containers();
    return this.tables.filter((t) => containers.get(t.index) === container);
  }

  bodyTables(policy: DoublePolicy): readonly IndexedTable[] {
    return policy.bodyTablesIncludeNested ? this.tables : this.tablesIn(null);
  }

  containerOf(table: IndexedTable): Element | null {
    return this.containers().get(table.index) ?? null;
  }

  cellAt(table: IndexedTable, row: number, cell: number): CellLocation | null {
    if (!Number.isInteger(row) || !Number.isInteger(cell)) return null;
    const tc = this.wordCells(table, row)[cell];
    return tc === undefined ? null : { table, row, cell, element: tc };
  }
}

/**
 * Positions in a list of paragraphs. A load of `body.paragraphs`, or a walk by `getNext`, asks
 * for them in order: the one after the last answer is tried first, and the map of positions
 * (99,000 entries for a class file, ~30 ms to build) is built only for one asked out of order.
 */
class PositionLookup {
  private readonly list: readonly Element[];
  private map: Map<Element, number> | null = null;
  /** The last answer (-1: none yet, or not in the list). */
  private last = -1;

  constructor(list: readonly Element[]) {
    this.list = list;
  }

  of(p: Element): number {
    const next = this.last + 1;
    if (this.list[next] === p) {
      this.last = next;
      return next;
    }
    this.map ??= new Map(this.list.map((q, i) => [q, i] as const));
    this.last = this.map.get(p) ?? -1;
    return this.last;
  }
}

/** The `w:tc` a table sits in, or null for a table in the body. */
function enclosingCell(tbl: Element): Element | null {
  for (let n = tbl.parentNode; n !== null; n = n.parentNode) if (isW(n, W.tc)) return n as Element;
  return null;
}

function isContinuation(tc: Element): boolean {
  const tcPr = firstW(tc, W.tcPr);
  const vMerge = tcPr === null ? null : firstW(tcPr, "vMerge");
  return vMerge !== null && wVal(vMerge) !== "restart";
}

type UndoEntry =
  | { readonly kind: "content"; readonly paragraph: Element; readonly copy: Element }
  | { readonly kind: "inserted"; readonly node: Element };

/**
 * The document behind a double: the engine's package, plus a per-batch undo log so that a batch
 * that fails half-way leaves the document exactly as it was (Word applies a batch or reports the
 * error of its first failing action; office-js #3200 shows one failing action failing the batch).
 */
export class WordState {
  readonly pkg: DocxPackage;
  readonly policy: DoublePolicy;
  private cachedIndex: DoubleIndex | null = null;
  private undo: UndoEntry[] = [];
  private readonly changed = new Set<Element>();
  private response = 0;
  private writes = 0;
  /** Size of each successful sync's response, in order (for the bench's largest response). */
  readonly responses: number[] = [];

  constructor(pkg: DocxPackage, policy: DoublePolicy) {
    this.pkg = pkg;
    this.policy = policy;
  }

  index(): DoubleIndex {
    if (this.cachedIndex === null) {
      this.cachedIndex = new DoubleIndex(this.pkg.document, this.policy);
    }
    return this.cachedIndex;
  }

  beginBatch(): void {
    this.undo = [];
    this.changed.clear();
    this.response = 0;
  }

  /** Counts `bytes` into this sync's response; the ceiling is checked once the batch has run. */
  addResponse(bytes: number): void {
    this.response += bytes;
  }

  /** Raises ResponsePayloadSizeLimitExceeded when this sync's response is over the ceiling. */
  checkResponse(): void {
    const ceiling = this.policy.responseCeilingBytes;
    if (ceiling !== null && this.response > ceiling) throw responseTooLarge(this.response, ceiling);
  }

  /** Counts one write; fails it when it is the one `DoublePolicy.failAtWrite` names. */
  countWrite(location: string): void {
    this.writes += 1;
    if (this.policy.failAtWrite === this.writes) {
      throw generalException(location, `write ${this.writes} failed (test hook failAtWrite)`);
    }
  }

  /** Call before changing anything inside paragraph `p` during a batch. */
  willChange(p: Element): void {
    if (this.changed.has(p)) return;
    this.changed.add(p);
    this.undo.push({ kind: "content", paragraph: p, copy: p.cloneNode(true) as Element });
  }

  /** Call after inserting a block (a paragraph split by "\n"): the structure changed. */
  inserted(node: Element): void {
    this.undo.push({ kind: "inserted", node });
    this.cachedIndex = null;
  }

  commitBatch(): void {
    if (this.undo.length > 0) this.pkg.documentChanged = true;
    this.responses.push(this.response);
    this.undo = [];
    this.changed.clear();
  }

  /** A failed batch: undo it, unless the policy says Word keeps what ran before the failure. */
  rollbackBatch(): void {
    if (this.policy.failedBatchKeepsEarlierWrites) {
      this.commitBatchWithoutResponse();
      return;
    }
    // Restore children in place so that the element (and the index built on it) stays valid.
    for (const entry of this.undo.reverse()) {
      if (entry.kind === "inserted") {
        entry.node.parentNode?.removeChild(entry.node);
        this.cachedIndex = null;
        continue;
      }
      const { paragraph, copy } = entry;
      while (paragraph.firstChild !== null) paragraph.removeChild(paragraph.firstChild);
      while (copy.firstChild !== null) paragraph.appendChild(copy.firstChild);
    }
    this.undo = [];
    this.changed.clear();
  }

  private commitBatchWithoutResponse(): void {
    if (this.undo.length > 0) this.pkg.documentChanged = true;
    this.undo = [];
    this.changed.clear();
  }

  /** A mutation by a test ("the teacher typed meanwhile"): structure may change, so re-index. */
  externalEdit(edit: (document: Document) => void): void {
    edit(this.pkg.document);
    this.pkg.documentChanged = true;
    this.cachedIndex = null;
  }
}
