import { isPfmpNumber } from "../schoolYear";
import { cellTextTarget } from "./cellTarget";
import type { CellModel, RowModel, TableModel } from "./docModel";
import type { RecapMap, RecapPeriodMap } from "./livretMap";
import { normaliseLabel } from "./normaliseLabel";

function periodNumber(row: RowModel): number | null {
  const first = row.cells[0];
  if (first === undefined) return null;
  const m = /^periode\s*n?\s*°?\s*([1-9])\b/.exec(normaliseLabel(first.text));
  return m === null ? null : Number(m[1]);
}

function isCompanyRow(row: RowModel): boolean {
  const first = row.cells[0];
  return first !== undefined && /^entreprise\b/.test(normaliseLabel(first.text));
}

function findColumn(header: RowModel | undefined, test: RegExp, fallback: number): number {
  const cell = header?.cells.find((c) => test.test(normaliseLabel(c.text)));
  return cell?.gridColumn ?? fallback;
}

function nearest(cells: readonly CellModel[], column: number): CellModel | null {
  return cells.find((c) => c.gridColumn === column && c.vMerge !== "continue") ?? null;
}

/** The header cell starting at a grid column, to compare a period row's spans with it. */
function headerSpan(header: RowModel | undefined, column: number): number | null {
  return header?.cells.find((c) => c.gridColumn === column)?.gridSpan ?? null;
}

/**
 * The fiche récapitulative: "PÉRIODE N° n" rows (dates, tutor, teacher) each followed by an
 * "ENTREPRISE D'ACCUEIL" row whose second column holds the company.
 */
export function detectRecap(table: TableModel): RecapMap | null {
  const periodRows = table.rows.filter((r) => periodNumber(r) !== null);
  if (periodRows.length === 0) return null;
  const header = table.rows.slice(0, table.rows.indexOf(periodRows[0]!)).reverse()[0];
  const second = periodRows[0]!.cells[1]?.gridColumn ?? 1;
  const datesCol = findColumn(header, /^dates?\b/, second);
  const tutorCol = findColumn(header, /^tuteur/, periodRows[0]!.cells[2]?.gridColumn ?? 2);
  const teacherCol = findColumn(header, /^professeur/, periodRows[0]!.cells[3]?.gridColumn ?? 3);
  const periods: RecapPeriodMap[] = [];
  for (const row of periodRows) {
    const pfmp = periodNumber(row);
    if (!isPfmpNumber(pfmp)) continue;
    const next = table.rows[row.index + 1];
    const dates = nearest(row.cells, datesCol);
    const tutor = nearest(row.cells, tutorCol);
    const teacher = nearest(row.cells, teacherCol);
    const companyCell = next !== undefined && isCompanyRow(next) ? (next.cells[1] ?? null) : null;
    if (dates === null || tutor === null || teacher === null || companyCell === null) continue;
    const off = [dates, tutor, teacher].some((cell) => {
      const span = headerSpan(header, cell.gridColumn);
      return span !== null && span !== cell.gridSpan;
    });
    periods.push({
      ...(off ? { misaligned: "cellule fusionnée ou partagée autrement que l'en-tête" } : {}),
      pfmp,
      dates: cellTextTarget(table.index, row.index, dates),
      tutor: cellTextTarget(table.index, row.index, tutor),
      teacher: cellTextTarget(table.index, row.index, teacher),
      company: cellTextTarget(table.index, next!.index, companyCell),
    });
  }
  return periods.length === 0 ? null : { table: table.index, periods };
}
