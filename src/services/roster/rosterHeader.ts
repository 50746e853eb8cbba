/**
 * Finds the "Nom" and "Prénom" columns of a class list's header row, whatever the case, accents
 * and the wording of the exporting tool (Pronote: "Nom", "Prénom"; SIECLE: "NOM", "PRENOM",
 * "Nom de famille", "Nom d'usage", "Prénom 1").
 */

/** "Prénom  1" → "prenom 1": lower case, no accents, single spaces, ’ → '. */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’`]/g, "'")
    .replace(/[\s_.]+/g, " ")
    .trim()
    .toLowerCase();
}

// In order of preference: the name used at school before the birth name.
const LAST_NAME = ["nom", "nom d'usage", "nom de famille", "nom eleve", "nom de l'eleve"];
const FIRST_NAME = ["prenom", "prenom 1", "premier prenom", "prenom eleve", "prenom de l'eleve"];

export interface HeaderColumns {
  readonly lastName: number;
  readonly firstName: number;
}

function find(cells: readonly string[], wanted: readonly string[]): number {
  const normalised = cells.map(normaliseHeader);
  for (const name of wanted) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** The two columns, or null when this row is not the header. */
export function headerColumns(cells: readonly string[]): HeaderColumns | null {
  const lastName = find(cells, LAST_NAME);
  const firstName = find(cells, FIRST_NAME);
  return lastName >= 0 && firstName >= 0 ? { lastName, firstName } : null;
}
