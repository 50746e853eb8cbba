import type * as React from "react";
import { useDeferredModule } from "../hooks/useDeferredModule";
import { ON_DEMAND_CHUNK } from "../onDemandChunk";
import { PlainConfirmDialog } from "./PlainConfirmDialog";

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly text: string;
  readonly confirmText: string;
  readonly onConfirm: () => void;
  /** A second way on (e.g. "Télécharger sans elles"), between confirm and cancel. */
  readonly otherText?: string;
  readonly onOther?: () => void;
  readonly onCancel: () => void;
}

/**
 * The pane's question before a re-read, a download…: Fluent's Dialog (FluentConfirmDialog), 7 KB
 * of the start bundle gzipped, is in the on-demand chunk, fetched after the first render. Once it has arrived the
 * dialog stays mounted, open or not, as it was when it was in the start bundle (its closing
 * animation included); before, nothing is shown until it is asked to open.
 */
export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element | null {
  const { value: chunk, failed } = useDeferredModule(ON_DEMAND_CHUNK, props.open);
  if (chunk !== undefined) return <chunk.FluentConfirmDialog {...props} />;
  // The chunk could not be fetched (a lost request): the question is still asked, so that the
  // teacher's click is never silently ignored.
  return props.open && failed ? <PlainConfirmDialog {...props} /> : null;
}
