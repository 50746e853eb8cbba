import type * as React from "react";
import { Icon } from "@fluentui/react/lib/Icon";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";

const styles = mergeStyleSets({
  section: { margin: "6px 0", border: "1px solid #edebe9", borderRadius: 2 },
  heading: { margin: 0, fontSize: 14 },
  button: {
    display: "flex",
    width: "100%",
    alignItems: "flex-start",
    gap: 8,
    padding: "8px",
    minHeight: 36,
    border: "none",
    background: "#f3f2f1",
    color: "#323130",
    textAlign: "left",
    cursor: "pointer",
    font: "inherit",
    selectors: {
      ":focus": { outline: "2px solid #0078d4" },
      "@media (pointer: coarse)": { minHeight: 44 },
    },
  },
  title: { display: "block", fontWeight: 600 },
  summary: { display: "block", fontWeight: 400, fontSize: 12, color: "#605e5c" },
  body: { padding: "0 8px 8px" },
});

export interface DisclosureProps {
  readonly id: string;
  readonly title: string;
  /** One line under the title, shown open or closed (progress, the period's dates…). */
  readonly summary?: string;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** Focus moved into the section. */
  readonly onActivate?: () => void;
  readonly children: React.ReactNode;
}

/** A section as a disclosure: a heading whose button carries `aria-expanded` (WAI-ARIA APG). */
export function Disclosure(props: DisclosureProps): React.JSX.Element {
  const { id, title, summary, expanded, onToggle, onActivate, children } = props;
  return (
    <section className={styles.section} aria-labelledby={`${id}-titre`} onFocus={onActivate}>
      <h3 className={styles.heading}>
        <button
          type="button"
          id={`${id}-titre`}
          className={styles.button}
          aria-expanded={expanded}
          aria-controls={`${id}-contenu`}
          onClick={onToggle}
        >
          <Icon iconName={expanded ? "ChevronDown" : "ChevronRight"} aria-hidden />
          <span>
            <span className={styles.title}>{title}</span>
            {summary !== undefined && <span className={styles.summary}>{summary}</span>}
          </span>
        </button>
      </h3>
      <div id={`${id}-contenu`} className={styles.body} hidden={!expanded}>
        {expanded && children}
      </div>
    </section>
  );
}
