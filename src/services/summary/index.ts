export { summaryRows } from "./summaryRows";
export type { SummaryFile, SummaryPeriodRow, SummaryRow, SummaryTotalRow } from "./summaryRows";
export { SUMMARY_COLUMNS } from "./summaryColumns";
export { summaryCsv } from "./summaryCsv";
export { summaryXlsx } from "./summaryXlsx";
