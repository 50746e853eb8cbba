export * from "./finding";
export * from "./ruleContext";
export * from "./checkLivret";
export { unevaluatedCompetences } from "./cycleCoverage";
export { periodCountFindings } from "./cyclePeriodCount";
export { cycleWeeks } from "./cycleTotalWeeks";
export { foldFindings } from "./foldFindings";
export type { FindingLine, FoldedGroup } from "./foldFindings";
