import { stringify } from "csv-stringify/sync";
import type { SummaryValue } from "./summaryColumns";
import { SUMMARY_COLUMNS } from "./summaryColumns";
import type { SummaryRow } from "./summaryRows";

/** French Excel reads "3,6" as a number, "3.6" as text. */
function frenchNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded).replace(".", ",");
}

function csvCell(v: SummaryValue): string {
  if (v === null) return "";
  if (v.type === "number") return frenchNumber(v.value);
  if (v.type === "date") {
    const [y, m, d] = v.value.split("-");
    return `${d}/${m}/${y}`;
  }
  return v.value;
}

/**
 * The summary as CSV for French Excel: UTF-8 with a BOM (without it Excel reads Windows-1252),
 * semicolons (the list separator of the French locale), CRLF, decimal commas, dd/mm/yyyy dates.
 */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const records = [
    SUMMARY_COLUMNS.map((c) => c.header),
    ...rows.map((row) => SUMMARY_COLUMNS.map((c) => csvCell(c.value(row)))),
  ];
  return stringify(records, { delimiter: ";", bom: true, record_delimiter: "windows" });
}
