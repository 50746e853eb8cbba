import type { LivretState } from "../../services/documentPort";
import { readDocument } from "../../services/livretEngine";
import type { CliIo } from "../io";
import { expandInputs } from "../inputFiles";
import { loadDocument } from "../loadDocument";

export interface ExportArgs {
  readonly file: string;
  /** Several files or folders; `file` alone when absent. */
  readonly files?: readonly string[];
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
  const files = await expandInputs(args.files ?? [args.file], io);
  if (files.length > 1) return runExportFiles(files, io);
  const doc = await loadDocument(files[0]!, io);
  const { livrets } = readDocument(doc);
  const output = livrets.length === 1 ? exported(livrets[0]) : { livrets: livrets.map(exported) };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

/**
 * Several documents: `{ "files": [ { "file", "livrets": [ … ] } ] }`, every livret of each file
 * in document order. All or nothing: the first unreadable file stops the export (its error is
 * the command's), so a script never gets a class with a pupil silently missing.
 */
async function runExportFiles(files: readonly string[], io: CliIo): Promise<number> {
  const out: { file: string; livrets: object[] }[] = [];
  for (const file of files) {
    const { livrets } = readDocument(await loadDocument(file, io));
    out.push({ file, livrets: livrets.map(exported) });
  }
  io.stdout(`${JSON.stringify({ files: out }, null, 2)}\n`);
  return 0;
}
