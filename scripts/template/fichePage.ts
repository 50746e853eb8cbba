import type { Page } from "./buildContext";
import type { CellSpec, ParaSpec, RowSpec } from "./wml";
import { paraXml, tableXml } from "./wml";

/**
 * The fiche récapitulative: columns [label | Dates | Tuteur en entreprise | Professeur chargé du
 * suivi]; per period a row "PÉRIODE N° n" (dates in cell 2, tutor in 3, teacher in 4) and a row
 * "ENTREPRISE D’ACCUEIL (Nom et cachet)" whose cell 2 is for the company.
 */

/** The dotted date lines differ from one period to the next in the seed; kept as printed. */
const DATE_LINES: readonly string[] = [
  "Du……………….   au …………………….. ",
  "Du……………….  au ……………………..",
  "Du………………. au ……………………..",
  "Du………………. au ……………………..                        ",
];

function texts(t: readonly string[], spec: ParaSpec = {}): CellSpec {
  return { paras: t.map((text) => ({ ...spec, text })) };
}

function periodRows(n: number): RowSpec[] {
  const head: ParaSpec = { style: "TableHeading" };
  // "D’ACUEIL" (sic) on the first period, as in the seed.
  const accueil = n === 1 ? "D’ACUEIL" : "D’ACCUEIL";
  return [
    {
      cantSplit: true,
      minHeight: 680,
      cells: [
        { ...texts([`PÉRIODE N° ${n}`], head), fill: "F2F2F2", vAlign: "center" },
        { ...texts([DATE_LINES[n - 1] ?? ""]), vAlign: "center" },
        texts([""]),
        texts([""]),
      ],
    },
    {
      cantSplit: true,
      minHeight: 1700,
      cells: [
        { ...texts(["ENTREPRISE", accueil, "(Nom et cachet)"], head), vAlign: "center" },
        texts(["", "", ""]),
        texts([""]),
        texts([""]),
      ],
    },
  ];
}

export function fichePage(): Page {
  const head: ParaSpec = { style: "TableHeading" };
  const h = (text: string): CellSpec => ({ ...texts([text], head), fill: "D9D9D9" });
  return [
    paraXml({
      style: "PageTitle",
      text: "Fiche récapitulative des périodes de formation en milieu professionnel.",
    }),
    paraXml({}),
    tableXml({
      grid: [2400, 2638, 2300, 2300],
      rows: [
        {
          header: true,
          cells: [h(""), h("Dates "), h("Tuteur en entreprise"), h("Professeur chargé du suivi")],
        },
        ...[1, 2, 3, 4].flatMap(periodRows),
      ],
    }),
    paraXml({ text: " " }),
  ];
}
