/**
 * Dates as the livret's forms print them: "Du 06/01/2025 au 31/01/2025", also with dots or
 * dashes, two-digit years ("06.01.25") and placeholder dots ("Du…………au ……") meaning empty.
 */
const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)/g;

function iso(day: number, month: number, year: number): string | null {
  const full = year < 100 ? 2000 + year : year;
  const d = new Date(Date.UTC(full, month - 1, day));
  if (d.getUTCFullYear() !== full || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${String(full).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every valid date of a text, as ISO `YYYY-MM-DD`, in order. */
export function parseDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE)) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value !== null) out.push(value);
  }
  return out;
}

/** "Du 06/01/2025 au 31/01/2025" → { from, to }; a side that is only dots is absent. */
export function parsePeriod(text: string): { from?: string; to?: string } {
  const normalised = text.replace(/\s+/g, " ");
  const split = /\bau\b/i.exec(normalised);
  if (split === null) {
    const [from, to] = parseDates(normalised);
    return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  }
  const from = parseDates(normalised.slice(0, split.index))[0];
  const to = parseDates(normalised.slice(split.index))[0];
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** ISO `YYYY-MM-DD` → `DD/MM/YYYY`. */
export function frenchDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m === null ? isoDate : `${m[3]}/${m[2]}/${m[1]}`;
}
