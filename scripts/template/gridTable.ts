import type { BulletStyle } from "./bulletStyle";
import { bulletPara } from "./bulletStyle";
import type { CellSpec, ParaSpec, RowSpec } from "./wml";
import { PAGE, tableXml } from "./wml";

/**
 * A competence or attitude grid as the seed livret lays it out: 13 grid columns
 * [label | activities PFMP a | NE N D A E | activities PFMP b | NE N D A E].
 */

const LEVEL_WIDTH = 620;
const ACTIVITIES_WIDTH = 2000;
const LABEL_WIDTH = PAGE.landscape.textWidth - 2 * ACTIVITIES_WIDTH - 10 * LEVEL_WIDTH;

export const GRID_COLUMNS: readonly number[] = [
  LABEL_WIDTH,
  ACTIVITIES_WIDTH,
  ...Array<number>(5).fill(LEVEL_WIDTH),
  ACTIVITIES_WIDTH,
  ...Array<number>(5).fill(LEVEL_WIDTH),
];

/**
 * The three header layouts of the seed:
 * - "pfmpRow": "PFMP n" sits in the row-2 activities cell (block 1 and 4B grids);
 * - "pfmpInActivities": "PFMP n" is the last paragraph of the row-1 "Activités professionnelles
 *   Prévues" cell and the row-2 activities cell is empty (block 2 and 3 grids);
 * - "attitudes": row 1 says "Niveau de maîtrise", "PFMP n" on row 2 as in "pfmpRow".
 */
export type GridHeaderStyle = "pfmpRow" | "pfmpInActivities" | "attitudes";

export interface GridHeader {
  readonly style: GridHeaderStyle;
  /** The PFMP numbers printed in the header (Terminale 4B grids print 1 and 2 by mistake). */
  readonly pfmp: readonly [number, number];
  /** Paragraphs of each row-1 activities cell, before the PFMP paragraph of "pfmpInActivities". */
  readonly activities: readonly [readonly string[], readonly string[]];
  /** The five level captions of each group ("NE*" … in the Première block 1 grid). */
  readonly levels: readonly [readonly string[], readonly string[]];
  /** A bookmark Word left in the merged label cell of row 2. */
  readonly labelBookmark?: { readonly id: number; readonly name: string };
  /** The last "E" cell carries a second, empty paragraph (blocks 2 and 3 in the seed). */
  readonly lastLevelExtraParagraph?: boolean;
}

export type GridRow =
  | { readonly kind: "block"; readonly text: string; readonly extraParagraphs?: number }
  | { readonly kind: "section"; readonly text: string }
  | { readonly kind: "competence"; readonly label: string; readonly extraParagraphs?: number }
  | { readonly kind: "blank" };

export const PLAIN_LEVELS: readonly string[] = ["NE", "N", "D", "A", "E"];
export const STARRED_LEVELS: readonly string[] = PLAIN_LEVELS.map((l) => `${l}*`);

const HEADER_PARA: ParaSpec = { style: "GridHeader" };
const LABEL_PARA: ParaSpec = { style: "GridText" };

function paras(texts: readonly string[], base: ParaSpec): ParaSpec[] {
  return texts.map((text) => ({ ...base, text }));
}

function empties(n: number | undefined): ParaSpec[] {
  return Array.from({ length: n ?? 0 }, () => ({ ...LABEL_PARA }));
}

const emptyCell: CellSpec = { paras: [LABEL_PARA] };

function headerRows(h: GridHeader): RowSpec[] {
  const attitudes = h.style === "attitudes";
  const levelCaption = attitudes
    ? ["Niveau de maîtrise", ""]
    : ["Niveau de compétences", "atteint"];
  const row1: CellSpec[] = [{ paras: [HEADER_PARA], vMerge: "restart", vAlign: "center" }];
  const row2: CellSpec[] = [
    {
      paras: [
        h.labelBookmark !== undefined ? { ...HEADER_PARA, bookmark: h.labelBookmark } : HEADER_PARA,
      ],
      vMerge: "continue",
    },
  ];
  for (const g of [0, 1] as const) {
    const pfmp = `PFMP ${h.pfmp[g]}`;
    const activities = attitudes
      ? [""]
      : h.style === "pfmpInActivities"
        ? [...h.activities[g], pfmp]
        : h.activities[g];
    row1.push({ paras: paras(activities, HEADER_PARA), vAlign: "center", fill: "F2F2F2" });
    row1.push({
      paras: paras(levelCaption, HEADER_PARA),
      gridSpan: 5,
      vAlign: "center",
      fill: "F2F2F2",
    });
    row2.push({
      paras: paras([h.style === "pfmpInActivities" ? "" : pfmp], HEADER_PARA),
      vAlign: "center",
    });
    h.levels[g].forEach((level, i) => {
      const last = g === 1 && i === 4 && h.lastLevelExtraParagraph === true;
      row2.push({ paras: paras(last ? [level, ""] : [level], HEADER_PARA), vAlign: "center" });
    });
  }
  return [
    { cells: row1, header: true, cantSplit: true },
    { cells: row2, header: true, cantSplit: true },
  ];
}

function bodyRow(row: GridRow, bullets: BulletStyle): RowSpec {
  const twelveEmpty: CellSpec[] = Array.from({ length: 12 }, () => emptyCell);
  switch (row.kind) {
    case "block":
      return {
        cantSplit: true,
        cells: [
          {
            gridSpan: GRID_COLUMNS.length,
            fill: "D9D9D9",
            paras: [{ style: "GridBlock", text: row.text }, ...empties(row.extraParagraphs)],
          },
        ],
      };
    case "section":
      return {
        cantSplit: true,
        minHeight: 280,
        cells: [
          { fill: "F2F2F2", paras: [{ style: "GridSection", text: row.text }] },
          ...twelveEmpty,
        ],
      };
    case "competence":
      return {
        cantSplit: true,
        minHeight: 280,
        cells: [
          { paras: [bulletPara(row.label, bullets, LABEL_PARA), ...empties(row.extraParagraphs)] },
          ...twelveEmpty,
        ],
      };
    case "blank":
      return {
        cells: [
          emptyCell,
          emptyCell,
          { ...emptyCell, gridSpan: 5 },
          emptyCell,
          { ...emptyCell, gridSpan: 5 },
        ],
      };
  }
}

export function gridTableXml(
  header: GridHeader,
  rows: readonly GridRow[],
  bullets: BulletStyle,
): string {
  return tableXml({
    grid: GRID_COLUMNS,
    rows: [...headerRows(header), ...rows.map((r) => bodyRow(r, bullets))],
  });
}
