import type { Level } from "../domain/level";

/**
 * One key per row (issue 10): `0` or `X` → NE, `1`–`4` → N, D, A, E, and the letters themselves
 * (either case; the French keyboard's top row gives "à", "&", "é", "\"", "'" without Shift, so
 * those are read as the digits printed on the same keys).
 */
const KEYS: Readonly<Record<string, Level>> = {
  "0": "NE",
  x: "NE",
  "1": "N",
  "2": "D",
  "3": "A",
  "4": "E",
  n: "N",
  d: "D",
  a: "A",
  e: "E",
  à: "NE",
  "&": "N",
  é: "D",
  '"': "A",
  "'": "E",
};

export function levelForKey(key: string): Level | null {
  return KEYS[key.toLowerCase()] ?? null;
}

/** The shortcuts as the "Raccourcis clavier" help lists them. */
export const SHORTCUTS: readonly { readonly keys: string; readonly what: string }[] = [
  { keys: "0 ou X", what: "NE (non évalué), puis ligne suivante" },
  { keys: "1 ou N", what: "N (Novice), puis ligne suivante" },
  { keys: "2 ou D", what: "D (Débrouillé), puis ligne suivante" },
  { keys: "3 ou A", what: "A (Averti), puis ligne suivante" },
  { keys: "4 ou E", what: "E (Expert), puis ligne suivante" },
  { keys: "Suppr ou Retour arrière", what: "effacer le choix de la ligne" },
  { keys: "Flèches haut et bas", what: "ligne précédente ou suivante" },
  { keys: "Flèches gauche et droite", what: "niveau précédent ou suivant" },
  { keys: "Espace ou Entrée", what: "cocher (ou décocher) le niveau sélectionné" },
  { keys: "Ctrl+Z", what: "annuler la dernière modification non enregistrée" },
  { keys: "Tab", what: "champ suivant (les cinq niveaux d’une ligne sont une seule étape)" },
];
