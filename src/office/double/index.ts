export { createWordDouble } from "./createWordDouble";
export type { WordDouble } from "./createWordDouble";
export { DEFAULT_POLICY, DESKTOP_POLICY } from "./doublePolicy";
export type { DoublePolicy } from "./doublePolicy";
export { DoubleOfficeError } from "./officeError";
export type { OfficeErrorCode } from "./officeError";
export { policyFromRecording } from "./policyFromRecording";
export type { RecordingFacts } from "./policyFromRecording";
