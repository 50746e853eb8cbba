import type * as React from "react";
import { Dialog, DialogFooter, DialogType } from "@fluentui/react/lib/Dialog";
import { ConfirmButtons } from "./ConfirmButtons";
import type { ConfirmDialogProps } from "./ConfirmDialog";

/**
 * A Fluent dialog, never `window.confirm`: office.js replaces `alert`/`confirm`/`prompt` with
 * stubs that throw (office.debug.js 1.1.110, see reference office-addin-tooling.md §5.3). Rendered
 * through ConfirmDialog, which loads the on-demand chunk (onDemandChunk.ts).
 */
export function FluentConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { open, title, text, onCancel } = props;
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
        // One child (ConfirmButtons lays its buttons out); it takes the footer's whole width.
        styles={{ actionsRight: { margin: 0 }, action: { margin: 0, flexGrow: 1 } }}
      >
        <ConfirmButtons {...props} />
      </DialogFooter>
    </Dialog>
  );
}
