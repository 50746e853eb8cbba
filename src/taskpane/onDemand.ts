// The content of the on-demand chunk (onDemandChunk.ts): what the pane shows only when asked.
export { CalendarCallout } from "./components/CalendarCallout";
export { FluentConfirmDialog } from "./components/FluentConfirmDialog";
