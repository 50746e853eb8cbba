import type * as React from "react";
import { DatePicker } from "@fluentui/react/lib/DatePicker";
import { DayOfWeek } from "@fluentui/react/lib/DateTimeUtilities";
import {
  FRENCH_DATE_PICKER_STRINGS,
  dateToIso,
  formatFrenchDate,
  isoToDate,
  parseFrenchDate,
} from "../frenchDates";

export interface FrenchDatePickerProps {
  readonly id: string;
  readonly label: string;
  /** ISO `YYYY-MM-DD` (the data format), or "" when empty. */
  readonly value: string;
  readonly description?: string;
  readonly onChange: (iso: string) => void;
}

/**
 * Fluent v8 DatePicker in French: dd/MM/yyyy, weeks from Monday, typing allowed (the calendar is
 * optional: a teacher usually copies the dates from the convention de stage).
 */
export function FrenchDatePicker(props: FrenchDatePickerProps): React.JSX.Element {
  const { id, label, value, description, onChange } = props;
  return (
    <DatePicker
      id={id}
      label={label}
      ariaLabel={label}
      value={isoToDate(value)}
      allowTextInput
      firstDayOfWeek={DayOfWeek.Monday}
      strings={FRENCH_DATE_PICKER_STRINGS}
      formatDate={formatFrenchDate}
      parseDateFromString={(text) => parseFrenchDate(text)}
      placeholder="JJ/MM/AAAA"
      onSelectDate={(date) => onChange(date === null || date === undefined ? "" : dateToIso(date))}
      textField={{ description, name: id }}
    />
  );
}
