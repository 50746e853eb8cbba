import type { Page } from "./buildContext";
import type { ParaSpec } from "./wml";
import { paraXml } from "./wml";

/**
 * The two year covers. Detection takes the school year from them ("Classe de Première…" →
 * PFMP 1 and 2, "Classe de Terminale…" → PFMP 3 and 4), so their last line is kept verbatim.
 */

function p(text: string, spec: ParaSpec = {}): string {
  return paraXml({ ...spec, text });
}

function blank(n: number): string[] {
  return Array.from({ length: n }, () => paraXml({}));
}

export function premiereCoverPage(): Page {
  return [
    ...blank(6),
    p("PERIODE DE FORMATION", { style: "CoverTitle" }),
    p("EN MILIEU PROFESSIONNEL", { style: "CoverTitle" }),
    ...blank(1),
    p("Baccalauréat Professionnel des métiers du commerce et de la vente", { style: "CoverText" }),
    ...blank(1),
    p("Option B ", { style: "CoverText" }),
    p("Prospection clientèle et valorisation de l’offre commerciale", { style: "CoverText" }),
    ...blank(1),
    p("Classe de Première Professionnelle", { style: "CoverTitle" }),
  ];
}

/** The seed's Terminale cover has its own wording ("métiers et du commerce", "valorisation l’offre"). */
export function terminaleCoverPage(): Page {
  return [
    ...blank(6),
    p("PERIODE DE FORMATION", { style: "CoverTitle" }),
    p("EN MILIEU PROFESSIONNEL", { style: "CoverTitle" }),
    ...blank(2),
    p("Baccalauréat Professionnel des métiers et du commerce et de la vente", {
      style: "CoverText",
    }),
    ...blank(2),
    p("Option B ", { style: "CoverText" }),
    p("Prospection clientèle et valorisation l’offre commerciale", { style: "CoverText" }),
    ...blank(2),
    p("Classe de Terminale Professionnelle", { style: "CoverTitle" }),
    ...blank(1),
  ];
}
