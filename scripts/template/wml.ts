import { escapeXml } from "./xmlText";

/**
 * Small WordprocessingML string builders (ECMA-376 Part 1, §17). Child elements are written in
 * the sequence order the schema requires (e.g. CT_PPr §17.3.1.26, CT_TcPr §17.4.70), because Word
 * rejects out-of-order properties even when LibreOffice tolerates them.
 */

export interface RunProps {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in half-points (w:sz, §17.3.2.38). */
  readonly size?: number;
  readonly underline?: boolean;
  readonly superscript?: boolean;
}

export interface RunSpec {
  readonly text: string;
  readonly props?: RunProps;
}

export type Alignment = "left" | "center" | "right" | "both";

export interface ParaSpec {
  /** Plain text of the paragraph (one run); ignored when `runs` is given. */
  readonly text?: string;
  readonly runs?: readonly RunSpec[];
  /** Run properties applied to `text`. */
  readonly props?: RunProps;
  readonly style?: string;
  readonly align?: Alignment;
  /** List numbering (w:numPr, §17.3.1.19): the bullet is drawn by Word, not typed in the text. */
  readonly numId?: number;
  readonly keepNext?: boolean;
  readonly spacingBefore?: number;
  readonly spacingAfter?: number;
  readonly indentLeft?: number;
  /** A bookmark around the paragraph's content, as Word leaves them (_GoBack, _Hlk…). */
  readonly bookmark?: { readonly id: number; readonly name: string };
  /** Starts the paragraph with a manual page break run (w:br w:type="page", §17.3.3.1). */
  readonly pageBreak?: boolean;
  /** A section break: this paragraph closes a section with these properties (§17.6.17). */
  readonly sectPr?: string;
}

function runPropsXml(p: RunProps | undefined): string {
  if (p === undefined) return "";
  let x = "";
  if (p.bold === true) x += "<w:b/><w:bCs/>";
  if (p.italic === true) x += "<w:i/><w:iCs/>";
  if (p.size !== undefined) x += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  if (p.underline === true) x += '<w:u w:val="single"/>';
  if (p.superscript === true) x += '<w:vertAlign w:val="superscript"/>';
  return x === "" ? "" : `<w:rPr>${x}</w:rPr>`;
}

function textXml(text: string): string {
  if (text === "") return "";
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<w:t${preserve}>${escapeXml(text)}</w:t>`;
}

/** One run; a tab character in the text becomes a w:tab element (§17.3.3.32), as Word stores it. */
export function runXml(run: RunSpec): string {
  const parts = run.text.split("\t");
  const content = parts.map((part, i) => (i === 0 ? "" : "<w:tab/>") + textXml(part)).join("");
  return `<w:r>${runPropsXml(run.props)}${content}</w:r>`;
}

export function paraXml(p: ParaSpec): string {
  let ppr = "";
  if (p.style !== undefined) ppr += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext === true) ppr += "<w:keepNext/>";
  if (p.numId !== undefined)
    ppr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numId}"/></w:numPr>`;
  if (p.spacingBefore !== undefined || p.spacingAfter !== undefined) {
    const before = p.spacingBefore !== undefined ? ` w:before="${p.spacingBefore}"` : "";
    const after = p.spacingAfter !== undefined ? ` w:after="${p.spacingAfter}"` : "";
    ppr += `<w:spacing${before}${after}/>`;
  }
  if (p.indentLeft !== undefined) ppr += `<w:ind w:left="${p.indentLeft}"/>`;
  if (p.align !== undefined) ppr += `<w:jc w:val="${p.align}"/>`;
  if (p.sectPr !== undefined) ppr += p.sectPr;
  const runs: readonly RunSpec[] =
    p.runs ?? (p.text !== undefined && p.text !== "" ? [{ text: p.text, props: p.props }] : []);
  let content = runs.map(runXml).join("");
  if (p.pageBreak === true) content = '<w:r><w:br w:type="page"/></w:r>' + content;
  if (p.bookmark !== undefined) {
    const { id, name } = p.bookmark;
    content = `<w:bookmarkStart w:id="${id}" w:name="${escapeXml(name)}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
  return `<w:p>${ppr === "" ? "" : `<w:pPr>${ppr}</w:pPr>`}${content}</w:p>`;
}

export type VMerge = "restart" | "continue";

export interface CellSpec {
  readonly paras: readonly ParaSpec[];
  readonly gridSpan?: number;
  readonly vMerge?: VMerge;
  /** Fill colour (hex RGB) of the cell (w:shd, §17.4.33). */
  readonly fill?: string;
  readonly vAlign?: "top" | "center" | "bottom";
}

export interface RowSpec {
  readonly cells: readonly CellSpec[];
  /** Repeated as a header row on each page (w:tblHeader, §17.4.49). */
  readonly header?: boolean;
  readonly cantSplit?: boolean;
  /** Minimum row height in twips (w:trHeight hRule="atLeast", §17.4.80): room to write. */
  readonly minHeight?: number;
}

export interface TableSpec {
  /** w:gridCol widths in twentieths of a point; their sum is the table width. */
  readonly grid: readonly number[];
  readonly rows: readonly RowSpec[];
  readonly style?: string;
}

function cellXml(cell: CellSpec, width: number): string {
  let pr = `<w:tcW w:w="${width}" w:type="dxa"/>`;
  if (cell.gridSpan !== undefined && cell.gridSpan > 1)
    pr += `<w:gridSpan w:val="${cell.gridSpan}"/>`;
  if (cell.vMerge === "restart") pr += '<w:vMerge w:val="restart"/>';
  if (cell.vMerge === "continue") pr += "<w:vMerge/>";
  if (cell.fill !== undefined) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${cell.fill}"/>`;
  if (cell.vAlign !== undefined) pr += `<w:vAlign w:val="${cell.vAlign}"/>`;
  // A cell must end with a paragraph (§17.4.66).
  const paras = cell.paras.length === 0 ? [{}] : cell.paras;
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${paras.map(paraXml).join("")}</w:tc>`;
}

export function tableXml(table: TableSpec): string {
  const total = table.grid.reduce((a, b) => a + b, 0);
  const rows = table.rows.map((row) => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.gridSpan ?? 1;
      const width = table.grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return cellXml(cell, width);
    });
    if (col !== table.grid.length) {
      throw new Error(`row spans ${col} grid columns, the table has ${table.grid.length}`);
    }
    let trPr = "";
    if (row.cantSplit === true) trPr += "<w:cantSplit/>";
    if (row.minHeight !== undefined)
      trPr += `<w:trHeight w:val="${row.minHeight}" w:hRule="atLeast"/>`;
    if (row.header === true) trPr += "<w:tblHeader/>";
    return `<w:tr>${trPr === "" ? "" : `<w:trPr>${trPr}</w:trPr>`}${cells.join("")}</w:tr>`;
  });
  const tblPr =
    `<w:tblPr><w:tblStyle w:val="${table.style ?? "TableGrid"}"/>` +
    `<w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    "</w:tblPr>";
  const grid = `<w:tblGrid>${table.grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  return `<w:tbl>${tblPr}${grid}${rows.join("")}</w:tbl>`;
}

export type Orientation = "portrait" | "landscape";

/** A4 page in twips: 11906 × 16838 (§17.6.13); landscape swaps the sizes and sets w:orient. */
export const PAGE = {
  portrait: { width: 11906, height: 16838, margin: 1134, textWidth: 11906 - 2 * 1134 },
  landscape: { width: 16838, height: 11906, margin: 720, textWidth: 16838 - 2 * 720 },
} as const;

export function sectPrXml(orientation: Orientation): string {
  const page = PAGE[orientation];
  const orient = orientation === "landscape" ? ' w:orient="landscape"' : "";
  const m = page.margin;
  return (
    "<w:sectPr>" +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${orient}/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="567" w:footer="567" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/>' +
    "</w:sectPr>"
  );
}
