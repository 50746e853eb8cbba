import type { CellModel } from "./docModel";
import type { TextTarget } from "./livretMap";
import { isPlaceholder } from "./normaliseLabel";

/**
 * The paragraph a value of a form cell goes to: the first paragraph that holds something (the
 * "Du……au……" line of a period cell that opens with an empty spacing paragraph), else the first.
 */
export function cellTextTarget(table: number, row: number, cell: CellModel): TextTarget {
  const withText = cell.paragraphs.findIndex((p) => p.text.trim() !== "");
  return { kind: "cell", table, row, cell: cell.index, paragraph: withText < 0 ? 0 : withText };
}

/** The text a form cell holds, placeholders ("……", "Du…au…") left out by the readers. */
export function cellValueText(cell: CellModel): string {
  return cell.paragraphs
    .map((p) => p.text)
    .filter((t) => !isPlaceholder(t))
    .join("\n");
}
