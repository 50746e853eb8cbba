import * as React from "react";
import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Text } from "@fluentui/react/lib/Text";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { Finding, Severity } from "../../domain/rules/finding";
import { foldFindings, type FoldedGroup } from "../../domain/rules/foldFindings";

const styles = mergeStyleSets({
  list: { margin: "4px 0 12px", paddingLeft: 20 },
  item: { margin: "4px 0" },
  link: { textAlign: "left", display: "inline" },
  keys: { display: "flex", flexWrap: "wrap", gap: "4px 10px", margin: "4px 0", padding: 0 },
  key: { listStyle: "none" },
  fold: {
    border: "none",
    background: "transparent",
    padding: "2px 0",
    color: "#005a9e",
    textAlign: "left",
    cursor: "pointer",
    font: "inherit",
    textDecoration: "underline",
    selectors: { "@media (pointer: coarse)": { minHeight: 44 } },
  },
});

const GROUPS: readonly { severity: Severity; title: string; type: MessageBarType }[] = [
  { severity: "error", title: "Erreurs", type: MessageBarType.error },
  { severity: "warning", title: "Points d’attention", type: MessageBarType.warning },
  { severity: "info", title: "Informations", type: MessageBarType.info },
];

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Goes to the row or field the finding points to; false when it points to nothing visible. */
  readonly onGo: (finding: Finding) => void;
  readonly canGo: (finding: Finding) => boolean;
}

/** One folded line ("PFMP 1 : 12 lignes sans aucune case cochée"), opening to its rows. */
function FoldedLine(props: {
  readonly group: FoldedGroup;
  readonly onGo: (finding: Finding) => void;
}): React.JSX.Element {
  const { group, onGo } = props;
  const [open, setOpen] = React.useState(false);
  const id = `pli-${group.rule}-${group.livret ?? ""}-${group.period ?? ""}`;
  const go = (key: string): void =>
    onGo({
      severity: group.severity,
      rule: group.rule,
      message: group.summary,
      where: {
        ...(group.livret === undefined ? {} : { livret: group.livret }),
        ...(group.period === undefined ? {} : { period: group.period }),
        key,
      },
    } as Finding);
  return (
    <>
      <button
        type="button"
        className={styles.fold}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {group.summary}
      </button>
      {open && (
        <ul id={id} className={styles.keys} aria-label={`Lignes : ${group.summary}`}>
          {group.keys.map((key) => (
            <li key={key} className={styles.key}>
              <Link
                onClick={() => go(key)}
                aria-label={group.period === undefined ? key : `PFMP ${group.period}, ${key}`}
              >
                {key}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * "Vérifier avant envoi": the findings grouped by severity and folded like the command line's
 * (one line per rule and PFMP listing its keys, src/domain/rules/foldFindings.ts); a fold opens
 * to its rows and a click goes to the row or field.
 */
export function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { findings, onGo, canGo } = props;
  if (findings.length === 0) {
    return (
      <MessageBar messageBarType={MessageBarType.success}>
        Aucun problème trouvé : le livret peut être envoyé.
      </MessageBar>
    );
  }
  return (
    <div>
      {GROUPS.map(({ severity, title, type }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const lines = foldFindings(group);
        return (
          <section key={severity} aria-labelledby={`constats-${severity}`}>
            <MessageBar messageBarType={type} id={`constats-${severity}`}>
              {title} ({group.length})
            </MessageBar>
            <ul className={styles.list}>
              {lines.map((line, i) =>
                line.kind === "group" ? (
                  <li key={`pli-${i}`} className={styles.item} data-rule={line.group.rule}>
                    <FoldedLine group={line.group} onGo={onGo} />
                  </li>
                ) : (
                  <li
                    key={`${line.finding.rule}-${i}`}
                    className={styles.item}
                    data-rule={line.finding.rule}
                  >
                    {canGo(line.finding) ? (
                      <Link className={styles.link} onClick={() => onGo(line.finding)}>
                        {line.finding.message}
                      </Link>
                    ) : (
                      <Text>{line.finding.message}</Text>
                    )}
                  </li>
                ),
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
