import type * as React from "react";
import { Pivot, PivotItem } from "@fluentui/react/lib/Pivot";
import {
  PFMP_NUMBERS,
  YEAR_LABELS,
  isPfmpNumber,
  yearOfPfmp,
  type PfmpNumber,
} from "../../domain/schoolYear";

export interface PfmpPickerProps {
  readonly selected: PfmpNumber;
  readonly onSelect: (pfmp: PfmpNumber) => void;
}

/** The year and the PFMP in one row of tabs: PFMP 1–2 are Première, 3–4 Terminale. */
export function PfmpPicker(props: PfmpPickerProps): React.JSX.Element {
  const { selected, onSelect } = props;
  return (
    <Pivot
      aria-label="Année et PFMP"
      overflowBehavior="menu"
      overflowAriaLabel="Autres PFMP"
      headersOnly
      selectedKey={String(selected)}
      onLinkClick={(item) => {
        const n = Number(item?.props.itemKey);
        if (isPfmpNumber(n)) onSelect(n);
      }}
    >
      {PFMP_NUMBERS.map((p) => (
        <PivotItem
          key={p}
          itemKey={String(p)}
          headerText={`PFMP ${p}`}
          headerButtonProps={{
            "aria-label": `PFMP ${p} (${YEAR_LABELS[yearOfPfmp(p)]})`,
            title: YEAR_LABELS[yearOfPfmp(p)],
          }}
        />
      ))}
    </Pivot>
  );
}
