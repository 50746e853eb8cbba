import * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { DESKTOP_POLICY, createWordDouble } from "../../office/double";
import { withNativeInflate } from "../nativeInflate";
import { OfficeDocumentPort } from "../../office/officeDocumentPort";
import { App } from "../App";
import { downloadName } from "../downloadName";
import { openFailureText } from "../teacherMessage";
import { allowDownloadNavigation } from "../hooks/useBeforeUnload";

interface DemoDocument {
  readonly name: string;
  readonly double: ReturnType<typeof createWordDouble>;
  readonly port: OfficeDocumentPort;
  /** Remounts the pane on every new document (no state leaks from the previous one). */
  readonly id: number;
}

/** The demo runs the double as Word on Windows or Mac (`DESKTOP_POLICY`: no web ceiling). */
function open(bytes: Uint8Array, name: string, id: number): DemoDocument {
  const double = createWordDouble(bytes, { policy: DESKTOP_POLICY });
  // The double's host answers isSetSupported as Word would (WordApi 1.7: checkboxes can be set).
  return { name, double, port: new OfficeDocumentPort(double.Word, { host: double.host }), id };
}

export interface DemoRootProps {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/**
 * The demo (plain browser, no Office host): the same pane and the same Office.js code, running on
 * the Word API double over the bundled livret. Opening and downloading stay in the browser.
 */
export function DemoRoot(props: DemoRootProps): React.JSX.Element {
  const [doc, setDoc] = React.useState<DemoDocument>(() => open(props.bytes, props.name, 0));
  const [error, setError] = React.useState<string | null>(null);

  const onOpen = (file: File): void => {
    void file.arrayBuffer().then(
      async (buffer) => {
        const bytes = new Uint8Array(buffer);
        try {
          // The browser's native inflater first: the double's open is synchronous.
          setDoc(
            await withNativeInflate(bytes, file.name, () => open(bytes, file.name, doc.id + 1)),
          );
          setError(null);
        } catch (e) {
          setError(openFailureText(file.name, e));
        }
      },
      () => setError(`« ${file.name} » n’a pas pu être lu.`),
    );
  };

  const onDownload = (): void => {
    const bytes = doc.double.toDocx();
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = downloadName(doc.name);
    document.body.appendChild(a);
    allowDownloadNavigation();
    a.click();
    a.remove();
    // Revoked later: Chromium starts the download asynchronously after the click.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <>
      {error !== null && (
        <MessageBar
          messageBarType={MessageBarType.error}
          onDismiss={() => setError(null)}
          isMultiline
        >
          {error}
        </MessageBar>
      )}
      <App key={doc.id} port={doc.port} demo={{ documentName: doc.name, onOpen, onDownload }} />
    </>
  );
}
