/**
 * Character-level well-formedness of an XML text, checked before parsing because the current
 * parser (xmldom) lets these through and the serialiser then writes them raw, so a fill would
 * turn a readable input into an output Word refuses (issue 7 §4: "a stray `&#11;` must not become
 * a raw control character"; "a bare `&` is refused as malformed, as Word would refuse it"):
 * - XML 1.0 §2.2 Char: no C0 control but tab, LF, CR; no U+FFFE, U+FFFF; no lone surrogate —
 *   neither raw nor as a character reference (§4.1 WFC: Legal Character);
 * - §4.1 WFC: Entity Declared: without a DTD only amp, lt, gt, quot, apos exist, and every `&`
 *   starts a reference (§2.4).
 * Comments, CDATA sections and processing instructions are skipped. Returns the offset and what
 * is wrong, or null.
 */
const RAW_NOT_CHAR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY = /&[A-Za-z_:][-\w.:]*;/y;
const REFERENCE = /&(?:#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/y;

function legal(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const SECTION = /<!--|<!\[CDATA\[|<\?/g;

/** End of the comment, CDATA section or PI starting at `at` (≤ `at` when unterminated). */
function skipped(text: string, at: number): number {
  if (text.startsWith("<!--", at)) return text.indexOf("-->", at + 4) + 3;
  if (text.startsWith("<![CDATA[", at)) return text.indexOf("]]>", at + 9) + 3;
  return text.indexOf("?>", at + 2) + 2;
}

export interface XmlCharacterProblem {
  readonly offset: number;
  readonly problem: string;
}

export function findIllegalXmlCharacter(text: string): XmlCharacterProblem | null {
  RAW_NOT_CHAR.lastIndex = 0;
  const raw = RAW_NOT_CHAR.exec(text);
  const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (raw !== null) {
    return { offset: raw.index, problem: `caractère ${hex(raw[0].charCodeAt(0))} interdit en XML` };
  }
  const nextSection = (from: number): number => {
    SECTION.lastIndex = from;
    return SECTION.exec(text)?.index ?? -1;
  };
  let section = nextSection(0);
  let at = 0;
  for (;;) {
    const amp = text.indexOf("&", at);
    if (amp < 0) return null;
    // Skip the comments, CDATA sections and PIs that start before this "&".
    let inside = false;
    while (section >= 0 && section < amp) {
      const end = skipped(text, section);
      if (end <= section) return null; // unterminated: the parser reports it
      section = nextSection(end);
      if (end > amp) {
        at = end;
        inside = true;
        break;
      }
    }
    if (inside) continue;
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(text);
    if (match === null) {
      ENTITY.lastIndex = amp;
      const entity = ENTITY.exec(text);
      return {
        offset: amp,
        problem:
          entity === null
            ? "« & » qui ne commence pas une référence (&amp; attendu)"
            : `entité ${entity[0]} non déclarée`,
      };
    }
    if (match[3] === undefined) {
      const code = match[1] !== undefined ? Number(match[1]) : Number.parseInt(match[2]!, 16);
      if (!legal(code)) {
        return { offset: amp, problem: `référence ${match[0]} à un caractère interdit en XML` };
      }
    }
    at = amp + match[0].length;
  }
}

/** "ligne L, colonne C" (1-based) of an offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `ligne ${line}, colonne ${offset - start + 1}`;
}
