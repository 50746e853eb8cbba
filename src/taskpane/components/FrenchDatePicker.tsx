import * as React from "react";
import { IconButton } from "@fluentui/react/lib/Button";
import { TextField } from "@fluentui/react/lib/TextField";
import {
  dateToIso,
  formatFrenchDate,
  frenchDateProblem,
  isoToDate,
  parseFrenchDate,
} from "../frenchDates";
import { useDeferredModule } from "../hooks/useDeferredModule";
import { ON_DEMAND_CHUNK } from "../onDemandChunk";

export interface FrenchDatePickerProps {
  readonly id: string;
  readonly label: string;
  /** ISO `YYYY-MM-DD` (the data format), or "" when empty. */
  readonly value: string;
  /** Where the calendar opens when the field is empty (the period's or the school year's month). */
  readonly initialMonth?: Date;
  readonly description?: string;
  readonly onChange: (iso: string) => void;
}

/**
 * A date typed as on the convention de stage (JJ/MM/AAAA) with a calendar on demand. Fluent's
 * DatePicker was replaced (issue 10): its calendar took the focus on click while the teacher typed,
 * and an invalid date was reset. Here the text field is the field: typing always works, the
 * calendar opens only from its button, an invalid date says why and stays as typed.
 */
/** Shown under the field when the calendar's chunk could not be fetched (a lost request). */
export const CALENDAR_UNAVAILABLE =
  "Le calendrier n’a pas pu être chargé : saisissez la date (JJ/MM/AAAA), ou rouvrez-le.";

export function FrenchDatePicker(props: FrenchDatePickerProps): React.JSX.Element {
  const { id, label, value, initialMonth, description, onChange } = props;
  const [text, setText] = React.useState(() => formatFrenchDate(isoToDate(value)));
  const [problem, setProblem] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLDivElement>(null);
  // The on-demand chunk (the calendar), fetched after the pane's first render; if a click comes
  // first, the calendar opens as soon as it arrives. If it cannot be fetched, the field says so:
  // the date can still be typed.
  const { value: calendar, failed } = useDeferredModule(ON_DEMAND_CHUNK, open);
  const shown = problem ?? (open && failed ? CALENDAR_UNAVAILABLE : null);

  // The value changed from outside (a save, a re-read, undo): show it unless it is what is typed.
  React.useEffect(() => {
    const typed = parseFrenchDate(text);
    if ((typed === null ? "" : dateToIso(typed)) !== value) {
      setText(formatFrenchDate(isoToDate(value)));
      setProblem(null);
    }
    // Only an outside change of `value` may rewrite the text, never a keystroke.
  }, [value]);

  const commit = (typed: string): void => {
    const why = frenchDateProblem(typed);
    setProblem(why);
    if (why !== null) return;
    const date = parseFrenchDate(typed);
    const iso = date === null ? "" : dateToIso(date);
    if (date !== null) setText(formatFrenchDate(date));
    if (iso !== value) onChange(iso);
  };

  const selected = isoToDate(value) ?? parseFrenchDate(text) ?? undefined;
  return (
    <div style={{ minWidth: 150, flex: "1 1 150px" }}>
      <TextField
        id={id}
        name={id}
        label={label}
        inputMode="numeric"
        autoComplete="off"
        placeholder="JJ/MM/AAAA"
        value={text}
        errorMessage={shown ?? undefined}
        description={shown === null ? description : undefined}
        onChange={(_, t) => {
          setText(t ?? "");
          if (problem !== null && frenchDateProblem(t ?? "") === null) setProblem(null);
        }}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(text);
        }}
        onRenderSuffix={() => (
          <div ref={button}>
            <IconButton
              iconProps={{ iconName: "Calendar" }}
              ariaLabel={`Choisir la date « ${label} » dans le calendrier`}
              title="Ouvrir le calendrier"
              aria-expanded={open}
              styles={{ root: { height: 30 } }}
              onClick={() => setOpen(!open)}
            />
          </div>
        )}
        styles={{ suffix: { padding: 0, background: "transparent" } }}
      />
      {open && calendar !== undefined && (
        <calendar.CalendarCallout
          target={button}
          label={label}
          value={selected ?? initialMonth}
          onDismiss={() => setOpen(false)}
          onSelectDate={(date) => {
            const formatted = formatFrenchDate(date);
            setText(formatted);
            setProblem(null);
            setOpen(false);
            const iso = dateToIso(date);
            if (iso !== value) onChange(iso);
            document.getElementById(id)?.focus();
          }}
        />
      )}
    </div>
  );
}
