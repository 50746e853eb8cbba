import type * as React from "react";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { TextField } from "@fluentui/react/lib/TextField";
import { formatWeeks, parseAbsenceDays, periodDuration } from "../../domain/calendar";
import type { LivretData, PeriodData } from "../../domain/livretData";
import { PFMP_NUMBERS, YEAR_LABELS, yearOfPfmp, type PfmpNumber } from "../../domain/schoolYear";
import { isoToDate, isoToFrench } from "../frenchDates";
import type { PeriodTextField } from "../state/editorState";
import { Disclosure } from "./Disclosure";
import { FrenchDatePicker } from "./FrenchDatePicker";

export interface PeriodFormProps {
  readonly pfmp: PfmpNumber;
  /** Every period of the livret, to open an empty date's calendar in the PFMP's school year. */
  readonly periods: LivretData["periods"];
  readonly period: PeriodData | undefined;
  readonly documentPeriod: PeriodData | undefined;
  readonly onChange: (field: PeriodTextField, value: string) => void;
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

export function periodFieldId(pfmp: PfmpNumber, field: string): string {
  return `periode-${pfmp}-${field}`;
}

const TEXT_FIELDS: readonly { field: PeriodTextField; label: string; multiline?: boolean }[] = [
  { field: "company", label: "Entreprise" },
  { field: "tutor", label: "Tuteur (nom et prénom)" },
  { field: "teacher", label: "Professeur (nom et prénom)" },
  {
    field: "observations",
    label: "Observations (motifs absences, jours à récupérer)",
    multiline: true,
  },
];

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? "s" : ""}`;
}

/**
 * Where an empty date's calendar opens: the other date of the same period, else a date of another
 * PFMP moved to this PFMP's school year (Première → Terminale is one year later), else today.
 */
export function calendarStart(
  pfmp: PfmpNumber,
  periods: LivretData["periods"],
  other: string | undefined,
): Date | undefined {
  const same = isoToDate(other);
  if (same !== undefined) return same;
  const yearIndex = (p: PfmpNumber): number => (yearOfPfmp(p) === "premiere" ? 0 : 1);
  for (const p of PFMP_NUMBERS) {
    const period = periods?.[String(p) as "1"];
    const date = isoToDate(period?.from) ?? isoToDate(period?.to);
    if (p === pfmp || date === undefined) continue;
    const shifted = new Date(date);
    shifted.setFullYear(date.getFullYear() + yearIndex(pfmp) - yearIndex(p));
    return shifted;
  }
  return undefined;
}

/**
 * The period of one PFMP (attestation row and fiche récapitulative): company, dates, observations,
 * tutor, teacher; weeks and working days are shown as soon as both dates are valid (issue 4).
 */
export function PeriodForm(props: PeriodFormProps): React.JSX.Element {
  const { pfmp, periods, period, documentPeriod, onChange, expanded, onToggle } = props;
  const value = (f: PeriodTextField): string => period?.[f] ?? "";
  const differs = (f: PeriodTextField): boolean =>
    (period?.[f] ?? "") !== (documentPeriod?.[f] ?? "");
  const docNote = (f: PeriodTextField, text: string): string | undefined =>
    differs(f) ? `Dans le document : ${text.trim() === "" ? "vide" : text}` : undefined;

  const absences = parseAbsenceDays(period?.observations) ?? 0;
  const duration = periodDuration(period?.from, period?.to, absences);
  const field = (f: (typeof TEXT_FIELDS)[number]): React.JSX.Element => (
    <TextField
      key={f.field}
      id={periodFieldId(pfmp, f.field)}
      label={f.label}
      value={value(f.field)}
      multiline={f.multiline}
      autoAdjustHeight={f.multiline}
      onChange={(_, text) => onChange(f.field, text ?? "")}
      description={docNote(f.field, documentPeriod?.[f.field] ?? "")}
    />
  );

  const dates =
    period?.from !== undefined || period?.to !== undefined
      ? `du ${isoToFrench(period?.from) || "…"} au ${isoToFrench(period?.to) || "…"}`
      : "dates non renseignées";
  const company =
    (period?.company ?? "").trim() === "" ? "entreprise non renseignée" : period?.company;
  return (
    <Disclosure
      id={`periode-${pfmp}`}
      title={`Période de PFMP ${pfmp} (${YEAR_LABELS[yearOfPfmp(pfmp)]})`}
      summary={`${company} · ${dates}`}
      expanded={expanded}
      onToggle={onToggle}
    >
      <Stack tokens={{ childrenGap: 6 }}>
        {field(TEXT_FIELDS[0])}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <FrenchDatePicker
            id={periodFieldId(pfmp, "from")}
            label="Du"
            value={value("from")}
            initialMonth={calendarStart(pfmp, periods, period?.to)}
            description={docNote("from", isoToFrench(documentPeriod?.from))}
            onChange={(iso) => onChange("from", iso)}
          />
          <FrenchDatePicker
            id={periodFieldId(pfmp, "to")}
            label="Au"
            value={value("to")}
            initialMonth={calendarStart(pfmp, periods, period?.from)}
            description={docNote("to", isoToFrench(documentPeriod?.to))}
            onChange={(iso) => onChange("to", iso)}
          />
        </Stack>
        <Text role="status" aria-live="polite" data-testid={`duree-${pfmp}`}>
          {duration === null
            ? "Durée : saisir les deux dates (fin après le début)."
            : `Durée : ${formatWeeks(duration.calendarWeeks)} semaine${
                duration.calendarWeeks >= 2 ? "s" : ""
              } · ${plural(duration.workingDays, "jour")} ouvré${duration.workingDays > 1 ? "s" : ""}` +
              (duration.holidays.length > 0
                ? ` (férié${duration.holidays.length > 1 ? "s" : ""} : ${duration.holidays
                    .map((h) => h.name)
                    .join(", ")})`
                : "") +
              (absences > 0
                ? ` · ${plural(duration.daysDone, "jour")} effectué${duration.daysDone > 1 ? "s" : ""} après absences`
                : "")}
        </Text>
        {TEXT_FIELDS.slice(1).map(field)}
      </Stack>
    </Disclosure>
  );
}
