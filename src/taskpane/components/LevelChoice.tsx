import * as React from "react";
import { LEVELS, LEVEL_LABELS, type Level } from "../../domain/level";
import { levelStyles } from "../levelStyles";

export interface LevelChoiceProps {
  readonly id: string;
  /** Id of the element that names the group (the competence label). */
  readonly labelledBy: string;
  readonly value: Level | undefined;
  /** The level the document holds now, marked so the teacher sees what a save would change. */
  readonly documentValue: Level | undefined;
  readonly onChange: (level: Level) => void;
}

/**
 * The five levels of one row and PFMP as ONE choice: a WAI-ARIA radio group with a roving
 * tabindex (one Tab stop per row). As issue 3 asks, arrow keys only MOVE the focus and a click,
 * Space or Enter ticks — so moving through a grid with the keyboard never changes a level by
 * accident (a native radio group would tick on every arrow press).
 */
export const LevelChoice = React.memo(function LevelChoice(props: LevelChoiceProps) {
  const { id, labelledBy, value, documentValue, onChange } = props;
  const refs = React.useRef<(HTMLDivElement | null)[]>([]);
  const [focused, setFocused] = React.useState<number | null>(null);
  const checkedIndex = value === undefined ? -1 : LEVELS.indexOf(value);
  const tabbable = focused ?? (checkedIndex >= 0 ? checkedIndex : 0);

  const move = (to: number): void => {
    const i = (to + LEVELS.length) % LEVELS.length;
    setFocused(i);
    refs.current[i]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>, index: number): void => {
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        move(index + 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        move(index - 1);
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
        onChange(LEVELS[index]);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div id={id} role="radiogroup" aria-labelledby={labelledBy} className={levelStyles.group}>
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
              onChange(level);
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
