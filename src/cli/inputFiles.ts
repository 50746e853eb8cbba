import * as path from "node:path";
import { LivretError } from "../shared/livretError";
import type { CliIo } from "./io";

/** Word's lock files ("~$livret.docx") and hidden files are not livrets. */
function isDocx(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/**
 * The .docx files named on the command line, a folder standing for the .docx files directly in
 * it (sorted by name; sub-folders are not searched, so `classe/` is one class). A folder with
 * no .docx is an error naming it; a missing file is left for the reader to report.
 */
export async function expandInputs(
  inputs: readonly string[],
  io: Pick<CliIo, "readDir">,
): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const entries = await io.readDir(input);
    if (entries === null) {
      files.push(input);
      continue;
    }
    const docx = entries.filter((e) => !e.isDirectory && isDocx(e.name));
    if (docx.length === 0) {
      throw new LivretError("IoError", `${input} : aucun fichier .docx dans ce dossier`);
    }
    files.push(...docx.map((e) => path.join(input, e.name)));
  }
  return files;
}
