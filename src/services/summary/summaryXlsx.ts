import { loadExceljs } from "../loadExceljs";
import { ALLOWANCE_RATES, ALLOWANCE_SOURCES } from "../../domain/allowance/allowanceRates";
import type { ColumnFormat } from "./summaryColumns";
import { SUMMARY_COLUMNS } from "./summaryColumns";
import type { SummaryRow } from "./summaryRows";

const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | undefined>> = {
  text: undefined,
  integer: "0",
  decimal: "0.##",
  euro: '#,##0.00 "€"',
  date: "dd/mm/yyyy",
};

/** ISO date → a Date at UTC midnight: exceljs turns it into a whole Excel serial day. */
function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/**
 * The summary as an .xlsx written with exceljs (loaded only here): typed cells (dates as dates,
 * numbers as numbers with a format), a bold header row, panes frozen below it and right of the
 * pupil, column widths; the cycle-total rows in bold; a second sheet with the rates and their
 * legal source.
 */
export async function summaryXlsx(rows: readonly SummaryRow[]): Promise<Uint8Array> {
  const { Workbook } = await loadExceljs();
  const workbook = new Workbook();
  workbook.creator = "livret";
  // Fixed dates: the same input gives the same workbook.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Récapitulatif", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = SUMMARY_COLUMNS.map((c, i) => ({
    key: `c${i}`,
    header: c.header,
    width: c.width,
    style: NUMBER_FORMATS[c.format] === undefined ? {} : { numFmt: NUMBER_FORMATS[c.format] },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  for (const row of rows) {
    const values = SUMMARY_COLUMNS.map((c) => {
      const v = c.value(row);
      if (v === null) return null;
      if (v.type === "date") return utcDate(v.value);
      return v.value;
    });
    const added = sheet.addRow(values);
    if (row.kind === "total") added.font = { bold: true };
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: SUMMARY_COLUMNS.length },
  };

  const notes = workbook.addWorksheet("Sources");
  notes.columns = [
    { header: "Année", key: "year", width: 12 },
    { header: "€ par semaine", key: "week", width: 14 },
    { header: "€ par jour effectué", key: "day", width: 18 },
  ];
  notes.getRow(1).font = { bold: true };
  notes.addRow(["Seconde", ALLOWANCE_RATES.seconde.perWeek, ALLOWANCE_RATES.seconde.perDay]);
  notes.addRow(["Première", ALLOWANCE_RATES.premiere.perWeek, ALLOWANCE_RATES.premiere.perDay]);
  notes.addRow(["Terminale", ALLOWANCE_RATES.terminale.perWeek, ALLOWANCE_RATES.terminale.perDay]);
  notes.addRow([]);
  for (const s of ALLOWANCE_SOURCES) notes.addRow([`${s.title} (${s.reference})`]);
  notes.addRow([
    "Jours effectués : jours ouvrés (lundi–vendredi, jours fériés déduits) moins les absences chiffrées dans les observations de l'attestation.",
  ]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
