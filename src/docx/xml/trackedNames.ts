/**
 * Element local names the engine asks "is there any of these below?" about, for names most
 * documents never use (text boxes, fields, content controls, revisions, symbol fonts…). Every
 * element of the tree keeps the bits of the tracked names found in its subtree (`XParentBase.
 * below`, set while parsing and on every insertion, never cleared: "may contain"), so a question
 * about a name no descendant bears is answered without walking the subtree — on a 30-pupil class
 * file, one walk of the 650,000 elements costs ~150 ms, and these questions were asked of every
 * paragraph. Any namespace: the bit is a necessary condition, the walk then checks the namespace.
 */
export const TRACKED_NAMES: readonly string[] = [
  // Text boxes and drawings (§17.3.3.9 drawing, §20.4 DrawingML, VML pict/object).
  "txbxContent",
  "drawing",
  "pict",
  "object",
  // Markup compatibility (ECMA-376 Part 3 §10.2).
  "AlternateContent",
  // Fields (§17.16) and legacy form fields (§17.16.7 checkBox).
  "fldChar",
  "fldSimple",
  "instrText",
  "checkBox",
  // Symbols and fonts (§17.3.3.30 sym, §17.3.2.26 rFonts).
  "sym",
  "rFonts",
  // Content controls (§17.5.2) and custom XML.
  "sdt",
  "customXml",
  // Notes and comments (§17.11, §17.13.4).
  "footnoteReference",
  "endnoteReference",
  "commentRangeStart",
  "commentRangeEnd",
  "commentReference",
  // Revisions (§17.13.5).
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  // Nested tables (§17.4.38).
  "tbl",
  // What a run shows as text (§17.3.3): a paragraph without any of them reads "" at once.
  "t",
  "tab",
  "ptab",
  "br",
  "cr",
  "noBreakHyphen",
  // Numbering (§17.9.18): most paragraphs have none.
  "numPr",
];

// One bit each in a 31-bit small integer (V8 keeps `below` unboxed).
if (TRACKED_NAMES.length > 30) throw new Error("trackedNames: at most 30 names");
const BITS = new Map<string, number>(TRACKED_NAMES.map((name, i) => [name, 1 << i]));

/** The bit of a tracked local name; 0 for any other name (which is never answered without a walk). */
export function trackedBit(localName: string): number {
  return BITS.get(localName) ?? 0;
}

/** The bits of several names, or -1 when one of them is not tracked (its absence is never proved). */
export function trackedMask(localNames: readonly string[]): number {
  let mask = 0;
  for (const name of localNames) {
    const bit = trackedBit(name);
    if (bit === 0) return -1;
    mask |= bit;
  }
  return mask;
}
