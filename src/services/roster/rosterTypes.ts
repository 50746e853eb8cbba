/** One pupil of a class list (Pronote or SIECLE export), with where it was read. */
export interface RosterEntry {
  readonly lastName: string;
  readonly firstName: string;
  /** 1-based line (CSV) or row (spreadsheet) of the file, for messages. */
  readonly line: number;
}

export interface Roster {
  readonly fileName: string;
  readonly entries: readonly RosterEntry[];
}
