import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { TextField } from "@fluentui/react/lib/TextField";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { Level } from "../../domain/level";
import type { PfmpNumber } from "../../domain/schoolYear";
import { activityId, keyId, levelGroupId, type PaneRow } from "../gridGroups";
import type { RowValues } from "../state/editorSelectors";
import { LevelChoice } from "./LevelChoice";

const styles = mergeStyleSets({
  row: {
    padding: "4px 0 6px 6px",
    borderBottom: "1px solid #edebe9",
    borderLeft: "3px solid transparent",
  },
  // A pending (unsaved) row: a blue edge, so the teacher sees what a save would change.
  pending: { borderLeftColor: "#0078d4" },
  label: { display: "block", fontWeight: 600, lineHeight: "18px" },
  key: { color: "#605e5c", fontWeight: 400, marginRight: 6 },
  line: { display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" },
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
  activityButton: {
    minWidth: 36,
    height: 30,
    padding: "0 6px",
    border: "1px solid #8a8886",
    borderRadius: 2,
    background: "#ffffff",
    color: "#323130",
    cursor: "pointer",
    font: "inherit",
    fontSize: 12,
    selectors: {
      ":focus": { outline: "2px solid #0078d4", outlineOffset: 1 },
      ":hover": { background: "#f3f2f1" },
      "@media (pointer: coarse)": { minWidth: 44, height: 44 },
    },
  },
  activityFilled: { background: "#deecf9", borderColor: "#005a9e" },
});

export interface CompetenceRowProps {
  readonly pfmp: PfmpNumber;
  readonly row: PaneRow;
  readonly values: RowValues;
  readonly onLevel: (key: string, level: Level, advance: boolean) => void;
  readonly onClear: (key: string) => void;
  readonly onMoveRow: (key: string, step: 1 | -1) => void;
  readonly onActivity: (key: string, text: string) => void;
}

function shown(text: string): string {
  return text.trim() === "" ? "vide" : `« ${text} »`;
}

function sameProps(a: CompetenceRowProps, b: CompetenceRowProps): boolean {
  const keys = Object.keys(a.values) as (keyof RowValues)[];
  return (
    a.pfmp === b.pfmp &&
    a.row === b.row &&
    a.onLevel === b.onLevel &&
    a.onClear === b.onClear &&
    a.onMoveRow === b.onMoveRow &&
    a.onActivity === b.onActivity &&
    keys.every((k) => a.values[k] === b.values[k])
  );
}

/**
 * One competence for one PFMP, compact enough for a 320 px pane: the label, then the five levels
 * and the activities button on one line; the activities field opens on demand (issue 10).
 */
export const CompetenceRow = React.memo(function CompetenceRow(props: CompetenceRowProps) {
  const { pfmp, row, values, onLevel, onClear, onMoveRow, onActivity } = props;
  const labelId = `libelle-${pfmp}-${keyId(row.key)}`;
  const [open, setOpen] = React.useState(values.activity.trim() !== "");
  const fieldId = activityId(pfmp, row.key);
  const shownKey = row.matched ? row.key : "?";
  const groupLabel =
    `${shownKey} ${row.label} – PFMP ${pfmp}` + (values.draft ? " (brouillon)" : "");
  return (
    <div
      className={`${styles.row} ${values.levelPending || values.activityPending ? styles.pending : ""}`}
      data-key={row.key}
      data-pending={values.levelPending || values.activityPending ? "oui" : undefined}
    >
      <span id={labelId} className={styles.label}>
        <span className={styles.key}>{shownKey}</span> {row.label}
        {values.draft && <span className={styles.badge}>brouillon</span>}
        {!row.matched && (
          <span className={`${styles.badge} ${styles.warn}`}>ligne non reconnue</span>
        )}
      </span>
      <div className={styles.line}>
        <LevelChoice
          id={levelGroupId(pfmp, row.key)}
          label={groupLabel}
          value={values.level}
          documentValue={values.docLevel}
          onChange={(level, advance) => onLevel(row.key, level, advance)}
          onClear={() => onClear(row.key)}
          onMoveRow={(step) => onMoveRow(row.key, step)}
        />
        {row.hasActivities && (
          <button
            type="button"
            className={`${styles.activityButton} ${values.activity.trim() !== "" ? styles.activityFilled : ""}`}
            aria-expanded={open}
            aria-controls={open ? fieldId : undefined}
            aria-label={`Activités – ${shownKey} (PFMP ${pfmp})`}
            title="Activités professionnelles prévues"
            onClick={() => setOpen(!open)}
          >
            Activités
          </button>
        )}
      </div>
      {values.levelPending && values.docLevel !== undefined && (
        <Text variant="small" className={styles.note}>
          Dans le document : {values.docLevel ?? "aucun niveau"}
          {values.draft ? " (brouillon, non enregistré)" : ""}
        </Text>
      )}
      {row.hasActivities && open && (
        <TextField
          id={fieldId}
          ariaLabel={`Activités professionnelles prévues – ${shownKey} ${row.label} (PFMP ${pfmp})`}
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
    </div>
  );
}, sameProps);
