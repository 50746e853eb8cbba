import { getParagraphText } from "../../docx/paragraphText";
import { DoubleBody } from "./bodyProxy";
import type { DoubleContext } from "./doubleContext";
import { DoubleEntity } from "./doubleObject";
import type { DoubleObject, Resolver, ScalarReaders } from "./doubleObject";
import type { CellLocation } from "./wordState";
import type { WordState } from "./wordState";

export function cellValue(cell: CellLocation, state: WordState): string {
  return state
    .index()
    .cellParagraphs(cell.element)
    .map(getParagraphText)
    .join(state.policy.paragraphSeparator);
}

/** `Word.TableCell` (WordApi 1.3): no text methods of its own — text goes through `body`. */
export class DoubleTableCell extends DoubleEntity<CellLocation> {
  readonly typeName = "TableCell";
  protected readonly scalars: ScalarReaders<CellLocation> = {
    value: cellValue,
    rowIndex: (c) => c.row,
    cellIndex: (c) => c.cell,
  };
  readonly body: DoubleBody;

  constructor(
    ctx: DoubleContext,
    resolver: Resolver<CellLocation>,
    options?: { nullable?: boolean },
  ) {
    super(ctx, resolver, options);
    this.body = new DoubleBody(ctx, (state) => {
      const cell = this.resolve(state);
      return cell === null ? null : { container: cell.element };
    });
  }

  protected navigation(name: string): DoubleObject | undefined {
    return name === "body" ? this.body : undefined;
  }

  get value(): string {
    return this.loadedValue("value");
  }

  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }

  get cellIndex(): number {
    return this.loadedValue("cellIndex");
  }
}
