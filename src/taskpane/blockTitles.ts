import type { BlockId } from "../domain/catalog/catalogTypes";

/**
 * Short names of the blocks for the pane's headings. Blocks 1–3 take the title their block row
 * prints; 4B has one block row per section in the seed, so its name is the one the livret's own
 * table of blocks gives ("G4B Prospecter et valoriser l’offre commerciale").
 */
export const BLOCK_TITLES: Readonly<Record<BlockId, string>> = {
  "1": "Bloc 1 – Conseiller et vendre",
  "2": "Bloc 2 – Suivre les ventes",
  "3": "Bloc 3 – Fidéliser la clientèle et développer la relation client",
  "4B": "Bloc 4B – Prospecter et valoriser l’offre commerciale",
  AP: "Attitudes professionnelles et savoir-être",
};

export const BLOCK_ORDER: readonly BlockId[] = ["1", "2", "3", "4B", "AP"];
