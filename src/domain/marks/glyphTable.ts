/**
 * What the boxes and ticks a teacher types in a level cell mean, by font.
 *
 * Symbol fonts (Wingdings, Wingdings 2, Webdings, Symbol) are not Unicode fonts: Word stores
 * their characters either as `w:sym w:font="Wingdings" w:char="F0FC"` (Insert > Symbol,
 * ECMA-376 §17.3.3.30, the character code "shifted into the private-use area" U+F000–U+F0FF) or
 * as a `w:t` character in a run whose `w:rFonts` names the font, in the same U+F0xx range or as
 * the plain byte (U+0020–U+00FF). Either way the glyph is the font's glyph for the low byte.
 *
 * Sources for the byte → glyph tables: the Wingdings and Wingdings 2 code charts (Windows
 * Character Map), and the Wingdings → Unicode mappings published with Unicode 7.0 (2014), which
 * encoded every Wingdings glyph (e.g. Wingdings 0xFE → U+1F5F9 BALLOT BOX WITH BOLD CHECK,
 * 0xA8 → U+25FB WHITE MEDIUM SQUARE). Only the glyphs that mean "box" or "tick" are listed;
 * anything else in a symbol font is an unclear mark, never a level.
 */

/** What a glyph says in a level cell. */
export type GlyphMeaning = "ticked" | "emptyBox";

export interface GlyphInfo {
  readonly meaning: GlyphMeaning;
  /** The Unicode character a person sees (for messages and for classification). */
  readonly unicode: string;
  /** For an empty box: the byte of the same font's ticked box; for a ticked box: its empty box. */
  readonly counterpart?: number;
}

type FontTable = Readonly<Record<number, GlyphInfo>>;

const WINGDINGS: FontTable = {
  0x6f: { meaning: "emptyBox", unicode: "\u25a1", counterpart: 0x78 }, // o: white square
  0x71: { meaning: "emptyBox", unicode: "\u2751", counterpart: 0x78 }, // q: ❑
  0x72: { meaning: "emptyBox", unicode: "\u2752", counterpart: 0x78 }, // r: ❒
  0xa8: { meaning: "emptyBox", unicode: "\u25fb", counterpart: 0xfe }, // ¨: white medium square
  0x6e: { meaning: "ticked", unicode: "\u25a0" }, // n: black square
  0x78: { meaning: "ticked", unicode: "\u2327", counterpart: 0x6f }, // x: ⌧ X in a rectangle box
  0xfb: { meaning: "ticked", unicode: "\u2717" }, // û: ballot x
  0xfc: { meaning: "ticked", unicode: "\u2713" }, // ü: check mark
  0xfd: { meaning: "ticked", unicode: "\u2612", counterpart: 0xa8 }, // ý: ballot box with x
  0xfe: { meaning: "ticked", unicode: "\u2611", counterpart: 0xa8 }, // þ: ballot box with check
};

const WINGDINGS_2: FontTable = {
  0xa3: { meaning: "emptyBox", unicode: "\u25a1", counterpart: 0x52 }, // £: white square
  0x2a: { meaning: "emptyBox", unicode: "\u2610", counterpart: 0x52 }, // *: ballot box
  0x4f: { meaning: "ticked", unicode: "\u2717" }, // O: ballot x
  0x50: { meaning: "ticked", unicode: "\u2713" }, // P: check mark
  0x51: { meaning: "ticked", unicode: "\u2718" }, // Q: heavy ballot x
  0x52: { meaning: "ticked", unicode: "\u2611", counterpart: 0xa3 }, // R: box with check
  0x53: { meaning: "ticked", unicode: "\u2612", counterpart: 0xa3 }, // S: box with bold x
  0x54: { meaning: "ticked", unicode: "\u2612", counterpart: 0xa3 }, // T: box with x
};

const WEBDINGS: FontTable = {
  0x63: { meaning: "emptyBox", unicode: "\u2610", counterpart: 0x61 }, // c: empty box
  0x61: { meaning: "ticked", unicode: "\u2713" }, // a: check mark
  0x72: { meaning: "ticked", unicode: "\u2716" }, // r: heavy x
};

const SYMBOL: FontTable = {
  0xd6: { meaning: "ticked", unicode: "\u221a" }, // Ö: square root, often used as a tick
};

const SYMBOL_FONTS: Readonly<Record<string, FontTable>> = {
  wingdings: WINGDINGS,
  "wingdings 2": WINGDINGS_2,
  webdings: WEBDINGS,
  symbol: SYMBOL,
};

/** Unicode characters a person reads as an empty box or a tick, whatever the (Unicode) font. */
const UNICODE_GLYPHS: Readonly<Record<string, GlyphInfo>> = {
  "\u2610": { meaning: "emptyBox", unicode: "\u2610", counterpart: 0x2612 }, // ☐
  "\u25a1": { meaning: "emptyBox", unicode: "\u25a1", counterpart: 0x25a0 }, // □
  "\u25fb": { meaning: "emptyBox", unicode: "\u25fb", counterpart: 0x25fc }, // ◻
  "\u2751": { meaning: "emptyBox", unicode: "\u2751", counterpart: 0x2612 }, // ❑
  "\u2752": { meaning: "emptyBox", unicode: "\u2752", counterpart: 0x2612 }, // ❒
  "\u274f": { meaning: "emptyBox", unicode: "\u274f", counterpart: 0x2612 }, // ❏
  "\u2750": { meaning: "emptyBox", unicode: "\u2750", counterpart: 0x2612 }, // ❐
  "\u2611": { meaning: "ticked", unicode: "\u2611", counterpart: 0x2610 }, // ☑
  "\u2612": { meaning: "ticked", unicode: "\u2612", counterpart: 0x2610 }, // ☒
  "\u25a0": { meaning: "ticked", unicode: "\u25a0", counterpart: 0x25a1 }, // ■
  "\u25fc": { meaning: "ticked", unicode: "\u25fc", counterpart: 0x25fb }, // ◼
  "\u2713": { meaning: "ticked", unicode: "\u2713" }, // ✓
  "\u2714": { meaning: "ticked", unicode: "\u2714" }, // ✔
  "\u2717": { meaning: "ticked", unicode: "\u2717" }, // ✗
  "\u2718": { meaning: "ticked", unicode: "\u2718" }, // ✘
  "\u2715": { meaning: "ticked", unicode: "\u2715" }, // ✕
  "\u2716": { meaning: "ticked", unicode: "\u2716" }, // ✖
  "\u00d7": { meaning: "ticked", unicode: "\u00d7" }, // ×
  "\u2327": { meaning: "ticked", unicode: "\u2327" }, // ⌧
  "\u{1f5f9}": { meaning: "ticked", unicode: "\u{1f5f9}" }, // 🗹
  "\u{1f5f7}": { meaning: "ticked", unicode: "\u{1f5f7}" }, // 🗷
  X: { meaning: "ticked", unicode: "X" },
  x: { meaning: "ticked", unicode: "x" },
};

function fontKey(font: string | null): string | null {
  if (font === null) return null;
  const key = font.trim().toLowerCase();
  return key in SYMBOL_FONTS ? key : null;
}

/** True for a font whose characters are not Unicode (the tables above apply). */
export function isSymbolFont(font: string | null): boolean {
  return fontKey(font) !== null;
}

/** The byte of a symbol-font character: U+F0xx or U+00xx → xx; other characters → null. */
export function symbolByte(char: string): number | null {
  const code = char.codePointAt(0) ?? -1;
  if (code >= 0xf020 && code <= 0xf0ff) return code - 0xf000;
  if (code >= 0x20 && code <= 0xff) return code;
  return null;
}

/**
 * What one character means in a level cell, given the font it is shown in. A private-use
 * character whose font is unknown is read as Wingdings (Insert > Symbol's default symbol font).
 * Returns null for a character that is neither a box nor a tick.
 */
export function glyphInfo(char: string, font: string | null): GlyphInfo | null {
  const code = char.codePointAt(0) ?? -1;
  const key = fontKey(font) ?? (code >= 0xf020 && code <= 0xf0ff ? "wingdings" : null);
  if (key !== null) {
    const byte = symbolByte(char);
    return byte === null ? null : (SYMBOL_FONTS[key]![byte] ?? null);
  }
  return UNICODE_GLYPHS[char] ?? null;
}

/**
 * The character that shows the other state of a box in the same font and the same encoding
 * (U+F0xx stays U+F0xx, a plain byte stays a byte): the ticked box for an empty one and back.
 * Null when the glyph has no counterpart (a plain ✓ has no "unticked" form).
 */
export function counterpartGlyph(char: string, font: string | null): string | null {
  const info = glyphInfo(char, font);
  if (info?.counterpart === undefined) return null;
  const code = char.codePointAt(0)!;
  const symbolic = fontKey(font) !== null || (code >= 0xf020 && code <= 0xf0ff);
  if (!symbolic) return String.fromCodePoint(info.counterpart);
  return String.fromCodePoint(code >= 0xf000 ? 0xf000 + info.counterpart : info.counterpart);
}
