/**
 * The State allowance paid to vocational pupils for each PFMP day actually done, since the
 * 2023 reform of the lycée professionnel. Data, with its legal source, so a change of the texts
 * is a change here only.
 */

/** School years of the bac pro cycle that carry an allowance (the livret holds the last two). */
export type AllowanceYear = "seconde" | "premiere" | "terminale";

export interface AllowanceRate {
  readonly year: AllowanceYear;
  /** Euros per week of PFMP done (five days). */
  readonly perWeek: number;
  /** Euros per day of PFMP actually done: the amount is computed from the days done. */
  readonly perDay: number;
}

export interface LegalSource {
  readonly title: string;
  /** Journal officiel reference, as cited by the ministry and the ASP. */
  readonly reference: string;
}

/**
 * Décret n° 2023-765 (the allowance, "fixé à l'issue de chaque PFMP réalisée" and varying "en
 * fonction du nombre de jours de PFMP effectivement réalisés") and the arrêté of the same day
 * (the amounts). Absences are not paid: ASP, "seuls les jours de stage réellement réalisés seront
 * pris en compte".
 */
export const ALLOWANCE_SOURCES: readonly LegalSource[] = [
  {
    title:
      "Décret n° 2023-765 du 11 août 2023 relatif au versement d'une allocation en faveur des lycéens de la voie professionnelle dans le cadre de la valorisation des périodes de formation en milieu professionnel",
    reference: "JORF n° 0186 du 12 août 2023",
  },
  {
    title:
      "Arrêté du 11 août 2023 fixant les montants de l'allocation en faveur des lycéens de la voie professionnelle dans le cadre de la valorisation des périodes de formation en milieu professionnel",
    reference: "JORF n° 0186 du 12 août 2023",
  },
];

/** Amounts of the arrêté du 11 août 2023: 50 / 75 / 100 € a week, i.e. 10 / 15 / 20 € a day. */
export const ALLOWANCE_RATES: Readonly<Record<AllowanceYear, AllowanceRate>> = {
  seconde: { year: "seconde", perWeek: 50, perDay: 10 },
  premiere: { year: "premiere", perWeek: 75, perDay: 15 },
  terminale: { year: "terminale", perWeek: 100, perDay: 20 },
};

/** One line citing the texts, for a report or a spreadsheet's notes. */
export const ALLOWANCE_SOURCE_TEXT = ALLOWANCE_SOURCES.map((s) => s.title).join(" ; ");
