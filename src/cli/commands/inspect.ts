import type { InspectReport } from "../../services/livretEngine";
import { inspectDocument } from "../../services/livretEngine";
import type { CliIo } from "../io";
import { loadDocument } from "../loadDocument";
import { formatInspectReport } from "../formatInspectReport";

export interface InspectArgs {
  readonly file: string;
  readonly json: boolean;
}

/** `livret inspect FILE.docx [--json]`: what detection found in the document. */
export async function runInspect(args: InspectArgs, io: CliIo): Promise<number> {
  const doc = await loadDocument(args.file, io);
  const report: InspectReport = inspectDocument(doc);
  io.stdout(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatInspectReport(args.file, report),
  );
  return 0;
}
