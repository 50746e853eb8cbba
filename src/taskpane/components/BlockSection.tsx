import type * as React from "react";
import { progressText, type BlockProgress } from "../blockProgress";
import { Disclosure } from "./Disclosure";

export interface BlockSectionProps {
  readonly id: string;
  readonly title: string;
  readonly progress: BlockProgress;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** Focus moved into the block (the demo's preview follows the block being edited). */
  readonly onActivate?: () => void;
  readonly children: React.ReactNode;
}

/** A block's grid as a disclosure, its progress under the title. */
export function BlockSection(props: BlockSectionProps): React.JSX.Element {
  const { progress, ...rest } = props;
  return <Disclosure {...rest} summary={progressText(progress)} />;
}
