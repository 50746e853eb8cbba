import type * as React from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dialog, DialogFooter, DialogType } from "@fluentui/react/lib/Dialog";
import type { ConfirmDialogProps } from "./ConfirmDialog";

/**
 * A Fluent dialog, never `window.confirm`: office.js replaces `alert`/`confirm`/`prompt` with
 * stubs that throw (office.debug.js 1.1.110, see reference office-addin-tooling.md §5.3). Rendered
 * through ConfirmDialog, which loads the on-demand chunk (onDemandChunk.ts).
 */
export function FluentConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { open, title, text, confirmText, onConfirm, otherText, onOther, onCancel } = props;
  return (
    <Dialog
      hidden={!open}
      onDismiss={onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title,
        subText: text,
        closeButtonAriaLabel: "Fermer",
      }}
      modalProps={{
        isBlocking: true,
        // The overlay already stops the mouse; without this the trap also cancels the demo's
        // programmatic download click (FocusTrapZone prevents every click outside it).
        focusTrapZoneProps: { isClickableOutsideFocusTrap: true },
      }}
    >
      <DialogFooter
        // Three buttons wrap in a 320 px pane instead of running off its left edge.
        styles={{
          actionsRight: {
            display: "flex",
            flexWrap: "wrap",
            justifyContent: "flex-end",
            gap: 8,
            margin: 0,
          },
          action: { margin: 0 },
        }}
      >
        <PrimaryButton onClick={onConfirm} text={confirmText} />
        {otherText !== undefined && onOther !== undefined && (
          <DefaultButton onClick={onOther} text={otherText} />
        )}
        <DefaultButton onClick={onCancel} text="Annuler" />
      </DialogFooter>
    </Dialog>
  );
}
