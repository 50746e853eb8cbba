import type * as ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use so that the commands which do not write or read a spreadsheet
 * do not pay for it. exceljs is CommonJS (`module.exports = { Workbook, … }`): required from our
 * CommonJS build its names are there; imported as ESM (tsx, bundlers) they sit under `default`.
 */
export async function loadExceljs(): Promise<typeof ExcelJS> {
  const mod = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.Workbook === undefined && mod.default !== undefined ? mod.default : mod;
}
