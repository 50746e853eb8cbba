import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Text } from "@fluentui/react/lib/Text";

const styles = mergeStyleSets({
  button: {
    minWidth: 0,
    padding: "0 8px",
    selectors: { "@media (pointer: coarse)": { minHeight: 44 } },
  },
});

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
      <Text variant="small" block style={{ margin: "6px 0 2px", color: "#323130" }}>
        Démonstration hors de Word : « {documentName} », une copie en mémoire. Le document reste sur
        cet appareil, rien ne quitte le navigateur.
      </Text>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4, margin: "2px 0 6px" }}>
        <DefaultButton
          className={styles.button}
          styles={{ root: { minWidth: 0, padding: "0 8px" } }}
          onClick={() => input.current?.click()}
        >
          Ouvrir un .docx
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
        <DefaultButton
          className={styles.button}
          styles={{ root: { minWidth: 0, padding: "0 8px" } }}
          onClick={onDownload}
        >
          Télécharger le .docx
        </DefaultButton>
      </div>
    </>
  );
}
