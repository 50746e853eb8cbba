import type * as React from "react";
import { Calendar } from "@fluentui/react/lib/Calendar";
import { Callout, DirectionalHint } from "@fluentui/react/lib/Callout";
import { DayOfWeek } from "@fluentui/react/lib/DateTimeUtilities";
import { FRENCH_DATE_FORMATTING, FRENCH_DATE_PICKER_STRINGS } from "../frenchCalendarStrings";

export interface CalendarCalloutProps {
  /** The date field's calendar button: the callout opens below it. */
  readonly target: React.RefObject<HTMLElement>;
  readonly label: string;
  /** The selected date, or the month to show when the field is empty. */
  readonly value: Date | undefined;
  readonly onSelectDate: (date: Date) => void;
  readonly onDismiss: () => void;
}

/**
 * The calendar of a date field (FrenchDatePicker), in French, weeks from Monday. In the on-demand
 * chunk (onDemandChunk.ts): Fluent's Calendar was 12 KB of the start bundle, gzipped, for a click
 * the teacher makes a few times a year.
 */
export function CalendarCallout(props: CalendarCalloutProps): React.JSX.Element {
  const { target, label, value, onSelectDate, onDismiss } = props;
  return (
    <Callout
      target={target}
      role="dialog"
      ariaLabel={`Calendrier – ${label}`}
      directionalHint={DirectionalHint.bottomRightEdge}
      setInitialFocus
      onDismiss={onDismiss}
    >
      <Calendar
        value={value}
        firstDayOfWeek={DayOfWeek.Monday}
        strings={FRENCH_DATE_PICKER_STRINGS}
        dateTimeFormatter={FRENCH_DATE_FORMATTING}
        showGoToToday
        showCloseButton
        onDismiss={onDismiss}
        onSelectDate={onSelectDate}
      />
    </Callout>
  );
}
