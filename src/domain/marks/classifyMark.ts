import { glyphInfo, isSymbolFont } from "./glyphTable";

/**
 * What a level cell shows, as a person reads it:
 * - "blank": nothing visible;
 * - "emptyBox": only empty boxes (☐, Wingdings □, an unticked checkbox…): not a level;
 * - "ticked": a tick, a cross, a filled box, a ticked checkbox, a letter or a word ("X", "oui");
 * - "unclear": something visible that is neither ("-", "0", "…", "?", a symbol the glyph table
 *   does not know): not a level, reported, never silently cleared.
 */
export type MarkKind = "blank" | "emptyBox" | "ticked" | "unclear";

/**
 * Characters that show nothing: white space, NBSP and narrow spaces, zero-width characters
 * (U+200B–U+200D, U+2060 word joiner, U+FEFF), the soft hyphen (U+00AD, visible only at a line
 * end), and format characters such as bidi marks (Unicode category Cf).
 */
const INVISIBLE = /[\s\u00a0\u2007\u202f\u00ad\u200b-\u200d\u2060\ufeff\p{Cf}\p{Cc}]/gu;

/** True when the text shows nothing (see `INVISIBLE`). */
export function isBlankText(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

/** Letters of any script count as a mark (a teacher may write "oui" or "x"). */
const LETTER = /\p{L}/u;

function classifyChar(char: string, font: string | null): MarkKind {
  const info = glyphInfo(char, font);
  if (info !== null) return info.meaning;
  const code = char.codePointAt(0)!;
  if (code >= 0xe000 && code <= 0xf8ff) return "unclear"; // a private-use glyph we do not know
  if (isSymbolFont(font)) return "unclear"; // a letter code in Wingdings is some other glyph
  return LETTER.test(char) ? "ticked" : "unclear";
}

/** The kind of one run of characters shown in `font` (null: a Unicode font). */
export function classifyText(text: string, font: string | null = null): MarkKind {
  let sawBox = false;
  let sawUnclear = false;
  for (const char of text.replace(INVISIBLE, "")) {
    const kind = classifyChar(char, font);
    if (kind === "ticked") return "ticked";
    if (kind === "emptyBox") sawBox = true;
    if (kind === "unclear") sawUnclear = true;
  }
  if (sawUnclear) return "unclear";
  return sawBox ? "emptyBox" : "blank";
}

/** Combines the kinds of the pieces of one cell: a tick wins, then unclear, then a box. */
export function combineKinds(kinds: readonly MarkKind[]): MarkKind {
  if (kinds.includes("ticked")) return "ticked";
  if (kinds.includes("unclear")) return "unclear";
  if (kinds.includes("emptyBox")) return "emptyBox";
  return "blank";
}
