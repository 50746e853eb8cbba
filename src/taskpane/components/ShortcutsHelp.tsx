import type * as React from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { SHORTCUTS } from "../levelKeys";

const styles = mergeStyleSets({
  details: { margin: "2px 0 4px", fontSize: 12 },
  summary: {
    cursor: "pointer",
    color: "#005a9e",
    padding: "2px 0",
    selectors: { "@media (pointer: coarse)": { minHeight: 44, lineHeight: "40px" } },
  },
  list: { margin: "4px 0", display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 8px" },
  keys: { fontWeight: 600, margin: 0 },
  what: { margin: 0 },
});

/** "Raccourcis clavier": a short help, collapsed, next to the grids it applies to. */
export function ShortcutsHelp(): React.JSX.Element {
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Raccourcis clavier</summary>
      <p style={{ margin: "4px 0" }}>Sur une ligne de compétence (cliquer un niveau ou Tab) :</p>
      <dl className={styles.list}>
        {SHORTCUTS.map((s) => (
          <div key={s.keys} style={{ display: "contents" }}>
            <dt className={styles.keys}>{s.keys}</dt>
            <dd className={styles.what}>{s.what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
