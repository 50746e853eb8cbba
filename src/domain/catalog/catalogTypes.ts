/** Blocks of the référentiel as the livret groups them; "AP" = attitudes professionnelles. */
export type BlockId = "1" | "2" | "3" | "4B" | "AP";

/** A grid holds competences (blocks 1–4B) or attitudes (AP). */
export type GridKind = "competences" | "attitudes";

export interface CatalogCompetence {
  /** Stable public key following the référentiel numbering: "1.2.7", "4B.3.6", "AP.12". */
  readonly key: string;
  /** The label exactly as the seed livret prints it, without its bullet. */
  readonly label: string;
  readonly blockId: BlockId;
  readonly sectionId: string;
}

export interface CatalogSection {
  /** "1.1", "2.3", "4B.2", "AP". */
  readonly id: string;
  /**
   * The sub-block heading row as printed in the Première grids ("1-1 Assurer la veille
   * commerciale"); for 4B the section heading is the block row "Compétences 4B - …"; null for AP.
   */
  readonly heading: string | null;
  readonly competences: readonly CatalogCompetence[];
}

export interface CatalogBlock {
  readonly id: BlockId;
  readonly kind: GridKind;
  /** The full-width block row ("Compétences 1 - Conseiller et vendre"). For 4B, the first section's. */
  readonly heading: string;
  readonly sections: readonly CatalogSection[];
}
