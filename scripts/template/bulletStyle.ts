import type { ParaSpec } from "./wml";

/**
 * How list items are written: "numbering" is what Word does (the bullet comes from
 * word/numbering.xml through w:numPr, the text holds no "·"); "literal" types "· " into the text,
 * a quirk some re-typed livrets have, kept as a variant for detection tests.
 */
export type BulletStyle = "numbering" | "literal";

/** numId of the Symbol-font bullet (U+F0B7) used by grid labels and the level legend. */
export const GRID_BULLET_NUM_ID = 1;
/** numId of the Wingdings arrow (U+F076) followed by a space: "Informer :", "Dialoguer avec :". */
export const ARROW_BULLET_NUM_ID = 2;
/** numId of the Wingdings diamond (U+F075) followed by a tab: the objectives' sub-items. */
export const DIAMOND_BULLET_NUM_ID = 3;

/** A bulleted paragraph in the chosen style. */
export function bulletPara(text: string, bullets: BulletStyle, base: ParaSpec = {}): ParaSpec {
  return bullets === "numbering"
    ? { ...base, text, numId: GRID_BULLET_NUM_ID }
    : { ...base, text: `· ${text}` };
}
