import type { LoadedDocument } from "../services/livretEngine";
import { openDocument } from "../services/livretEngine";
import type { CliIo } from "./io";

/** Reads a .docx from disk and opens it with the engine (errors name the file). */
export async function loadDocument(file: string, io: CliIo): Promise<LoadedDocument> {
  const bytes = await io.readFile(file);
  return openDocument(bytes, file);
}
