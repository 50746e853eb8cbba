import { LivretError } from "../../shared/livretError";
import { headerColumns } from "./rosterHeader";
import type { Roster, RosterEntry } from "./rosterTypes";

/** A row of cells as read, with its 1-based line in the file. */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Exports put a title or an empty line or two above the header; look a little further down. */
const HEADER_SEARCH_ROWS = 10;

function bad(fileName: string, message: string): LivretError {
  return new LivretError("InvalidData", `${fileName} : ${message}`);
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/**
 * The pupils of the rows: the header row (within the first rows) gives the columns; every row
 * below it needs a Nom and a Prénom, or the whole list is refused with the line named (a class
 * list with a hole in it is better fixed than half-used). Blank rows are skipped.
 */
export function rosterFromRows(fileName: string, rows: readonly RawRow[]): Roster {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => headerColumns(r.cells));
  if (headerAt < 0) {
    throw bad(
      fileName,
      "aucune ligne d'en-tête avec les colonnes « Nom » et « Prénom » (export Pronote ou SIECLE attendu)",
    );
  }
  const columns = headerColumns(rows[headerAt]!.cells)!;
  const entries: RosterEntry[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (isBlankRow(row.cells)) continue;
    const lastName = (row.cells[columns.lastName] ?? "").replace(/\s+/g, " ").trim();
    const firstName = (row.cells[columns.firstName] ?? "").replace(/\s+/g, " ").trim();
    if (lastName === "" || firstName === "") {
      const missing = lastName === "" ? "le nom" : "le prénom";
      throw bad(fileName, `ligne ${row.line} : ${missing} est vide`);
    }
    entries.push({ lastName, firstName, line: row.line });
  }
  if (entries.length === 0) throw bad(fileName, "aucun élève sous la ligne d'en-tête");
  return { fileName, entries };
}
