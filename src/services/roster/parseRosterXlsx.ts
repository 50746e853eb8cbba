import { loadExceljs } from "../loadExceljs";
import type { CellValue } from "exceljs";
import { LivretError } from "../../shared/livretError";
import { rosterFromRows } from "./rosterRows";
import type { RawRow } from "./rosterRows";
import type { Roster } from "./rosterTypes";

/** The text a cell shows: rich text joined, formulas by their result, dates as dd/mm/yyyy. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("result" in value) return cellText((value.result ?? null) as CellValue);
  return "";
}

/**
 * A class list saved as .xlsx (Pronote's and SIECLE's exports opened and saved in Excel, or
 * their direct spreadsheet export): the first worksheet, read with exceljs (loaded only here, so
 * the other commands do not pay for it).
 */
export async function parseRosterXlsx(bytes: Uint8Array, fileName: string): Promise<Roster> {
  const { Workbook } = await loadExceljs();
  const workbook = new Workbook();
  try {
    // exceljs types its input as its own Node Buffer type.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new LivretError(
      "InvalidData",
      `${fileName} : classeur .xlsx illisible (${(error as Error).message})`,
      { cause: error },
    );
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new LivretError("InvalidData", `${fileName} : classeur vide`);
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return rosterFromRows(fileName, rows);
}
