import type {
  CellModel,
  CellParagraphModel,
  DocModel,
  RowModel,
  TableModel,
  VMerge,
} from "../domain/detection/docModel";
import { LivretError } from "../shared/livretError";
import { indexBody } from "./bodyIndex";
import type { IndexedCell, IndexedRow } from "./bodyIndex";
import { getParagraphText } from "./paragraphText";
import { parseXml } from "./xmlPlatform";
import { W, W_NS, firstW, onOff, wVal } from "./wml";

/** Parses a part's XML; malformed XML becomes `LivretError("MalformedXml")`. */
export function parseDocumentXml(xml: string, partName = "word/document.xml"): Document {
  try {
    return parseXml(xml);
  } catch (error) {
    throw new LivretError(
      "MalformedXml",
      `${partName}: XML mal formé (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}

function intVal(el: Element | null, fallback: number): number {
  if (el === null) return fallback;
  const n = Number.parseInt(wVal(el) ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function vMergeOf(tcPr: Element | null): VMerge {
  const el = tcPr === null ? null : firstW(tcPr, W.vMerge);
  if (el === null) return null;
  // §17.4.85: val="restart" opens a region; an absent val (or "continue") continues it.
  return wVal(el) === "restart" ? "restart" : "continue";
}

function isNumbered(p: Element): boolean {
  const pPr = firstW(p, W.pPr);
  const numPr = pPr === null ? null : firstW(pPr, W.numPr);
  if (numPr === null) return false;
  // numId 0 removes numbering inherited from a style (§17.9.18).
  const numId = firstW(numPr, W.numId);
  return numId === null || wVal(numId) !== "0";
}

function buildRow(
  row: IndexedRow,
  rowIndex: number,
  bodyIndexOf: Map<Element, number>,
  texts: readonly string[],
): RowModel {
  const trPr = firstW(row.element, W.trPr);
  let column = intVal(trPr === null ? null : firstW(trPr, W.gridBefore), 0);
  const cells: CellModel[] = row.cells.map((cell: IndexedCell, index) => {
    const tcPr = firstW(cell.element, W.tcPr);
    const gridSpan = intVal(tcPr === null ? null : firstW(tcPr, W.gridSpan), 1);
    const paragraphs: CellParagraphModel[] = cell.paragraphs.map((p) => {
      const bodyIndex = bodyIndexOf.get(p) ?? -1;
      return { text: texts[bodyIndex] ?? getParagraphText(p), bodyIndex, numbered: isNumbered(p) };
    });
    const model: CellModel = {
      index,
      gridColumn: column,
      gridSpan,
      vMerge: vMergeOf(tcPr),
      paragraphs,
      text: paragraphs.map((p) => p.text).join("\n"),
    };
    column += gridSpan;
    return model;
  });
  return {
    index: rowIndex,
    cells,
    header: onOff(trPr === null ? null : firstW(trPr, W.tblHeader)),
  };
}

/**
 * Text of the text boxes anchored in each body paragraph (mc:Choice and mc:Fallback hold the same
 * box), found in one pass over the document's boxes rather than one search per paragraph.
 */
function textBoxTexts(
  doc: Document,
  bodyIndexOf: ReadonlyMap<Element, number>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const boxes = doc.getElementsByTagNameNS(W_NS, W.txbxContent);
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes.item(i)!;
    // The body paragraph the box is anchored in: its outermost enclosing indexed paragraph.
    let owner: number | undefined;
    for (let n: Node | null = box.parentNode; n !== null; n = n.parentNode) {
      const at = bodyIndexOf.get(n as Element);
      if (at !== undefined) owner = at;
    }
    if (owner === undefined) continue;
    const paragraphs = box.getElementsByTagNameNS(W_NS, W.p);
    const lines: string[] = [];
    for (let k = 0; k < paragraphs.length; k++) lines.push(getParagraphText(paragraphs.item(k)!));
    const text = lines.join("\n");
    const texts = out.get(owner) ?? [];
    if (!texts.includes(text)) texts.push(text);
    out.set(owner, texts);
  }
  return out;
}

/** The host-neutral model of `word/document.xml` (see `docModel.ts`). */
export function buildDocModel(doc: Document): DocModel {
  const index = indexBody(doc);
  const bodyIndexOf = new Map<Element, number>();
  index.paragraphs.forEach((p, i) => bodyIndexOf.set(p, i));
  const texts = index.paragraphs.map(getParagraphText);
  const boxTexts = textBoxTexts(doc, bodyIndexOf);
  const tables: TableModel[] = index.tables.map((t) => ({
    index: t.index,
    nesting: t.nesting,
    rows: t.rows.map((r, i) => buildRow(r, i, bodyIndexOf, texts)),
  }));
  return {
    blocks: index.blocks,
    tables,
    paragraphs: index.paragraphs.map((_, i) => {
      const boxText = boxTexts.get(i)?.join("\n") ?? "";
      return {
        bodyIndex: i,
        text: texts[i]!,
        table: index.paragraphTable[i] ?? null,
        ...(boxText === "" ? {} : { boxText }),
      };
    }),
  };
}
