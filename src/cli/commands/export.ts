import type { LivretState } from "../../services/documentPort";
import { readDocument } from "../../services/livretEngine";
import type { CliIo } from "../io";
import { loadDocument } from "../loadDocument";

export interface ExportArgs {
  readonly file: string;
}

/** One livret as the data format, with its conflicts only when there are some. */
function exported(state: LivretState): object {
  return state.conflicts.length > 0 ? { ...state.data, conflicts: state.conflicts } : state.data;
}

/**
 * What the document holds but the data format cannot say (an unclear mark, a row or table that
 * does not line up with its header): one line each on stderr, so nothing is silently dropped.
 */
const REPORTED = new Set([
  "UnclearMark",
  "RowMisaligned",
  "TableUnmapped",
  "GridPfmpUnclear",
  "AttestationRowMisaligned",
]);

/**
 * `livret export FILE.docx`: the data format of what the document holds, on stdout. One livret
 * gives the data object itself; a class file gives `{ "livrets": [ … ] }` in document order.
 */
export async function runExport(args: ExportArgs, io: CliIo): Promise<number> {
  const doc = await loadDocument(args.file, io);
  const { livrets } = readDocument(doc);
  const output = livrets.length === 1 ? exported(livrets[0]) : { livrets: livrets.map(exported) };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  for (const w of doc.map.warnings) {
    if (REPORTED.has(w.code)) io.stderr(`livret: ${args.file} : attention : ${w.message}\n`);
  }
  return 0;
}
