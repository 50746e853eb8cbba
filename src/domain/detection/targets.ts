import type { CellModel, DocModel } from "./docModel";
import type { CellAddress, TextTarget } from "./livretMap";

/** The cell a cell address or cell target points to in the model, or null. */
export function cellAt(model: DocModel, at: CellAddress | TextTarget): CellModel | null {
  if ("kind" in at && at.kind === "body") return null;
  const a = at as CellAddress;
  return model.tables[a.table]?.rows[a.row]?.cells[a.cell] ?? null;
}

/** The current text of the paragraph a target points to ("" when it does not exist). */
export function targetText(model: DocModel, target: TextTarget): string {
  if (target.kind === "body") return model.paragraphs[target.paragraph]?.text ?? "";
  return cellAt(model, target)?.paragraphs[target.paragraph]?.text ?? "";
}
