import type * as React from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Icon } from "@fluentui/react/lib/Icon";
import { progressText, type BlockProgress } from "../blockProgress";

const styles = mergeStyleSets({
  section: { margin: "8px 0", border: "1px solid #edebe9", borderRadius: 2 },
  heading: { margin: 0, fontSize: 14 },
  button: {
    display: "flex",
    width: "100%",
    alignItems: "flex-start",
    gap: 8,
    padding: "8px",
    border: "none",
    background: "#f3f2f1",
    textAlign: "left",
    cursor: "pointer",
    font: "inherit",
    selectors: { ":focus": { outline: "2px solid #0078d4" } },
  },
  title: { display: "block", fontWeight: 600 },
  progress: { display: "block", fontWeight: 400, fontSize: 12, color: "#605e5c" },
  body: { padding: "0 8px" },
});

export interface BlockSectionProps {
  readonly id: string;
  readonly title: string;
  readonly progress: BlockProgress;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** Focus moved into the block (the demo's preview follows the block being edited). */
  readonly onActivate?: () => void;
  readonly children: React.ReactNode;
}

/** A block's grid as a disclosure: a heading whose button carries `aria-expanded` (WAI-ARIA APG). */
export function BlockSection(props: BlockSectionProps): React.JSX.Element {
  const { id, title, progress, expanded, onToggle, onActivate, children } = props;
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
            <span className={styles.progress}>{progressText(progress)}</span>
          </span>
        </button>
      </h3>
      <div id={`${id}-contenu`} className={styles.body} hidden={!expanded}>
        {expanded && children}
      </div>
    </section>
  );
}
