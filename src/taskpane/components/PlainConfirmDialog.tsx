import * as React from "react";
import { ConfirmButtons } from "./ConfirmButtons";
import type { ConfirmDialogProps } from "./ConfirmDialog";

const OVERLAY: React.CSSProperties = {
  position: "fixed",
  inset: 0,
  zIndex: 1000000,
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  background: "rgba(0, 0, 0, 0.4)",
};

const BOX: React.CSSProperties = {
  background: "#fff",
  maxWidth: 340,
  margin: 12,
  padding: "16px 20px",
  boxShadow: "0 6px 20px rgba(0, 0, 0, 0.3)",
  fontFamily: "inherit",
};

/**
 * The same question as FluentConfirmDialog, with only what the start bundle holds (Buttons and
 * plain markup): shown when the on-demand chunk with Fluent's Dialog could not be fetched. A modal
 * `alertdialog` (WAI-ARIA APG "Alert and Message Dialogs"): focus goes to the confirm button, Tab
 * stays among the buttons, Escape cancels.
 */
export function PlainConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { title, text, onCancel } = props;
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== "Tab" || box.current === null) return;
    const buttons = [...box.current.querySelectorAll<HTMLButtonElement>("button")];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <div style={OVERLAY}>
      <div
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirmation-titre"
        aria-describedby="confirmation-texte"
        style={BOX}
        onKeyDown={onKeyDown}
      >
        <h2 id="confirmation-titre" style={{ fontSize: 20, fontWeight: 600, margin: "0 0 8px" }}>
          {title}
        </h2>
        <p id="confirmation-texte" style={{ margin: "0 0 16px" }}>
          {text}
        </p>
        <ConfirmButtons {...props} />
      </div>
    </div>
  );
}
