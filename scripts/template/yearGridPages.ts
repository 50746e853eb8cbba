import { blockOf } from "../../src/domain/catalog/referentiel";
import type { BlockId, CatalogSection } from "../../src/domain/catalog/catalogTypes";
import type { SchoolYear } from "../../src/domain/schoolYear";
import { YEAR_PFMPS } from "../../src/domain/schoolYear";
import type { BuildContext, Page } from "./buildContext";
import type { GridHeader, GridHeaderStyle, GridRow } from "./gridTable";
import { PLAIN_LEVELS, STARRED_LEVELS, gridTableXml } from "./gridTable";
import type { ParaSpec } from "./wml";
import { paraXml } from "./wml";

/**
 * The landscape grid pages of one school year, in the seed's order: blocks 1, 2, 3, three 4B
 * grids, then the attitudes grid. Labels come from the catalog; where the seed prints a row
 * differently in one year (dashes, spaces, accents) the seed's text wins, as listed below.
 */

/** Seed headings that differ from the catalog's (which follows the Première grids). */
const HEADINGS: Readonly<Record<SchoolYear, Readonly<Record<string, string>>>> = {
  premiere: {
    "2": "Compétences 2 - Suivre les ventes ",
    "3": "Compétences 3 - Fidéliser la clientèle et développer la relation client ",
  },
  terminale: {
    "2": "Compétences 2 – Suivre les ventes ",
    "3": "Compétences 3 – Fidéliser la clientèle et développer la relation client ",
    "3.3": "   3-3 Évaluer les actions de fidélisation et de développement de la relation client",
  },
};

/** Seed labels whose spacing the catalog normalises (trailing space, no-break spaces). */
const LABELS: Readonly<Record<string, string>> = {
  "3.1.2":
    "Recueillir, extraire, exploiter, synthétiser les données : «\u00a0de sources internes\u00a0; de sources externes\u00a0»",
  "4B.4.6": "Déterminer les causes des écarts ",
};

/**
 * Label cells that hold extra empty paragraphs after the label in the seed (the author pressed
 * Enter): the engine must still read them as one label.
 */
const EXTRA_PARAGRAPHS: Readonly<Record<SchoolYear, Readonly<Record<string, number>>>> = {
  premiere: {
    "1.2.2": 2,
    "1.3.1": 1,
    "4B.1.1": 1,
    "4B.1.2": 1,
    "4B.1.3": 1,
    "4B.2.1": 1,
    "4B.2.2": 1,
    "4B.2.3": 1,
    "4B.3.1": 1,
    "4B.3.2": 1,
    "4B.5.1": 1,
    "4B.5": 1,
  },
  terminale: {
    "1.2.2": 2,
    "4B.1.1": 1,
    "4B.1.2": 1,
    "4B.1.3": 1,
    "4B.2.1": 1,
    "4B.2.2": 1,
    "4B.2.3": 1,
    "4B.3.1": 1,
    "4B.3.2": 1,
    "4B.5.1": 1,
    "4B.5": 1,
  },
};

function heading(year: SchoolYear, id: string, fallback: string): string {
  return HEADINGS[year][id] ?? fallback;
}

function competenceRows(year: SchoolYear, section: CatalogSection): GridRow[] {
  return section.competences.map((c) => ({
    kind: "competence",
    label: LABELS[c.key] ?? c.label,
    extraParagraphs: EXTRA_PARAGRAPHS[year][c.key],
  }));
}

/** Blocks 1–3: a block row, then per section a sub-block row and its competences. */
function numberedBlockRows(year: SchoolYear, id: BlockId): GridRow[] {
  const block = blockOf(id);
  const rows: GridRow[] = [{ kind: "block", text: heading(year, id, block.heading) }];
  for (const section of block.sections) {
    rows.push({ kind: "section", text: heading(year, section.id, section.heading ?? "") });
    rows.push(...competenceRows(year, section));
  }
  return rows;
}

/** 4B: each section is headed by a full-width "Compétences 4B - …" block row. */
function block4BRows(year: SchoolYear, sectionIds: readonly string[]): GridRow[] {
  return blockOf("4B")
    .sections.filter((s) => sectionIds.includes(s.id))
    .flatMap((section): GridRow[] => [
      {
        kind: "block",
        text: section.heading ?? "",
        extraParagraphs: EXTRA_PARAGRAPHS[year][section.id],
      },
      ...competenceRows(year, section),
    ]);
}

function attitudeRows(): GridRow[] {
  const block = blockOf("AP");
  return [
    { kind: "block", text: block.heading },
    ...block.sections.flatMap((s) => competenceRows("premiere", s)),
  ];
}

function header(
  style: GridHeaderStyle,
  pfmp: readonly [number, number],
  activities: readonly [readonly string[], readonly string[]],
  extra: Partial<GridHeader> = {},
): GridHeader {
  return { style, pfmp, activities, levels: [PLAIN_LEVELS, PLAIN_LEVELS], ...extra };
}

const ACTIVITIES_PREVUES: readonly [readonly string[], readonly string[]] = [
  ["Activités professionnelles ", "prévues"],
  ["Activités professionnelles ", "prévues"],
];
const ACTIVITIES_PREVUES_4B: readonly [readonly string[], readonly string[]] = [
  ["Activités professionnelles", " prévues"],
  ["Activités professionnelles ", "prévues"],
];
const ACTIVITIES_PREVUES_PFMP: readonly [readonly string[], readonly string[]] = [
  ["Activités professionnelles ", "Prévues "],
  ["Activités professionnelles ", "Prévues "],
];

const LEGEND: readonly string[] = [
  "*NE : non évalué",
  "*N\u00a0: Novice",
  "*D\u00a0: débrouillé",
  "*A\u00a0: averti",
  "*E\u00a0: expert",
];

function p(text: string, spec: ParaSpec = {}): string {
  return paraXml({ ...spec, text });
}

function blank(n: number): string[] {
  return Array.from({ length: n }, () => paraXml({}));
}

function legend(): string[] {
  return [...blank(1), ...LEGEND.map((t) => p(t, { style: "Legend" }))];
}

function title(lines: readonly string[]): string[] {
  return lines.map((t) => p(t, { style: "GridTitle" }));
}

export function yearGridPages(year: SchoolYear, ctx: BuildContext): Page[] {
  const pfmp = YEAR_PFMPS[year];
  const premiere = year === "premiere";
  // The seed's Terminale 4B grids still say "PFMP 1 / PFMP 2" (copied from Première): kept.
  const pfmp4B: readonly [number, number] = [1, 2];
  const grid = (h: GridHeader, rows: readonly GridRow[]): string =>
    gridTableXml(h, rows, ctx.bullets);

  const block1Header = header("pfmpRow", pfmp, ACTIVITIES_PREVUES, {
    ...(premiere ? { levels: [STARRED_LEVELS, PLAIN_LEVELS] } : {}),
    ...(premiere && ctx.withBookmarks
      ? { labelBookmark: { id: ctx.nextBookmarkId(), name: "_Hlk24742544" } }
      : {}),
  });
  const page1: Page = [
    ...title([
      premiere
        ? " Grille de positionnement formative des compétences Baccalauréat Professionnel des métiers du commerce et de la vente (MCV) – Option B Prospection clientèle et valorisation de l’offre commerciale –   1re Professionnelle"
        : "Grille de positionnement formative des compétences Baccalauréat Professionnel des métiers du commerce et de la vente (MCV) – Option B prospection clientèle et valorisation de l’offre commerciale - Terminale professionnelle",
    ]),
    grid(block1Header, numberedBlockRows(year, "1")),
    ...(premiere ? legend() : blank(2)),
  ];
  const page2: Page = [
    grid(header("pfmpInActivities", pfmp, ACTIVITIES_PREVUES_PFMP), numberedBlockRows(year, "2")),
    ...legend(),
  ];
  const page3: Page = [
    grid(
      header("pfmpInActivities", pfmp, ACTIVITIES_PREVUES_PFMP, { lastLevelExtraParagraph: true }),
      numberedBlockRows(year, "3"),
    ),
    ...legend(),
  ];
  const page4: Page = [
    ...(premiere
      ? []
      : [
          ...title([
            "Grille de positionnement formative des compétences Baccalauréat Professionnel des métiers du commerce et de la vente (MCV) ",
            "– Option B prospection clientèle et valorisation de l’offre commerciale – Terminale professionnelle",
          ]),
          ...blank(1),
        ]),
    grid(header("pfmpRow", pfmp4B, ACTIVITIES_PREVUES_4B), block4BRows(year, ["4B.1", "4B.2"])),
    ...legend(),
  ];
  const page5: Page = [
    grid(header("pfmpRow", pfmp4B, ACTIVITIES_PREVUES_4B), block4BRows(year, ["4B.3"])),
    ...legend(),
  ];
  const rows4BC = block4BRows(year, ["4B.4", "4B.5"]);
  const page6: Page = [
    grid(
      header("pfmpRow", pfmp4B, ACTIVITIES_PREVUES_4B),
      // The Première grid ends with an empty row of five cells (label, activities, levels merged).
      premiere ? [...rows4BC, { kind: "blank" }] : rows4BC,
    ),
    ...(premiere ? legend() : blank(2)),
  ];
  const page7: Page = [
    ...title(
      premiere
        ? [
            " Grille de positionnement formative des attitudes professionnelles et savoir être Baccalauréat Professionnel des métiers du commerce et de la vente (MCV)",
            "– Option B prospection clientèle et valorisation de l’offre commerciale – Classe de 1ère professionnelle",
          ]
        : [
            "Grille de positionnement formative des attitudes professionnelles et savoir être Baccalauréat Professionnel des métiers du commerce et de la vente (MCV) ",
            "– Option B prospection clientèle et valorisation de l’offre commerciale - Classe de Terminale professionnelle",
          ],
    ),
    ...blank(1),
    grid(header("attitudes", pfmp, [[""], [""]]), attitudeRows()),
    ...legend(),
    ...blank(2),
    paraXml({
      style: "Legend",
      runs: [
        { text: "1", props: { superscript: true } },
        { text: premiere ? "Toutes" : " Toutes" },
        {
          text: " les attitudes professionnelles sont évaluées au cours de chaque PFMP avec le tuteur",
        },
      ],
    }),
  ];
  return [page1, page2, page3, page4, page5, page6, page7];
}
