import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
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
  bulk: { margin: "6px 0 2px", selectors: { "@media (pointer: coarse)": { minHeight: 44 } } },
});

export interface GridEditorProps {
  readonly state: EditorState;
  readonly livret: number;
  readonly pfmp: PfmpNumber;
  readonly groups: readonly BlockGroup[];
  readonly expanded: ReadonlySet<BlockId | "?">;
  readonly onToggle: (block: BlockId | "?") => void;
  readonly onActivate?: (block: BlockId | "?") => void;
  readonly onLevel: (key: string, level: Level, advance: boolean) => void;
  readonly onClear: (key: string) => void;
  readonly onMoveRow: (key: string, step: 1 | -1) => void;
  /** "NE pour les lignes vides" of one block. */
  readonly onFillEmpty: (block: BlockId | "?") => void;
  /** "Reprendre la PFMP précédente" for one block, with how many levels it would bring. */
  readonly onCopyPrevious?: (block: BlockId | "?") => void;
  readonly previousCount?: (block: BlockId | "?") => number;
  readonly dispatch: React.Dispatch<EditorAction>;
}

export function blockTitle(id: BlockId | "?"): string {
  return id === "?" ? "Lignes hors bloc" : BLOCK_TITLES[id];
}

/** The grids of one PFMP, block by block, each block collapsible with its progress. */
export function GridEditor(props: GridEditorProps): React.JSX.Element {
  const { state, livret, pfmp, groups, expanded, onToggle, onActivate, dispatch } = props;
  const { onLevel, onClear, onMoveRow, onFillEmpty, onCopyPrevious, previousCount } = props;
  const onActivity = React.useCallback(
    (key: string, text: string) => dispatch({ type: "setActivity", livret, pfmp, key, text }),
    [dispatch, livret, pfmp],
  );
  if (groups.length === 0) {
    return <Text>Le document n’a pas de grille pour la PFMP {pfmp}.</Text>;
  }
  return (
    <div>
      {groups.map((group) => {
        const levels = group.rows.map((r) => rowValues(state, livret, pfmp, r.key).level);
        const empty = levels.filter((l) => l === undefined).length;
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
            {onCopyPrevious !== undefined && (previousCount?.(group.blockId) ?? 0) > 0 && (
              <DefaultButton
                className={styles.bulk}
                onClick={() => onCopyPrevious(group.blockId)}
                ariaLabel={`Reprendre la PFMP ${pfmp - 1} (${previousCount?.(group.blockId) ?? 0}) – ${blockTitle(group.blockId)}`}
              >
                Reprendre la PFMP {pfmp - 1} ({previousCount?.(group.blockId) ?? 0})
              </DefaultButton>
            )}{" "}
            {empty > 0 && (
              <DefaultButton
                className={styles.bulk}
                onClick={() => onFillEmpty(group.blockId)}
                ariaLabel={`NE pour les lignes vides (${empty}) – ${blockTitle(group.blockId)}, PFMP ${pfmp}`}
              >
                NE pour les lignes vides ({empty})
              </DefaultButton>
            )}
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
                  onClear={onClear}
                  onMoveRow={onMoveRow}
                  onActivity={onActivity}
                />
              ),
            )}
          </BlockSection>
        );
      })}
    </div>
  );
}
