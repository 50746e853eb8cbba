import * as React from "react";
import { Stack } from "@fluentui/react/lib/Stack";
import { TextField } from "@fluentui/react/lib/TextField";
import type { LivretData, StudentData } from "../../domain/livretData";
import { YEAR_LABELS, type SchoolYear } from "../../domain/schoolYear";

export interface IdentityFormProps {
  readonly data: LivretData;
  readonly documentData: LivretData;
  readonly onStudent: (field: keyof StudentData, value: string) => void;
  readonly onDaysToRecover: (year: SchoolYear, value: number | undefined) => void;
}

export const STUDENT_FIELD_IDS: Readonly<Record<keyof StudentData, string>> = {
  lastName: "eleve-nom",
  firstName: "eleve-prenom",
};

export function daysToRecoverId(year: SchoolYear): string {
  return `jours-a-recuperer-${year}`;
}

function note(changed: boolean, doc: string | undefined): string | undefined {
  return changed
    ? `Dans le document : ${doc === undefined || doc === "" ? "vide" : doc}`
    : undefined;
}

/** Days are whole or half days ("1,5"): anything else leaves the document's value as it is. */
function parseDays(text: string): number | undefined {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() === "" || !Number.isFinite(n) || n < 0 ? undefined : n;
}

/** The pupil's identity (attestations) and the days to recover per school year. */
export function IdentityForm(props: IdentityFormProps): React.JSX.Element {
  const { data, documentData, onStudent, onDaysToRecover } = props;
  const [drafts, setDrafts] = React.useState<Partial<Record<SchoolYear, string>>>({});
  const student = (f: keyof StudentData): React.JSX.Element => {
    const value = data.student?.[f] ?? "";
    const doc = documentData.student?.[f];
    return (
      <TextField
        id={STUDENT_FIELD_IDS[f]}
        label={f === "lastName" ? "Nom" : "Prénom"}
        value={value}
        onChange={(_, text) => onStudent(f, text ?? "")}
        description={note(value !== (doc ?? ""), doc)}
      />
    );
  };
  return (
    <section aria-labelledby="identite-titre">
      <h3 id="identite-titre">Élève et jours à récupérer</h3>
      <Stack tokens={{ childrenGap: 6 }}>
        {student("lastName")}
        {student("firstName")}
        {(["premiere", "terminale"] as const).map((year) => {
          const current = data.daysToRecover?.[year];
          const doc = documentData.daysToRecover?.[year];
          const text =
            drafts[year] ?? (current === undefined ? "" : String(current).replace(".", ","));
          return (
            <TextField
              key={year}
              id={daysToRecoverId(year)}
              label={`Nombre de jours à récupérer (${YEAR_LABELS[year]})`}
              inputMode="decimal"
              value={text}
              onChange={(_, t) => {
                setDrafts({ ...drafts, [year]: t ?? "" });
                onDaysToRecover(year, parseDays(t ?? ""));
              }}
              onBlur={() => setDrafts({ ...drafts, [year]: undefined })}
              description={note(current !== doc, doc === undefined ? undefined : String(doc))}
            />
          );
        })}
      </Stack>
    </section>
  );
}
