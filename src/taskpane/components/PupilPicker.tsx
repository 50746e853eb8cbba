import type * as React from "react";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { Text } from "@fluentui/react/lib/Text";

export interface PupilChoice {
  readonly index: number;
  readonly name: string;
  readonly unsaved: number;
}

export interface PupilPickerProps {
  readonly pupils: readonly PupilChoice[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
}

/** One livret: its pupil's name; a class file (several livrets): a dropdown to choose. */
export function PupilPicker(props: PupilPickerProps): React.JSX.Element {
  const { pupils, selected, onSelect } = props;
  if (pupils.length === 1) {
    return (
      <Text variant="mediumPlus" block>
        Élève : {pupils[0].name}
      </Text>
    );
  }
  const options: IDropdownOption[] = pupils.map((p) => ({
    key: p.index,
    text:
      p.unsaved > 0 ? `${p.name} (${p.unsaved} non enregistré${p.unsaved > 1 ? "s" : ""})` : p.name,
  }));
  return (
    <Dropdown
      label={`Élève (${pupils.length} livrets dans ce document)`}
      options={options}
      selectedKey={selected}
      // On a narrow screen Fluent shows the options in a panel: name it, in French.
      panelProps={{ headerText: "Choisir l’élève", closeButtonAriaLabel: "Fermer" }}
      onChange={(_, option) => {
        if (option !== undefined) onSelect(Number(option.key));
      }}
    />
  );
}
