export { parseRoster } from "./parseRoster";
export { parseRosterCsv, decodeRosterText, detectDelimiter } from "./parseRosterCsv";
export { parseRosterXlsx } from "./parseRosterXlsx";
export { normaliseHeader, headerColumns } from "./rosterHeader";
export type { Roster, RosterEntry } from "./rosterTypes";
