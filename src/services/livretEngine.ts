/** The engine's use cases, shared by the command line, the pane's double and the demo. */
export { openDocument } from "./openDocument";
export type { LoadedDocument } from "./openDocument";
export { inspectDocument, unmappedWarnings } from "./inspectDocument";
export type {
  InspectAttestation,
  InspectGrid,
  InspectLivret,
  InspectReport,
  InspectRow,
} from "./inspectDocument";
export { readDocument } from "./readDocument";
export { fillDocument } from "./fillDocument";
export type { FillResult } from "./fillDocument";
export type { PlanOptions } from "../domain/filling/planWrites";
