/**
 * Numbers of days read from the free text of the attestation's "Observations (motifs absences,
 * jours à récupérer)" cell. Only explicit numbers count: "absences justifiées" gives nothing, so
 * the rules stay silent rather than guess.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

const NUMBER = String.raw`(?<![\p{L}\d])(\d+(?:[.,]5)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)`;
const DAYS = String.raw`(?:jours?|journ[ée]es?|j\b\.?)`;
const HALF_DAY = String.raw`(?:demi[- ]?journ[ée]es?|1\/2\s*journ[ée]es?)`;
const APOSTROPHE = "['’`]";

function toNumber(token: string): number {
  const lower = token.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower] as number;
  return Number(lower.replace(",", "."));
}

/** Sum of every match of the patterns, each match counted once even if two patterns overlap. */
function sumMatches(
  text: string,
  patterns: readonly { re: RegExp; half: boolean }[],
): number | null {
  const normalized = text.replace(/\u00a0|\u202f/g, " ");
  const taken: [number, number][] = [];
  let total = 0;
  let found = false;
  for (const { re, half } of patterns) {
    for (const match of normalized.matchAll(re)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const count = match[1] === undefined ? 1 : toNumber(match[1]);
      total += half ? count / 2 : count;
      found = true;
    }
  }
  return found ? total : null;
}

const ABSENCE_PATTERNS: readonly { re: RegExp; half: boolean }[] = [
  // "1 demi-journée d'absence", "une demi-journée d’absence"
  {
    re: new RegExp(`${NUMBER}?\\s*${HALF_DAY}\\s*(?:d${APOSTROPHE}\\s*|de\\s+)?absences?`, "giu"),
    half: true,
  },
  // "1 jour d'absence", "2 jours d’absence", "3 jours absence", "2 j d'absence"
  {
    re: new RegExp(`${NUMBER}\\s*${DAYS}\\s*(?:d${APOSTROPHE}\\s*|de\\s+)?absences?`, "giu"),
    half: false,
  },
  // "absent 3 jours", "absente pendant 2 jours", "absences : 2 jours", "absence de 2 jours"
  {
    re: new RegExp(`absent(?:e|s|es)?\\s*(?::|de|pendant|durant)?\\s*${NUMBER}\\s*${DAYS}`, "giu"),
    half: false,
  },
  {
    re: new RegExp(`absences?\\s*(?::|de|=)?\\s*${NUMBER}\\s*${DAYS}`, "giu"),
    half: false,
  },
];

/**
 * Days of absence an observations text gives as a number, summed ("1 jour d'absence", "2 jours
 * d’absence", "absent 3 jours", "une demi-journée d'absence" = 0.5); null when it gives none.
 */
export function parseAbsenceDays(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  return sumMatches(text, ABSENCE_PATTERNS);
}

const RECOVER_PATTERNS: readonly { re: RegExp; half: boolean }[] = [
  { re: new RegExp(`${NUMBER}\\s*${DAYS}\\s*(?:[àa]|a)\\s*r[ée]cup[ée]rer`, "giu"), half: false },
  {
    re: new RegExp(`(?:[àa]\\s*)?r[ée]cup[ée]rer\\s*:?\\s*${NUMBER}\\s*${DAYS}`, "giu"),
    half: false,
  },
];

/** Days "à récupérer" an observations text states ("2 jours à récupérer"); null when none. */
export function parseDaysToRecoverMention(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  return sumMatches(text, RECOVER_PATTERNS);
}
