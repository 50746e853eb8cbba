import type { IndexedTable } from "../../docx/bodyIndex";
import type { DoubleContext } from "./doubleContext";
import { DoubleCollection, DoubleEntity } from "./doubleObject";
import type { Resolver, ScalarReaders } from "./doubleObject";
import { cellValue } from "./tableCellProxy";
import type { WordState } from "./wordState";

export interface RowTarget {
  readonly table: IndexedTable;
  readonly row: number;
}

export function rowValues(target: RowTarget, state: WordState): string[] {
  const cells = state.index().wordCells(target.table, target.row);
  return cells.map((element, k) =>
    cellValue({ table: target.table, row: target.row, cell: k, element }, state),
  );
}

/** `Word.TableRow` (WordApi 1.3). `cellCount` counts the row's `w:tc` (see `DoublePolicy.vMergeContinuation`). */
export class DoubleTableRow extends DoubleEntity<RowTarget> {
  readonly typeName = "TableRow";
  protected readonly scalars: ScalarReaders<RowTarget> = {
    cellCount: (r, state) => state.index().wordCells(r.table, r.row).length,
    rowIndex: (r) => r.row,
    // d.ts: "Specifies the text values in the row, as a 2D JavaScript array." — one inner array.
    values: (r, state) => [rowValues(r, state)],
  };

  constructor(ctx: DoubleContext, resolver: Resolver<RowTarget>, options?: { nullable?: boolean }) {
    super(ctx, resolver, options);
  }

  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }

  get values(): string[][] {
    return this.loadedValue("values");
  }
}

export class DoubleTableRowCollection extends DoubleCollection<RowTarget, DoubleTableRow> {
  readonly typeName = "TableRowCollection";
  private readonly table: Resolver<IndexedTable>;

  constructor(ctx: DoubleContext, table: Resolver<IndexedTable>) {
    super(ctx);
    this.table = table;
  }

  protected resolveList(state: WordState): readonly RowTarget[] | null {
    const table = this.table(state);
    return table === null ? null : table.rows.map((_, row) => ({ table, row }));
  }

  protected createItem(resolver: Resolver<RowTarget>): DoubleTableRow {
    return new DoubleTableRow(this.ctx, resolver);
  }

  protected createNullable(resolver: Resolver<RowTarget>): DoubleTableRow {
    return new DoubleTableRow(this.ctx, resolver, { nullable: true });
  }
}
