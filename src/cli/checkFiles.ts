import { checkDocument } from "../services/checkDocument";
import type { DocumentCheck } from "../services/checkDocument";
import { openDocument } from "../services/livretEngine";
import { isLivretError } from "../shared/livretError";
import { errorLine, exitCodeFor } from "./errors";
import type { CliIo } from "./io";

/** One file of a multi-file command: read and checked, or the one-line reason it was not. */
export type FileCheck =
  | {
      readonly kind: "ok";
      readonly file: string;
      readonly result: DocumentCheck;
    }
  | {
      readonly kind: "error";
      readonly file: string;
      readonly code: string;
      readonly message: string;
      /** `livret: FILE: problem` with its newline, as a single-file command prints it. */
      readonly line: string;
      readonly exitCode: number;
    };

/**
 * Reads and checks each file in turn (one document in memory at a time besides the results).
 * A file that cannot be read is kept as an error entry, so one bad file does not hide the class.
 */
export async function checkFiles(
  files: readonly string[],
  io: Pick<CliIo, "readFile">,
  requiredWeeks: number,
): Promise<FileCheck[]> {
  const out: FileCheck[] = [];
  for (const file of files) {
    try {
      const doc = openDocument(await io.readFile(file), file);
      out.push({ kind: "ok", file, result: checkDocument(doc, { requiredWeeks }) });
    } catch (error) {
      out.push({
        kind: "error",
        file,
        code: isLivretError(error) ? error.code : "Internal",
        message: error instanceof Error ? error.message : String(error),
        line: errorLine(error, [file]),
        exitCode: exitCodeFor(error),
      });
    }
  }
  return out;
}
