import type * as React from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { LEVEL_LABELS, type Level } from "../../domain/level";
import { PFMP_NUMBERS } from "../../domain/schoolYear";
import type { CellState, ProgressMatrix } from "../../domain/progress";
import { BLOCK_TITLES } from "../blockTitles";
import { LEVEL_COLOURS } from "../levelStyles";

const styles = mergeStyleSets({
  wrap: { overflowX: "auto" },
  // Fixed layout: four narrow PFMP columns and the label column takes the rest, wrapping, so
  // the picture fits a 320 px pane without clipping (issue 10).
  table: { borderCollapse: "collapse", fontSize: 12, width: "100%", tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: 400,
    padding: "2px 4px",
    borderBottom: "1px solid #edebe9",
    overflowWrap: "anywhere",
  },
  pfmpHead: { textAlign: "center", fontWeight: 400, padding: "2px 0", fontSize: 11 },
  block: {
    background: "#f3f2f1",
    fontWeight: 600,
    textAlign: "left",
    padding: "4px",
    overflowWrap: "anywhere",
  },
  count: { background: "#f3f2f1", fontSize: 11, textAlign: "center", padding: "2px" },
  cell: { width: 34, textAlign: "center", fontWeight: 600, border: "1px solid #ffffff" },
  // Empty is NOT NE: white with a dashed outline and a dash, where NE is a filled grey "NE".
  empty: {
    background: "#ffffff",
    // #605e5c on white: 6.2:1 (WCAG AA for text; 3:1 for the outline as a non-text cue).
    outline: "1px dashed #605e5c",
    outlineOffset: -3,
    color: "#605e5c",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: 8,
    margin: "8px 0",
    fontSize: 12,
    lineHeight: "20px",
  },
});

function LevelCell(props: { readonly level: CellState; readonly pfmp: number }): React.JSX.Element {
  const { level, pfmp } = props;
  if (level === "empty") {
    return (
      <td className={`${styles.cell} ${styles.empty}`} aria-label={`PFMP ${pfmp} : vide`}>
        –
      </td>
    );
  }
  const c = LEVEL_COLOURS[level];
  return (
    <td
      className={styles.cell}
      style={{ background: c.bg, color: c.fg }}
      aria-label={`PFMP ${pfmp} : ${level} (${LEVEL_LABELS[level]})`}
    >
      {level}
    </td>
  );
}

export interface ProgressPictureProps {
  readonly pupil: string;
  readonly matrix: ProgressMatrix;
}

/** Every competence (rows, by block) against PFMP 1–4 (columns), coloured by level (issue 4). */
export function ProgressPicture(props: ProgressPictureProps): React.JSX.Element {
  const { pupil, matrix } = props;
  return (
    <div className={styles.wrap} tabIndex={0} role="region" aria-label="Tableau de progression">
      <div className={styles.legend} aria-hidden>
        {(Object.keys(LEVEL_COLOURS) as Level[]).map((l) => (
          <span
            key={l}
            style={{
              background: LEVEL_COLOURS[l].bg,
              color: LEVEL_COLOURS[l].fg,
              padding: "0 4px",
            }}
          >
            {l} {LEVEL_LABELS[l]}
          </span>
        ))}
        <span className={styles.empty} style={{ padding: "0 4px" }}>
          – vide (rien coché)
        </span>
      </div>
      <table className={styles.table} data-testid="progression">
        <caption style={{ textAlign: "left", fontWeight: 600 }}>Progression – {pupil}</caption>
        <colgroup>
          <col />
          {PFMP_NUMBERS.map((p) => (
            <col key={p} style={{ width: 40 }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              Compétence
            </th>
            {PFMP_NUMBERS.map((p) => (
              <th key={p} className={styles.pfmpHead} scope="col" aria-label={`PFMP ${p}`}>
                PFMP
                <br />
                {p}
              </th>
            ))}
          </tr>
        </thead>
        {matrix.blocks.map((block) => (
          <tbody key={block.blockId}>
            <tr>
              <th className={styles.block} scope="rowgroup">
                {BLOCK_TITLES[block.blockId]}
                <br />
                <span style={{ fontWeight: 400 }}>
                  évaluées au moins une fois : {block.evaluatedOnce}/{block.rows.length}
                </span>
              </th>
              {PFMP_NUMBERS.map((p) => {
                const c = block.counts[p];
                const progress = {
                  evaluated: c.evaluated,
                  notEvaluated: c.ne,
                  empty: c.empty,
                  total: c.total,
                };
                return (
                  <td
                    key={p}
                    className={styles.count}
                    title={`${progress.evaluated} évaluées, ${progress.notEvaluated} NE, ${progress.empty} vides`}
                  >
                    {progress.evaluated}/{progress.total}
                    <br />
                    {progress.notEvaluated} NE
                  </td>
                );
              })}
            </tr>
            {block.rows.map((row) => (
              <tr key={row.key}>
                <th className={styles.th} scope="row">
                  {row.key} {row.label}
                </th>
                {PFMP_NUMBERS.map((p) => (
                  <LevelCell key={p} level={row.cells[p]} pfmp={p} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
