import type * as React from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import type { ConfirmDialogProps } from "./ConfirmDialog";

export type ConfirmButtonsProps = Pick<
  ConfirmDialogProps,
  "confirmText" | "onConfirm" | "otherText" | "onOther" | "onCancel"
>;

/**
 * The answers to a ConfirmDialog question, confirm first, shared by FluentConfirmDialog and its
 * start-bundle fallback PlainConfirmDialog so both ask the same thing. Three buttons wrap in a
 * 320 px pane instead of running off its left edge.
 */
export function ConfirmButtons(props: ConfirmButtonsProps): React.JSX.Element {
  const { confirmText, onConfirm, otherText, onOther, onCancel } = props;
  return (
    <div style={{ display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: 8 }}>
      <PrimaryButton onClick={onConfirm} text={confirmText} />
      {otherText !== undefined && onOther !== undefined && (
        <DefaultButton onClick={onOther} text={otherText} />
      )}
      <DefaultButton onClick={onCancel} text="Annuler" />
    </div>
  );
}
