import type { LivretState } from "../../services/documentPort";
import { readDocument, unmappedWarnings } from "../../services/livretEngine";
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
 * `livret export FILE.docx`: the data format of what the document holds, on stdout. One livret
 * gives the data object itself; a class file gives `{ "livrets": [ … ] }` in document order.
 */
export async function runExport(args: ExportArgs, io: CliIo): Promise<number> {
  const doc = await loadDocument(args.file, io);
  const { livrets } = readDocument(doc);
  const output = livrets.length === 1 ? exported(livrets[0]) : { livrets: livrets.map(exported) };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  // What the data format cannot say (unclear marks, rows that do not line up): on stderr.
  for (const w of unmappedWarnings(doc.map)) {
    io.stderr(`livret: ${args.file} : attention : ${w.message}\n`);
  }
  return 0;
}
