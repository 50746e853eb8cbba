/** The two school years the livret follows; Seconde has no grid in this livret. */
export type SchoolYear = "premiere" | "terminale";

/** PFMP numbers 1–4 over the cycle: 1 and 2 in Première, 3 and 4 in Terminale. */
export type PfmpNumber = 1 | 2 | 3 | 4;

export const PFMP_NUMBERS: readonly PfmpNumber[] = [1, 2, 3, 4];

export const YEAR_PFMPS: Readonly<Record<SchoolYear, readonly [PfmpNumber, PfmpNumber]>> = {
  premiere: [1, 2],
  terminale: [3, 4],
};

export const YEAR_LABELS: Readonly<Record<SchoolYear, string>> = {
  premiere: "Première",
  terminale: "Terminale",
};

export function yearOfPfmp(pfmp: PfmpNumber): SchoolYear {
  return pfmp <= 2 ? "premiere" : "terminale";
}

/** 0 for the year's first PFMP, 1 for the second (attestation row, grid column group). */
export function pfmpSlot(pfmp: PfmpNumber): 0 | 1 {
  return pfmp % 2 === 1 ? 0 : 1;
}

export function isPfmpNumber(value: unknown): value is PfmpNumber {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
