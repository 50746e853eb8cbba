import { cellTextTarget } from "./cellTarget";
import type { CellModel, TableModel } from "./docModel";
import type { AttestationRowMap, DetectionWarning } from "./livretMap";
import { normaliseLabel } from "./normaliseLabel";

export interface AttestationTable {
  readonly table: number;
  readonly rows: readonly AttestationRowMap[];
  readonly warnings: readonly DetectionWarning[];
}

function columnOf(cells: readonly CellModel[], test: (n: string) => boolean): CellModel | null {
  return cells.find((c) => test(normaliseLabel(c.text))) ?? null;
}

/**
 * The attestation's period table: a header row with "Raison sociale de l'entreprise", "Période"
 * and "Observations…", then one row per period (the seed prints four).
 */
export function detectAttestationTable(table: TableModel): AttestationTable | null {
  const headerIndex = table.rows.findIndex((r) =>
    r.cells.some((c) => normaliseLabel(c.text).startsWith("raison sociale")),
  );
  if (headerIndex < 0 || headerIndex > 2) return null;
  const header = table.rows[headerIndex]!.cells;
  const company = columnOf(header, (n) => n.startsWith("raison sociale"));
  const period = columnOf(header, (n) => n.startsWith("periode") || n.startsWith("dates"));
  const observations = columnOf(header, (n) => n.startsWith("observation"));
  if (company === null || period === null || observations === null) return null;
  const rows: AttestationRowMap[] = [];
  const warnings: DetectionWarning[] = [];
  for (const row of table.rows.slice(headerIndex + 1)) {
    // Rows are positional (row 1 = the year's first PFMP): a row that cannot be mapped ends the
    // list rather than letting the next row take its place.
    const at = (col: number) => row.cells.find((c) => c.gridColumn === col) ?? null;
    const c = at(company.gridColumn);
    const p = at(period.gridColumn);
    const o = at(observations.gridColumn);
    if (c === null || p === null || o === null) {
      if (rows.length < 2) {
        warnings.push({
          code: "AttestationRowMisaligned",
          message: `Tableau ${table.index}, ligne ${row.index} (attestation, période ${rows.length + 1}) : les cellules ne correspondent pas aux colonnes « Raison sociale / Période / Observations » ; non lue, non remplie.`,
          table: table.index,
          row: row.index,
        });
      }
      break;
    }
    const off = [
      [c, company],
      [p, period],
      [o, observations],
    ].some(([cell, head]) => cell!.gridSpan !== head!.gridSpan);
    const misaligned = off ? "cellule fusionnée ou partagée autrement que l'en-tête" : null;
    if (misaligned !== null && rows.length < 2) {
      warnings.push({
        code: "AttestationRowMisaligned",
        message: `Tableau ${table.index}, ligne ${row.index} (attestation, période ${rows.length + 1}) : ${misaligned} ; lue, jamais remplie.`,
        table: table.index,
        row: row.index,
      });
    }
    rows.push({
      company: cellTextTarget(table.index, row.index, c),
      period: cellTextTarget(table.index, row.index, p),
      observations: cellTextTarget(table.index, row.index, o),
      ...(misaligned !== null ? { misaligned } : {}),
    });
  }
  return rows.length === 0 && warnings.length === 0 ? null : { table: table.index, rows, warnings };
}
