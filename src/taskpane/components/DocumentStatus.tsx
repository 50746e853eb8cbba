import type * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { DetectionWarning, LivretMap } from "../../domain/detection/livretMap";
import type { LevelConflict } from "../../domain/livretData";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { missingParts, unmatchedRows } from "../completeness";

const styles = mergeStyleSets({
  details: { margin: "4px 0", fontSize: 12, color: "#323130" },
  summary: {
    cursor: "pointer",
    color: "#605e5c",
    padding: "4px 0",
    selectors: { "@media (pointer: coarse)": { minHeight: 44, lineHeight: "36px" } },
  },
});

export interface DocumentStatusProps {
  readonly livret: LivretMap;
  readonly conflicts: readonly LevelConflict[];
  readonly warnings: readonly DetectionWarning[];
}

function Lines(props: { readonly lines: readonly string[] }): React.JSX.Element {
  return (
    <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
      {props.lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

/** What detection says about the chosen livret: missing parts, unknown rows, double ticks. */
export function DocumentStatus(props: DocumentStatusProps): React.JSX.Element | null {
  const { livret, conflicts, warnings } = props;
  const missing = missingParts(livret);
  const unmatched = unmatchedRows(livret);
  return (
    <>
      {missing.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Le document ne contient qu’une partie du livret. Il manque :
          <Lines lines={missing} />
        </MessageBar>
      )}
      {conflicts.length > 0 && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          Plusieurs niveaux cochés sur une même ligne (choisir un niveau les corrige) :
          <Lines
            lines={conflicts.map((c) => `PFMP ${c.period} · ${c.key} : ${c.levels.join(", ")}`)}
          />
        </MessageBar>
      )}
      {(unmatched.length > 0 || warnings.length > 0) && (
        // Technical notes of the detection (a header typo, an unknown row) stay out of the way
        // of the grids (issue 10): one collapsed line.
        <details className={styles.details} data-testid="details-detection">
          <summary className={styles.summary}>
            Détails de la lecture du document ({unmatched.length + warnings.length})
          </summary>
          {unmatched.length > 0 && (
            <>
              Lignes de grille non reconnues (affichées avec « ? », elles restent modifiables) :
              <Lines lines={unmatched} />
            </>
          )}
          {warnings.length > 0 && (
            <>
              Remarques de la détection :
              <Lines lines={warnings.map((w) => w.message)} />
            </>
          )}
        </details>
      )}
    </>
  );
}
