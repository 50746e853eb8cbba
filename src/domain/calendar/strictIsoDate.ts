/**
 * The one ISO date reader, with no dependency (the CLI's data validators import it at start-up,
 * without date-fns). Dates are "epoch days": days since 1970-01-01 in UTC, so no time zone or
 * daylight-saving change can shift a day; a PFMP is a list of dates, not of instants.
 */
export type EpochDay = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;

/**
 * The epoch day of `YYYY-MM-DD` exactly as given (no trimming: the data format's "date" is
 * strict), or null when it is not a real calendar date.
 */
export function parseStrictIsoDate(text: string): EpochDay | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  // 2025-02-30 rolls over to March: reject instead of guessing.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.round(date.getTime() / MS_PER_DAY);
}
