import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { Level } from "../domain/level";

/**
 * Level colours shared by the level choice, the progress picture and the preview. Each colour
 * comes with its letter, so no information is given by colour alone (WCAG 1.4.1).
 */
export const LEVEL_COLOURS: Readonly<Record<Level, { readonly bg: string; readonly fg: string }>> =
  {
    NE: { bg: "#e1dfdd", fg: "#323130" },
    N: { bg: "#fde7e9", fg: "#a4262c" },
    D: { bg: "#fff4ce", fg: "#6d5700" },
    A: { bg: "#dff6dd", fg: "#0b6a0b" },
    E: { bg: "#0b6a0b", fg: "#ffffff" },
  };

export const levelStyles = mergeStyleSets({
  group: { display: "flex", gap: 4, margin: "2px 0", flex: "0 0 auto" },
  option: {
    minWidth: 36,
    height: 30,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    border: "1px solid #8a8886",
    borderRadius: 2,
    cursor: "pointer",
    userSelect: "none",
    fontWeight: 600,
    background: "#ffffff",
    selectors: {
      ":focus": { outline: "2px solid #0078d4", outlineOffset: 1 },
      ":hover": { background: "#f3f2f1" },
      // Touch screens (phones, tablets): targets of at least 44 × 44 px (WCAG 2.5.5).
      "@media (pointer: coarse)": { minWidth: 44, height: 44 },
    },
  },
  checked: {
    background: "#0078d4",
    color: "#ffffff",
    borderColor: "#005a9e",
    selectors: { ":hover": { background: "#106ebe" } },
  },
  // What the document holds now: a dotted underline, visible whatever is ticked.
  inDocument: { boxShadow: "inset 0 -3px 0 #605e5c" },
});
