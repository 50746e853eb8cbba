/** Why a typed date is refused, in the teacher's words; null when it is a real date or empty. */
export function frenchDateProblem(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m === null) return `« ${t} » n’est pas une date : écrire JJ/MM/AAAA, par exemple 06/01/2025.`;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `Le mois ${m[2]} n’existe pas (de 01 à 12).`;
  if (parseFrenchDate(t) === null) return `Le ${t} n’existe pas : ce mois n’a pas de jour ${m[1]}.`;
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** `2025-01-06` → a local Date at midnight (never through `new Date(iso)`, which is UTC). */
export function isoToDate(iso: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (m === null) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function dateToIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** dd/MM/yyyy, the format the livret prints ("Du 06/01/2025 au 31/01/2025"). */
export function formatFrenchDate(date?: Date): string {
  if (date === undefined) return "";
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** Reads dd/MM/yyyy (also d/M/yy, with "." or "-"); null when it is not a real date. */
export function parseFrenchDate(text: string): Date | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  if (m === null) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const month = Number(m[2]) - 1;
  const day = Number(m[1]);
  const date = new Date(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) {
    return null;
  }
  return date;
}

export function isoToFrench(iso: string | undefined): string {
  return formatFrenchDate(isoToDate(iso));
}
