import type { DocxPackage } from "../../docx/docxPackage";
import { indexBody } from "../../docx/bodyIndex";
import type { IndexedTable } from "../../docx/bodyIndex";
import { W, isW } from "../../docx/wml";
import type { DoublePolicy } from "./doublePolicy";

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
  private readonly paragraphPosition = new Map<Element, number>();
  private readonly paragraphTable: readonly (number | null)[];
  private readonly tableContainer = new Map<number, Element | null>();
  private readonly cellParagraphMap = new Map<Element, Element[]>();

  constructor(document: Document) {
    const index = indexBody(document);
    this.paragraphs = index.paragraphs;
    this.tables = index.tables;
    this.paragraphTable = index.paragraphTable;
    index.paragraphs.forEach((p, i) => {
      this.paragraphPosition.set(p, i);
      for (let n = p.parentNode; n !== null; n = n.parentNode) {
        if (isW(n, W.tc)) {
          const list = this.cellParagraphMap.get(n as Element) ?? [];
          list.push(p);
          this.cellParagraphMap.set(n as Element, list);
        }
      }
    });
    for (const t of index.tables) {
      let container: Element | null = null;
      for (let n = t.element.parentNode; n !== null; n = n.parentNode) {
        if (isW(n, W.tc)) {
          container = n as Element;
          break;
        }
      }
      this.tableContainer.set(t.index, container);
    }
  }

  positionOf(p: Element): number {
    return this.paragraphPosition.get(p) ?? -1;
  }

  /** Word's `Paragraph.tableNestingLevel`: 0 outside tables, 1 in a top-level table, … */
  tableNestingLevelOf(p: Element): number {
    const t = this.paragraphTable[this.positionOf(p)] ?? null;
    return t === null ? 0 : (this.tables[t]?.nesting ?? 0) + 1;
  }

  /** Every paragraph inside a cell, nested tables' paragraphs included (a cell body's paragraphs). */
  cellParagraphs(tc: Element): readonly Element[] {
    return this.cellParagraphMap.get(tc) ?? [];
  }

  /** Tables directly in a container: the document body (null) or a cell. */
  tablesIn(container: Element | null): readonly IndexedTable[] {
    return this.tables.filter((t) => this.tableContainer.get(t.index) === container);
  }

  bodyTables(policy: DoublePolicy): readonly IndexedTable[] {
    return policy.bodyTablesIncludeNested ? this.tables : this.tablesIn(null);
  }

  containerOf(table: IndexedTable): Element | null {
    return this.tableContainer.get(table.index) ?? null;
  }

  cellAt(table: IndexedTable, row: number, cell: number): CellLocation | null {
    if (!Number.isInteger(row) || !Number.isInteger(cell)) return null;
    const tc = table.rows[row]?.cells[cell]?.element;
    return tc === undefined ? null : { table, row, cell, element: tc };
  }
}

interface UndoEntry {
  readonly paragraph: Element;
  readonly copy: Element;
}

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

  constructor(pkg: DocxPackage, policy: DoublePolicy) {
    this.pkg = pkg;
    this.policy = policy;
  }

  index(): DoubleIndex {
    if (this.cachedIndex === null) this.cachedIndex = new DoubleIndex(this.pkg.document);
    return this.cachedIndex;
  }

  beginBatch(): void {
    this.undo = [];
    this.changed.clear();
  }

  /** Call before changing anything inside paragraph `p` during a batch. */
  willChange(p: Element): void {
    if (this.changed.has(p)) return;
    this.changed.add(p);
    this.undo.push({ paragraph: p, copy: p.cloneNode(true) as Element });
  }

  commitBatch(): void {
    if (this.undo.length > 0) this.pkg.documentChanged = true;
    this.undo = [];
    this.changed.clear();
  }

  rollbackBatch(): void {
    // Restore children in place so that the element (and the index built on it) stays valid.
    for (const { paragraph, copy } of this.undo.reverse()) {
      while (paragraph.firstChild !== null) paragraph.removeChild(paragraph.firstChild);
      while (copy.firstChild !== null) paragraph.appendChild(copy.firstChild);
    }
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
