import { ALLOWANCE_RATES } from "./allowanceRates";
import type { AllowanceYear } from "./allowanceRates";

/**
 * Euros due for `daysDone` days of PFMP in `year`: days × the year's daily rate. Half days
 * (a "demi-journée d'absence") give half a day's amount; the result is rounded to the cent.
 * Negative or non-finite days give 0.
 */
export function allowanceDue(year: AllowanceYear, daysDone: number): number {
  if (!Number.isFinite(daysDone) || daysDone <= 0) return 0;
  return Math.round(daysDone * ALLOWANCE_RATES[year].perDay * 100) / 100;
}
