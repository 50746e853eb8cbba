import type { SchoolYear } from "../../src/domain/schoolYear";
import type { Page } from "./buildContext";
import type { CellSpec, ParaSpec, RowSpec } from "./wml";
import { paraXml, tableXml } from "./wml";

/**
 * A year's attestation: identity lines, then a 3-column table (Raison sociale / Période /
 * Observations) with a header row and four period rows, then "Nombre de jours à récupérer" and
 * the signatures. Row 1 is for the year's first PFMP, row 2 for the second (issue 2).
 */

function p(text: string, spec: ParaSpec = {}): string {
  return paraXml({ ...spec, text });
}

function blank(n: number): string[] {
  return Array.from({ length: n }, () => paraXml({}));
}

interface AttestationText {
  readonly heading: readonly string[];
  readonly gapAfterHeading: number;
  readonly soussigne: readonly string[];
  readonly nom: string;
  readonly prenom: string;
  readonly inscrit: string;
  readonly period: string;
  readonly jours: string;
  readonly professeur: string;
  readonly place: string;
  readonly date: string;
  readonly gapBeforePlace: number;
}

const TEXT: Readonly<Record<SchoolYear, AttestationText>> = {
  premiere: {
    heading: [
      " FORMATION EN MILIEU PROFESSIONNEL",
      "ATTESTATION - année de première",
      "Baccalauréat professionnel des métiers du commerce et de la vente",
      "Option B prospection clientèle et valorisation de l’offre commerciale ",
    ],
    gapAfterHeading: 2,
    soussigne: [
      "Je soussigné(e)…………………………………Chef d’établissement du lycée professionnel ……………………………………………………certifie que\u00a0:",
    ],
    nom: "Nom\u00a0: …………………………………",
    prenom: "Prénom\u00a0: ……………………………...",
    inscrit:
      "Inscrit (e) dans l’établissement que je dirige, en classe de baccalauréat professionnel des métiers du commerce et de la vente Option B, a suivi, conformément à la législation en vigueur, des périodes de formation en entreprise d’une durée de quatre semaines. ",
    period: "Du…………au …………………",
    jours: "Nombre de jours à récupérer\u00a0:\u00a0…………………",
    professeur: "Professeur(e) chargé (e) du suivi,",
    place: `${" ".repeat(75)}A, …………………………`,
    date: `${" ".repeat(76)}Le …………………………`,
    gapBeforePlace: 3,
  },
  terminale: {
    heading: [
      " FORMATION EN MILIEU PROFESSIONNEL",
      "ATTESTATION - année de terminale",
      "Baccalauréat professionnel des métiers du commerce et de la vente",
      "Option B prospection clientèle et valorisation de l’offre commerciale.",
    ],
    gapAfterHeading: 4,
    soussigne: [
      "Je soussigné(e)……………………………………………… Chef d’établissement du lycée professionnel",
      "……………………………………………………………certifie que\u00a0:",
    ],
    nom: "Nom\u00a0: ……………………........",
    prenom: "Prénom\u00a0: ………………………",
    inscrit:
      "Inscrit (e) dans l’établissement que je dirige, en classe de Baccalauréat Professionnel des métiers du commerce et de la vente Option B, a suivi, conformément à la législation en vigueur, des périodes de formation en entreprise d’une durée de quatre semaines. ",
    period: "Du………… au …………………",
    jours: "Nombre de jours à récupérer\u00a0: …………………",
    professeur: "Professeur (e) chargé (e) du suivi,",
    place: `${" ".repeat(77)}A, …………………………`,
    date: `${" ".repeat(77)}Le …………………………`,
    gapBeforePlace: 2,
  },
};

function attestationTable(period: string): string {
  const head: ParaSpec = { style: "TableHeading" };
  const h = (text: string): CellSpec => ({
    paras: [{ ...head, text }],
    fill: "D9D9D9",
    vAlign: "center",
  });
  const texts = (...t: string[]): CellSpec => ({ paras: t.map((text) => ({ text })) });
  const periodRow = (): RowSpec => ({
    cantSplit: true,
    minHeight: 1134,
    cells: [texts("", "", "", ""), texts("", period, ""), texts("")],
  });
  return tableXml({
    grid: [3400, 2838, 3400],
    rows: [
      {
        header: true,
        cells: [
          h("Raison sociale de l’entreprise"),
          h("Période"),
          h("Observations (motifs absences, jours à récupérer)"),
        ],
      },
      periodRow(),
      periodRow(),
      periodRow(),
      periodRow(),
    ],
  });
}

export function attestationPage(year: SchoolYear): Page {
  const t = TEXT[year];
  return [
    ...t.heading.map((line, i) => p(line, { style: i < 2 ? "PageTitle" : "Subtitle" })),
    ...blank(t.gapAfterHeading),
    ...t.soussigne.map((line) => p(line)),
    ...blank(1),
    p(t.nom),
    p(t.prenom),
    ...blank(1),
    p(t.inscrit, { align: "both" }),
    ...blank(1),
    attestationTable(t.period),
    ...blank(year === "premiere" ? 3 : 2),
    p(t.jours),
    ...blank(3),
    p(`L’entreprise,\t\t\t\t\t\t\t${t.professeur}`),
    p("Nom et prénom du tuteur\u00a0: …………………\t\t\tNom et prénom\u00a0: …………………."),
    p("(Tampon et signature)\t\t\t\t\t\tSignature\u00a0:"),
    ...blank(t.gapBeforePlace),
    p(t.place),
    p(t.date),
  ];
}
