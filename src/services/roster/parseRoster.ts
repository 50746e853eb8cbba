import { parseRosterCsv } from "./parseRosterCsv";
import { parseRosterXlsx } from "./parseRosterXlsx";
import type { Roster } from "./rosterTypes";

/** A zip (an .xlsx is one) starts with "PK\3\4" (APPNOTE.TXT §4.3.7). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A class list, CSV or .xlsx, told apart by content (an export renamed .csv still works). */
export async function parseRoster(bytes: Uint8Array, fileName: string): Promise<Roster> {
  return isZip(bytes) ? parseRosterXlsx(bytes, fileName) : parseRosterCsv(bytes, fileName);
}
