/** The five columns of every grid, in the order the livret prints them. */
export type Level = "NE" | "N" | "D" | "A" | "E";

export const LEVELS: readonly Level[] = ["NE", "N", "D", "A", "E"];

/** French names, as the livret's legend gives them ("*NE : non évalué" …). */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  NE: "non évalué",
  N: "Novice",
  D: "Débrouillé",
  A: "Averti",
  E: "Expert",
};

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}
