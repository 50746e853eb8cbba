import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Stack } from "@fluentui/react/lib/Stack";

export interface DemoToolbarProps {
  readonly documentName: string;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

/** Demo only (plain browser, no Word): open a .docx from disk, download the filled one. */
export function DemoToolbar(props: DemoToolbarProps): React.JSX.Element {
  const { documentName, onOpen, onDownload } = props;
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        Démonstration hors de Word : le volet travaille sur « {documentName} », une copie en
        mémoire. Rien ne quitte le navigateur.
      </MessageBar>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} style={{ margin: "8px 0" }}>
        <DefaultButton iconProps={{ iconName: "OpenFile" }} onClick={() => input.current?.click()}>
          Ouvrir un autre .docx
        </DefaultButton>
        <input
          ref={input}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Fichier .docx à ouvrir"
          data-testid="ouvrir-docx"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) onOpen(file);
            e.target.value = "";
          }}
        />
        <DefaultButton iconProps={{ iconName: "Download" }} onClick={onDownload}>
          Télécharger le .docx
        </DefaultButton>
      </Stack>
    </>
  );
}
