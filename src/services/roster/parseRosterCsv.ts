import { parse } from "csv-parse/sync";
import { decode as iconvDecode } from "iconv-lite";
import { LivretError } from "../../shared/livretError";
import { rosterFromRows } from "./rosterRows";
import type { RawRow } from "./rosterRows";
import type { Roster } from "./rosterTypes";

/**
 * Text of a CSV export: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Windows-1252 (what Excel for Windows and older Pronote/SIECLE exports write). A Windows-1252
 * file with accents is almost never valid UTF-8 (é = 0xE9 starts a 3-byte sequence), so the
 * strict UTF-8 attempt is a sound detector. Windows-1252 goes through iconv-lite: Node's
 * TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1 controls (Œ, ’, € lost; nodejs/node
 * issues #56542 and #60888, a regression since 20.18.3).
 */
export function decodeRosterText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = iconvDecode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  // The header is the line with the most separators among the first ones (a title line has few).
  let best = { delimiter: ";", count: 0 };
  for (const line of firstLines) {
    const unquoted = line.replace(/"[^"]*"/g, "");
    for (const delimiter of [";", ",", "\t"]) {
      const count = unquoted.split(delimiter).length - 1;
      if (count > best.count) best = { delimiter, count };
    }
  }
  return best.delimiter;
}

interface CsvRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** A class list exported as CSV by Pronote or SIECLE (or saved from Excel). */
export function parseRosterCsv(bytes: Uint8Array, fileName: string): Roster {
  const text = decodeRosterText(bytes);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    const where = typeof lines === "number" ? `ligne ${lines} : ` : "";
    throw new LivretError(
      "InvalidData",
      `${fileName} : ${where}CSV illisible (${(error as Error).message})`,
      { cause: error },
    );
  }
  // info.lines is the line where the record ends (a quoted value may span lines).
  const rows: RawRow[] = records.map((r) => ({ line: r.info.lines, cells: r.record }));
  return rosterFromRows(fileName, rows);
}
