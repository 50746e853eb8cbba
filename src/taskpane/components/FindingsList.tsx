import type * as React from "react";
import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Text } from "@fluentui/react/lib/Text";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { Finding, Severity } from "../../domain/rules/finding";

const styles = mergeStyleSets({
  list: { margin: "4px 0 12px", paddingLeft: 20 },
  item: { margin: "4px 0" },
  link: { textAlign: "left", display: "inline" },
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

/** "Vérifier avant envoi": the findings of the rules, grouped by severity, each one clickable. */
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
        return (
          <section key={severity} aria-labelledby={`constats-${severity}`}>
            <MessageBar messageBarType={type} id={`constats-${severity}`}>
              {title} ({group.length})
            </MessageBar>
            <ul className={styles.list}>
              {group.map((f, i) => (
                <li key={`${f.rule}-${i}`} className={styles.item} data-rule={f.rule}>
                  {canGo(f) ? (
                    <Link className={styles.link} onClick={() => onGo(f)}>
                      {f.message}
                    </Link>
                  ) : (
                    <Text>{f.message}</Text>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
