import type * as React from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { findCompetence } from "../../domain/catalog/referentiel";
import type { GridMap } from "../../domain/detection/livretMap";
import { LEVELS } from "../../domain/level";
import { YEAR_LABELS } from "../../domain/schoolYear";
import { rowValues } from "../state/editorSelectors";
import type { EditorState } from "../state/editorState";

const styles = mergeStyleSets({
  wrap: { overflowX: "auto", border: "1px solid #c8c6c4", background: "#ffffff", marginTop: 8 },
  table: { borderCollapse: "collapse", fontSize: 11, fontFamily: "Calibri, Arial, sans-serif" },
  cell: { border: "1px solid #8a8886", padding: "2px 4px", textAlign: "center", minWidth: 22 },
  label: { border: "1px solid #8a8886", padding: "2px 4px", textAlign: "left", minWidth: 160 },
  head: { background: "#d9e2f3", fontWeight: 700 },
  block: {
    background: "#f2f2f2",
    fontWeight: 700,
    textAlign: "left",
    border: "1px solid #8a8886",
    padding: 2,
  },
  pending: { color: "#0078d4", fontWeight: 700 },
});

export interface GridPreviewProps {
  readonly state: EditorState;
  readonly livret: number;
  readonly grid: GridMap;
}

/**
 * Demo only: a read-only picture of the grid being edited, the way the document prints it
 * (both PFMP of the year, the five level columns each). Marks not yet saved carry a "*".
 */
export function GridPreview(props: GridPreviewProps): React.JSX.Element {
  const { state, livret, grid } = props;
  const [first, second] = grid.pfmp;
  return (
    <section aria-labelledby="apercu-titre">
      <h3 id="apercu-titre">
        Aperçu du document – grille {YEAR_LABELS[grid.year]} (PFMP {first} et {second})
      </h3>
      <p style={{ fontSize: 12, margin: 0 }}>X : dans le document · X* : pas encore enregistré</p>
      <div
        className={styles.wrap}
        // Scrolls sideways in a narrow pane: focusable so the keyboard can scroll it (WCAG 2.1.1).
        tabIndex={0}
        role="region"
        aria-label="Aperçu de la grille, défilement horizontal"
      >
        <table className={styles.table} data-testid="apercu-grille">
          <thead>
            <tr>
              <th className={`${styles.label} ${styles.head}`} rowSpan={2} scope="col">
                Compétences
              </th>
              {grid.pfmp.map((p) => (
                <th
                  key={p}
                  className={`${styles.cell} ${styles.head}`}
                  colSpan={5}
                  scope="colgroup"
                >
                  PFMP {p}
                </th>
              ))}
            </tr>
            <tr>
              {grid.pfmp.flatMap((p) =>
                LEVELS.map((l) => (
                  <th key={`${p}-${l}`} className={`${styles.cell} ${styles.head}`} scope="col">
                    {l}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r) => {
              if (r.kind === "block" || r.kind === "section") {
                return (
                  <tr key={r.row}>
                    <td className={styles.block} colSpan={11}>
                      {r.label}
                    </td>
                  </tr>
                );
              }
              if (r.kind !== "competence" || r.key === null) return null;
              const key = r.key;
              return (
                <tr key={r.row}>
                  <th className={styles.label} scope="row">
                    {(r.matched ? findCompetence(key)?.label : undefined) ?? r.label}
                  </th>
                  {grid.pfmp.flatMap((p) => {
                    const v = rowValues(state, livret, p, key);
                    return LEVELS.map((l) => (
                      <td key={`${p}-${l}`} className={styles.cell}>
                        {v.level === l ? (
                          <span className={v.levelPending ? styles.pending : undefined}>
                            {v.levelPending ? "X*" : "X"}
                          </span>
                        ) : null}
                      </td>
                    ));
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
