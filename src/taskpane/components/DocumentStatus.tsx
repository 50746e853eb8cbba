import type * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import type { DetectionWarning, LivretMap } from "../../domain/detection/livretMap";
import type { LevelConflict } from "../../domain/livretData";
import { missingParts, unmatchedRows } from "../completeness";

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
      {unmatched.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Lignes de grille non reconnues (affichées avec « ? », elles restent modifiables) :
          <Lines lines={unmatched} />
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
      {warnings.length > 0 && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          Remarques de la détection :
          <Lines lines={warnings.map((w) => w.message)} />
        </MessageBar>
      )}
    </>
  );
}
