import { Inflate } from "fflate";
import { LivretError } from "../../shared/livretError";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./readZip";

/** Compressed bytes handed to the inflater at a time: one push inflates at most ~1032× this. */
const CHUNK = 16 * 1024;

/**
 * The uncompressed bytes of one entry, inflated with fflate's streaming inflater so that the
 * output is counted as it grows: a part that inflates to more than its declared size is refused
 * as soon as it does (a zip may lie in its central directory), then its size and CRC-32 are checked.
 */
export function inflateEntry(entry: ZipEntry, fileName: string): Uint8Array {
  const corrupt = (what: string): never => {
    throw new LivretError(
      "TruncatedFile",
      `${fileName} : fichier corrompu (${entry.name} : ${what})`,
    );
  };
  let out: Uint8Array;
  if (entry.method === 0 || (entry.size === 0 && entry.data.length === 0)) {
    out = entry.data;
  } else {
    out = new Uint8Array(entry.size);
    let length = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (length + chunk.length > entry.size) corrupt("plus de données que la taille déclarée");
      out.set(chunk, length);
      length += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < entry.data.length; at += CHUNK) {
        inflater.push(entry.data.subarray(at, at + CHUNK), at + CHUNK >= entry.data.length);
      }
    } catch (error) {
      if (error instanceof LivretError) throw error;
      corrupt(
        `données compressées illisibles : ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!ended && length !== entry.size) corrupt("données compressées incomplètes");
    if (length !== entry.size) corrupt("taille incorrecte");
  }
  if (crc32(out) !== entry.crc32) corrupt("CRC incorrect");
  return out;
}
