import type {
  CellMarksModel,
  CellModel,
  CellParagraphModel,
  CheckboxModel,
  MarkSegment,
  ParagraphHazard,
  ParagraphModel,
  DocModel,
  RowModel,
  TableModel,
  VMerge,
} from "../domain/detection/docModel";
import { LivretError } from "../shared/livretError";
import { indexBody } from "./bodyIndex";
import type { IndexedCell, IndexedRow, IndexedTable } from "./bodyIndex";
import { checkboxOfSdt } from "./checkboxes";
import { getParagraphMarks, hasPlainMarks, paragraphHazards } from "./paragraphMarks";
import { getParagraphText } from "./paragraphText";
import { isSymbolFont } from "../domain/marks/glyphTable";
import { elementNames, mayContainAny, parseXml } from "./xmlPlatform";
import { W, W_NS, elementChildren, firstW, isW, onOff, wVal } from "./wml";

/** A model object while it is being built (the model is read-only once returned). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

function vMergeOf(el: Element | null): VMerge {
  if (el === null) return null;
  // §17.4.85: val="restart" opens a region; an absent val (or "continue") continues it.
  return wVal(el) === "restart" ? "restart" : "continue";
}

/** Only a w:numPr makes a paragraph numbered: most have none below them (the tree's name bits). */
const NUMBERING = elementNames([W.numPr]);

function isNumbered(p: Element): boolean {
  if (!mayContainAny(p, NUMBERING)) return false;
  const pPr = firstW(p, W.pPr);
  const numPr = pPr === null ? null : firstW(pPr, W.numPr);
  if (numPr === null) return false;
  // numId 0 removes numbering inherited from a style (§17.9.18).
  const numId = firstW(numPr, W.numId);
  return numId === null || wVal(numId) !== "0";
}

interface RawCell {
  readonly cell: IndexedCell;
  readonly tcPr: Element | null;
  readonly span: number;
  /** w:tcW, read only when the table's layout needs the widths (`cellWidth`). */
  readonly tcW: Element | null;
  /** `cellWidth`'s answer once asked (undefined before). */
  width: number | null | undefined;
  readonly hMerge: "restart" | "continue" | undefined;
  readonly vMerge: VMerge;
}

interface RawRow {
  readonly row: IndexedRow;
  readonly trPr: Element | null;
  readonly before: number;
  readonly after: number;
  /** w:wBefore / w:wAfter (twips when dxa), read only for a layout by widths. */
  readonly wBefore: Element | null;
  readonly wAfter: Element | null;
  /** w:tblHeader (§17.4.49): the row repeats as a header on each page. */
  readonly header: boolean;
  readonly cells: readonly RawCell[];
}

/** A width in twips: w:w of type dxa (or no type, §17.18.87 default); null otherwise. */
function dxa(el: Element | null): number | null {
  if (el === null) return null;
  const type = el.getAttributeNS(W_NS, "type");
  if (type !== null && type !== "" && type !== "dxa") return null;
  const n = Number.parseInt(el.getAttributeNS(W_NS, "w") ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A cell's w:tcW in twips (`dxa`), read once when first asked. */
function cellWidth(c: RawCell): number | null {
  if (c.width === undefined) c.width = dxa(c.tcW);
  return c.width;
}

/**
 * The first w: child of each name asked, in one pass over `parent`'s children (by position in
 * `names`; null when absent).
 */
function wChildren(parent: Element | null, names: readonly string[]): (Element | null)[] {
  const out: (Element | null)[] = names.map(() => null);
  if (parent === null) return out;
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).namespaceURI !== W_NS) continue;
    const at = names.indexOf((n as Element).localName);
    if (at >= 0 && out[at] === null) out[at] = n as Element;
  }
  return out;
}

const TC_PR = [W.gridSpan, "tcW", "hMerge", W.vMerge] as const;
const TR_PR = [W.gridBefore, "gridAfter", "wBefore", "wAfter", W.tblHeader] as const;

function rawRow(row: IndexedRow): RawRow {
  const trPr = firstW(row.element, W.trPr);
  const cells = row.cells.map((cell): RawCell => {
    const tcPr = firstW(cell.element, W.tcPr);
    const [gridSpan, tcW, hm, vMerge] = wChildren(tcPr, TC_PR);
    return {
      cell,
      tcPr,
      span: intVal(gridSpan ?? null, 1),
      tcW: tcW ?? null,
      width: undefined,
      hMerge: hm == null ? undefined : wVal(hm) === "restart" ? "restart" : "continue",
      vMerge: vMergeOf(vMerge ?? null),
    };
  });
  const [gridBefore, gridAfter, wBefore, wAfter, tblHeader] = wChildren(trPr, TR_PR);
  return {
    row,
    trPr,
    before: intVal(gridBefore ?? null, 0),
    after: intVal(gridAfter ?? null, 0),
    wBefore: wBefore ?? null,
    wAfter: wAfter ?? null,
    header: onOff(tblHeader ?? null),
    cells,
  };
}

interface Placement {
  readonly column: number;
  readonly span: number;
}

interface Geometry {
  readonly kind: "grid" | "widths" | "unknown";
  readonly columns: readonly number[];
  /** Per row, per cell: first grid column and span. */
  readonly placements: readonly (readonly Placement[])[];
}

function declaredPlacements(rows: readonly RawRow[]): Placement[][] {
  return rows.map((r) => {
    let column = r.before;
    return r.cells.map((c) => {
      const placement = { column, span: c.span };
      column += c.span;
      return placement;
    });
  });
}

/** Boundaries closer than this (in twips, 1/20 pt) are one column edge, as Word snaps them. */
const SNAP = 30;

/**
 * The table's grid (ECMA-376 §17.4.16 tblGrid, §17.4.17 gridSpan, gridBefore/gridAfter). When
 * tblGrid is missing or a row is wider than it, Word lays the rows out by their cells' widths
 * (tcW, wBefore, wAfter) and rebuilds the grid from the distinct column edges: the same here.
 * Without usable widths either, the declared spans are kept and the geometry is "unknown".
 */
function tableGeometry(tbl: Element, rows: readonly RawRow[]): Geometry {
  const tblGrid = firstW(tbl, W.tblGrid);
  const gridCols: number[] = [];
  if (tblGrid !== null) {
    for (const col of elementChildren(tblGrid)) {
      if (!isW(col, "gridCol")) continue;
      const n = Number.parseInt(col.getAttributeNS(W_NS, "w") ?? "", 10);
      gridCols.push(Number.isFinite(n) && n >= 0 ? n : 0);
    }
  }
  const declared = declaredPlacements(rows);
  const extent = (r: RawRow) => r.before + r.cells.reduce((sum, c) => sum + c.span, 0) + r.after;
  if (gridCols.length > 0 && rows.every((r) => extent(r) <= gridCols.length)) {
    return { kind: "grid", columns: gridCols, placements: declared };
  }
  const widthsKnown = rows.every((r) => r.cells.every((c) => cellWidth(c) !== null));
  if (!widthsKnown || rows.length === 0) {
    return { kind: "unknown", columns: gridCols, placements: declared };
  }
  const edges: number[] = [];
  const addEdge = (x: number) => {
    if (!edges.some((e) => Math.abs(e - x) <= SNAP)) edges.push(x);
  };
  const spans = rows.map((r) => {
    let x = dxa(r.wBefore) ?? 0;
    addEdge(x);
    return r.cells.map((c) => {
      const start = x;
      x += cellWidth(c)!;
      addEdge(x);
      return { start, end: x };
    });
  });
  edges.sort((a, b) => a - b);
  const edgeIndex = (x: number) => edges.findIndex((e) => Math.abs(e - x) <= SNAP);
  const placements = spans.map((cells) =>
    cells.map(({ start, end }) => {
      const column = edgeIndex(start);
      return { column, span: Math.max(1, edgeIndex(end) - column) };
    }),
  );
  const columns = edges.slice(1).map((e, i) => e - edges[i]!);
  return { kind: "widths", columns, placements };
}

function buildRow(
  raw: RawRow,
  placements: readonly Placement[],
  rowIndex: number,
  texts: readonly string[],
  hazardsOf: readonly (readonly ParagraphHazard[])[],
  byWidths: boolean,
): RowModel {
  const cells: CellModel[] = raw.cells.map((c: RawCell, index) => {
    const cell = c.cell;
    const paragraphs: CellParagraphModel[] = cell.paragraphs.map((p, k) => {
      const bodyIndex = cell.paragraphIndices[k] ?? -1;
      const own = bodyIndex >= 0 ? (hazardsOf[bodyIndex] ?? []) : paragraphHazards(p);
      // A checkbox content control wrapping the whole paragraph (a block-level w:sdt in the
      // cell) is not set by the writers: its glyph must not be rewritten as text.
      const hazards =
        insideCheckboxSdt(p, cell.element) && !own.includes("contentControl")
          ? [...own, "contentControl" as const]
          : own;
      const model: Mutable<CellParagraphModel> = {
        text: texts[bodyIndex] ?? getParagraphText(p),
        bodyIndex,
        numbered: isNumbered(p),
      };
      // Optional keys are absent, not undefined, when there is nothing (assigned, not spread:
      // no throw-away objects for the ~100,000 paragraphs of a class file).
      if (hazards.length > 0) model.hazards = hazards;
      return model;
    });
    const marks = cellMarks(cell.paragraphs);
    const placement = placements[index]!;
    const model: Mutable<CellModel> = {
      index,
      gridColumn: placement.column,
      gridSpan: placement.span,
      vMerge: c.vMerge,
      paragraphs,
      text:
        paragraphs.length === 1 ? paragraphs[0]!.text : paragraphs.map((p) => p.text).join("\n"),
    };
    // Read only where the layout needed it (geometry "widths"): a grid table's 85,000 cells
    // of a class file are not asked for an attribute nothing uses.
    const width = byWidths ? cellWidth(c) : null;
    if (width !== null) model.width = width;
    if (c.hMerge !== undefined) model.hMerge = c.hMerge;
    if (marks !== null) model.marks = marks;
    return model;
  });
  return { index: rowIndex, cells, header: raw.header };
}

/** Whether a cell paragraph sits inside a checkbox content control of the cell (block level). */
function insideCheckboxSdt(p: Element, tc: Element): boolean {
  for (let n = p.parentNode; n !== null && n !== tc; n = n.parentNode) {
    if (isW(n, W.sdt) && checkboxOfSdt(n as Element) !== null) return true;
  }
  return false;
}

/**
 * The marks model of a cell (checkboxes, symbol-font characters, text boxes), or null when
 * its plain text tells everything (most cells: the model stays small).
 */
function cellMarks(paragraphs: readonly Element[]): CellMarksModel | null {
  if (paragraphs.every(hasPlainMarks)) return null;
  const checkboxes: CheckboxModel[] = [];
  const segments: MarkSegment[] = [];
  const floating: string[] = [];
  let special = false;
  paragraphs.forEach((p, paragraph) => {
    const marks = getParagraphMarks(p);
    for (const box of marks.checkboxes) {
      checkboxes.push({
        box: checkboxes.length,
        paragraph,
        control: box.control,
        checked: box.checked,
      });
    }
    if (marks.fonts.some(isSymbolFont) || marks.floating !== "") special = true;
    for (const s of marks.segments) segments.push({ ...s, paragraph });
    if (marks.floating !== "") floating.push(marks.floating);
  });
  if (!special && checkboxes.length === 0) return null;
  return { segments, checkboxes, floating: floating.join("\n") };
}

/**
 * Text of the text boxes anchored in each body paragraph (mc:Choice and mc:Fallback hold the same
 * box), found in one pass over the document's boxes rather than one search per paragraph.
 */
function textBoxTexts(doc: Document, bodyParagraphs: readonly Element[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const boxes = doc.getElementsByTagNameNS(W_NS, W.txbxContent);
  if (boxes.length === 0) return out;
  const bodyIndexOf = new Map<Element, number>();
  bodyParagraphs.forEach((p, i) => bodyIndexOf.set(p, i));
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

function tableModel(
  t: IndexedTable,
  texts: readonly string[],
  hazardsOf: readonly (readonly ParagraphHazard[])[],
): Pick<TableModel, "rows" | "gridColumns" | "geometry"> {
  const raws = t.rows.map(rawRow);
  const geometry = tableGeometry(t.element, raws);
  return {
    rows: raws.map((r, i) =>
      buildRow(r, geometry.placements[i]!, i, texts, hazardsOf, geometry.kind === "widths"),
    ),
    gridColumns: geometry.columns,
    geometry: geometry.kind,
  };
}

/** The host-neutral model of `word/document.xml` (see `docModel.ts`). */
export function buildDocModel(doc: Document): DocModel {
  const index = indexBody(doc);
  const texts = index.paragraphs.map(getParagraphText);
  const boxTexts = textBoxTexts(doc, index.paragraphs);
  const hazardsOf = index.paragraphs.map(paragraphHazards);
  const tables: TableModel[] = index.tables.map((t) => ({
    index: t.index,
    nesting: t.nesting,
    ...tableModel(t, texts, hazardsOf),
  }));
  return {
    blocks: index.blocks,
    tables,
    paragraphs: index.paragraphs.map((_, i) => {
      const boxText = boxTexts.get(i)?.join("\n") ?? "";
      const hazards = hazardsOf[i]!;
      const model: Mutable<ParagraphModel> = {
        bodyIndex: i,
        text: texts[i]!,
        table: index.paragraphTable[i] ?? null,
      };
      if (boxText !== "") model.boxText = boxText;
      if (hazards.length > 0) model.hazards = hazards;
      return model;
    }),
  };
}
