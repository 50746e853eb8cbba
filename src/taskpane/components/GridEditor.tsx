import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { BlockId } from "../../domain/catalog/catalogTypes";
import type { Level } from "../../domain/level";
import type { PfmpNumber } from "../../domain/schoolYear";
import { BLOCK_TITLES } from "../blockTitles";
import { blockProgress } from "../blockProgress";
import type { BlockGroup } from "../gridGroups";
import { rowValues } from "../state/editorSelectors";
import type { EditorAction, EditorState } from "../state/editorState";
import { BlockSection } from "./BlockSection";
import { CompetenceRow } from "./CompetenceRow";

const styles = mergeStyleSets({
  sectionLabel: { display: "block", margin: "12px 0 0", fontWeight: 600, color: "#005a9e" },
});

export interface GridEditorProps {
  readonly state: EditorState;
  readonly livret: number;
  readonly pfmp: PfmpNumber;
  readonly groups: readonly BlockGroup[];
  readonly expanded: ReadonlySet<BlockId | "?">;
  readonly onToggle: (block: BlockId | "?") => void;
  readonly onActivate?: (block: BlockId | "?") => void;
  readonly dispatch: React.Dispatch<EditorAction>;
}

export function blockTitle(id: BlockId | "?"): string {
  return id === "?" ? "Lignes hors bloc" : BLOCK_TITLES[id];
}

/** The grids of one PFMP, block by block, each block collapsible with its progress. */
export function GridEditor(props: GridEditorProps): React.JSX.Element {
  const { state, livret, pfmp, groups, expanded, onToggle, onActivate, dispatch } = props;
  const onLevel = React.useCallback(
    (key: string, level: Level) => dispatch({ type: "setLevel", livret, pfmp, key, level }),
    [dispatch, livret, pfmp],
  );
  const onActivity = React.useCallback(
    (key: string, text: string) => dispatch({ type: "setActivity", livret, pfmp, key, text }),
    [dispatch, livret, pfmp],
  );
  const onRevert = React.useCallback(
    (key: string) => dispatch({ type: "revertRow", livret, pfmp, key }),
    [dispatch, livret, pfmp],
  );
  if (groups.length === 0) {
    return <Text>Le document n’a pas de grille pour la PFMP {pfmp}.</Text>;
  }
  return (
    <div>
      {groups.map((group) => {
        const levels = group.rows.map((r) => rowValues(state, livret, pfmp, r.key).level);
        return (
          <BlockSection
            key={group.blockId}
            id={`bloc-${group.blockId}`}
            title={blockTitle(group.blockId)}
            progress={blockProgress(levels)}
            expanded={expanded.has(group.blockId)}
            onToggle={() => onToggle(group.blockId)}
            onActivate={() => onActivate?.(group.blockId)}
          >
            {group.items.map((item) =>
              item.kind === "section" ? (
                <span key={item.id} className={styles.sectionLabel} role="heading" aria-level={4}>
                  {item.label}
                </span>
              ) : (
                <CompetenceRow
                  key={item.row.key}
                  pfmp={pfmp}
                  row={item.row}
                  values={rowValues(state, livret, pfmp, item.row.key)}
                  onLevel={onLevel}
                  onActivity={onActivity}
                  onRevert={onRevert}
                />
              ),
            )}
          </BlockSection>
        );
      })}
    </div>
  );
}
