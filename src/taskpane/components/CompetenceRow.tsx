import * as React from "react";
import { Link } from "@fluentui/react/lib/Link";
import { Text } from "@fluentui/react/lib/Text";
import { TextField } from "@fluentui/react/lib/TextField";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { Level } from "../../domain/level";
import type { PfmpNumber } from "../../domain/schoolYear";
import { activityId, keyId, levelGroupId, type PaneRow } from "../gridGroups";
import type { RowValues } from "../state/editorSelectors";
import { LevelChoice } from "./LevelChoice";

const styles = mergeStyleSets({
  row: { padding: "8px 0", borderBottom: "1px solid #edebe9" },
  label: { display: "block", fontWeight: 600 },
  key: { color: "#605e5c", fontWeight: 400, marginRight: 6 },
  badge: {
    marginLeft: 6,
    padding: "0 4px",
    borderRadius: 2,
    fontSize: 11,
    fontWeight: 600,
    background: "#fff4ce",
    color: "#6d5700",
  },
  warn: { background: "#fde7e9", color: "#a4262c" },
  note: { color: "#605e5c", display: "block" },
});

export interface CompetenceRowProps {
  readonly pfmp: PfmpNumber;
  readonly row: PaneRow;
  readonly values: RowValues;
  readonly onLevel: (key: string, level: Level) => void;
  readonly onActivity: (key: string, text: string) => void;
  readonly onRevert: (key: string) => void;
}

function shown(text: string): string {
  return text.trim() === "" ? "vide" : `« ${text} »`;
}

/** One competence for one PFMP: label, the five levels, the activities and the document's values. */
function sameProps(a: CompetenceRowProps, b: CompetenceRowProps): boolean {
  const keys = Object.keys(a.values) as (keyof RowValues)[];
  return (
    a.pfmp === b.pfmp &&
    a.row === b.row &&
    a.onLevel === b.onLevel &&
    a.onActivity === b.onActivity &&
    a.onRevert === b.onRevert &&
    keys.every((k) => a.values[k] === b.values[k])
  );
}

export const CompetenceRow = React.memo(function CompetenceRow(props: CompetenceRowProps) {
  const { pfmp, row, values, onLevel, onActivity, onRevert } = props;
  const labelId = `libelle-${pfmp}-${keyId(row.key)}`;
  const pending = values.levelPending || values.activityPending;
  return (
    <div className={styles.row} data-key={row.key}>
      <span id={labelId} className={styles.label}>
        <span className={styles.key}>{row.matched ? row.key : "?"}</span> {row.label}
        {values.draft && <span className={styles.badge}>brouillon</span>}
        {!row.matched && (
          <span className={`${styles.badge} ${styles.warn}`}>ligne non reconnue</span>
        )}
      </span>
      <LevelChoice
        id={levelGroupId(pfmp, row.key)}
        labelledBy={labelId}
        value={values.level}
        documentValue={values.docLevel}
        onChange={(level) => onLevel(row.key, level)}
      />
      {values.levelPending && (
        <Text variant="small" className={styles.note}>
          Dans le document : {values.docLevel ?? "aucun niveau"}
          {values.draft ? " (copié de la PFMP précédente, non enregistré)" : ""}
        </Text>
      )}
      {row.hasActivities && (
        <TextField
          id={activityId(pfmp, row.key)}
          ariaLabel={`Activités professionnelles prévues – ${row.label}`}
          placeholder="Activités professionnelles prévues"
          value={values.activity}
          multiline
          autoAdjustHeight
          rows={1}
          onChange={(_, text) => onActivity(row.key, text ?? "")}
          description={
            values.activityPending ? `Dans le document : ${shown(values.docActivity)}` : undefined
          }
        />
      )}
      {pending && (
        <Link
          onClick={() => onRevert(row.key)}
          aria-label={`Annuler les changements – ${row.label}`}
        >
          Annuler
        </Link>
      )}
    </div>
  );
}, sameProps);
