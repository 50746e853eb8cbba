import * as React from "react";
import { LEVELS, LEVEL_LABELS, type Level } from "../../domain/level";
import { levelForKey } from "../levelKeys";
import { levelStyles } from "../levelStyles";

export interface LevelChoiceProps {
  readonly id: string;
  /** The group's accessible name: competence and PFMP ("1.1.1 Accueillir… – PFMP 1"). */
  readonly label: string;
  readonly value: Level | undefined;
  /** The level the document holds now, marked so the teacher sees what a save would change. */
  readonly documentValue: Level | undefined;
  /** A level was chosen; `advance` when by a one-key shortcut (focus goes to the next row). */
  readonly onChange: (level: Level, advance: boolean) => void;
  /** Suppr / Retour arrière, or a click on the ticked level. */
  readonly onClear: () => void;
  /** Up / Down: to the previous or next row (the pane knows the order across blocks). */
  readonly onMoveRow: (step: 1 | -1) => void;
}

/**
 * The five levels of one row and PFMP as ONE choice: a WAI-ARIA radio group with a roving
 * tabindex, so a row is one Tab stop. Left/Right move between levels without ticking (issue 3);
 * Up/Down move between rows; one key ticks and goes on (issue 10: 0/X → NE, 1–4 → N D A E, or the
 * letters themselves); Suppr/Retour arrière clears; a click on the ticked level clears it.
 */
export const LevelChoice = React.memo(function LevelChoice(props: LevelChoiceProps) {
  const { id, label, value, documentValue, onChange, onClear, onMoveRow } = props;
  const refs = React.useRef<(HTMLDivElement | null)[]>([]);
  const [focused, setFocused] = React.useState<number | null>(null);
  const checkedIndex = value === undefined ? -1 : LEVELS.indexOf(value);
  const tabbable = focused ?? (checkedIndex >= 0 ? checkedIndex : 0);

  const move = (to: number): void => {
    const i = Math.max(0, Math.min(LEVELS.length - 1, to));
    setFocused(i);
    refs.current[i]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>, index: number): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const shortcut = levelForKey(event.key);
    if (shortcut !== null) {
      event.preventDefault();
      onChange(shortcut, true);
      return;
    }
    switch (event.key) {
      case "ArrowRight":
        move(index + 1);
        break;
      case "ArrowLeft":
        move(index - 1);
        break;
      case "ArrowDown":
        onMoveRow(1);
        break;
      case "ArrowUp":
        onMoveRow(-1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(LEVELS.length - 1);
        break;
      case " ":
      case "Spacebar":
      case "Enter":
        if (index === checkedIndex) onClear();
        else onChange(LEVELS[index], false);
        break;
      case "Delete":
      case "Backspace":
        onClear();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div id={id} role="radiogroup" aria-label={label} className={levelStyles.group}>
      {LEVELS.map((level, index) => {
        const checked = index === checkedIndex;
        const inDocument = level === documentValue;
        return (
          <div
            key={level}
            ref={(el) => {
              refs.current[index] = el;
            }}
            role="radio"
            aria-checked={checked}
            aria-label={`${level} – ${LEVEL_LABELS[level]}`}
            title={`${LEVEL_LABELS[level]}${inDocument ? " (dans le document)" : ""}`}
            tabIndex={index === tabbable ? 0 : -1}
            data-level={level}
            className={[
              levelStyles.option,
              checked ? levelStyles.checked : "",
              inDocument ? levelStyles.inDocument : "",
            ].join(" ")}
            onClick={() => {
              setFocused(index);
              if (checked) onClear();
              else onChange(level, false);
            }}
            onKeyDown={(e) => onKeyDown(e, index)}
            onFocus={() => setFocused(index)}
            onBlur={() => setFocused(null)}
          >
            {level}
          </div>
        );
      })}
    </div>
  );
});
