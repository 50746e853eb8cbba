import type { IndexedTable } from "../../docx/bodyIndex";
import type { DoubleClientResult } from "./clientResult";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity, DoubleListCollection } from "./doubleObject";
import type { DoubleObject, Resolver, ScalarReaders } from "./doubleObject";
import { DoubleRange, queueOoxml } from "./rangeProxy";
import { DoubleTableCell } from "./tableCellProxy";
import { DoubleTableRowCollection, rowValues } from "./tableRowProxy";
import type { CellLocation, WordState } from "./wordState";

/** `Word.Table` (WordApi 1.3), resolving to the engine's indexed `w:tbl`. */
export class DoubleTable extends DoubleEntity<IndexedTable> {
  readonly typeName = "Table";
  protected readonly scalars: ScalarReaders<IndexedTable> = {
    values: (t, state) => t.rows.map((_, row) => rowValues({ table: t, row }, state)),
    rowCount: (t) => t.rows.length,
    // "Gets the nesting level of the table. Top-level tables have level 1."
    nestingLevel: (t) => t.nesting + 1,
    // COM: "True if all the rows in a table have the same number of columns" (VBA Table.Uniform).
    isUniform: (t, state) =>
      new Set(t.rows.map((_, r) => state.index().wordCells(t, r).length)).size <= 1,
  };
  readonly rows: DoubleTableRowCollection;
  readonly tables: DoubleTableCollection;

  constructor(
    ctx: DoubleContext,
    resolver: Resolver<IndexedTable>,
    options?: { nullable?: boolean },
  ) {
    super(ctx, resolver, options);
    this.rows = new DoubleTableRowCollection(ctx, resolver);
    // "Gets the child tables nested one level deeper": tables directly inside this table's cells.
    this.tables = new DoubleTableCollection(ctx, (state) => {
      const t = this.resolve(state);
      if (t === null) return null;
      const cells = new Set(t.rows.flatMap((r) => r.cells.map((c) => c.element)));
      const index = state.index();
      return index.tables.filter((n) => {
        const container = index.containerOf(n);
        return container !== null && cells.has(container);
      });
    });
  }

  protected navigation(name: string): DoubleObject | undefined {
    if (name === "rows") return this.rows;
    if (name === "tables") return this.tables;
    return undefined;
  }

  get values(): string[][] {
    return this.loadedValue("values");
  }

  get rowCount(): number {
    return this.loadedValue("rowCount");
  }

  get nestingLevel(): number {
    return this.loadedValue("nestingLevel");
  }

  get isUniform(): boolean {
    return this.loadedValue("isUniform");
  }

  private cellResolver(rowIndex: number, cellIndex: number): Resolver<CellLocation> {
    return (state) => {
      const t = this.resolve(state);
      return t === null ? null : state.index().cellAt(t, rowIndex, cellIndex);
    };
  }

  /** "Throws an `ItemNotFound` error if the specified table cell doesn't exist." (d.ts, 1.3) */
  getCell(rowIndex: number, cellIndex: number): DoubleTableCell {
    return this.instantiated(
      new DoubleTableCell(this.ctx, this.cellResolver(rowIndex, cellIndex)),
      "Table.getCell",
    );
  }

  getCellOrNullObject(rowIndex: number, cellIndex: number): DoubleTableCell {
    return new DoubleTableCell(this.ctx, this.cellResolver(rowIndex, cellIndex), {
      nullable: true,
    });
  }

  /**
   * "Gets the next table." Which table follows is not documented for nested tables; the double
   * returns the next table in the same container (body or cell), consistent with
   * `DoublePolicy.bodyTablesIncludeNested` = false. [UNCONFIRMED]
   */
  getNext(): DoubleTable {
    return this.instantiated(new DoubleTable(this.ctx, this.nextResolver()), "Table.getNext");
  }

  getNextOrNullObject(): DoubleTable {
    return new DoubleTable(this.ctx, this.nextResolver(), { nullable: true });
  }

  private nextResolver(): Resolver<IndexedTable> {
    return (state: WordState) => {
      const t = this.resolve(state);
      if (t === null) return null;
      const index = state.index();
      const siblings =
        index.containerOf(t) === null
          ? index.bodyTables(state.policy)
          : index.tablesIn(index.containerOf(t));
      return siblings[siblings.indexOf(t) + 1] ?? null;
    };
  }

  getRange(_rangeLocation?: string): DoubleRange {
    return this.instantiated(
      new DoubleRange(this.ctx, (state) => {
        const t = this.resolve(state);
        return t === null ? null : { nodes: [t.element] };
      }),
      "Table.getRange",
    );
  }

  getOoxml(): DoubleClientResult<string> {
    return queueOoxml(this.ctx, "Table.getOoxml", (state) => {
      const t = this.resolve(state);
      return t === null ? undefined : [t.element];
    });
  }
}

export class DoubleTableCollection extends DoubleListCollection<IndexedTable, DoubleTable> {
  readonly typeName = "TableCollection";

  protected item(resolver: Resolver<IndexedTable>, options?: { nullable?: boolean }): DoubleTable {
    return new DoubleTable(this.ctx, resolver, options);
  }
}
