import { LivretError } from "../../shared/livretError";
import type { ZipEntry } from "./readZip";
import { InflateError, checksum, zipCodec } from "./zipCodec";

/**
 * The uncompressed bytes of one entry, inflated by the installed codec (`zipCodec.ts`) with the
 * output bounded by the declared size: a part that inflates to more is refused as soon as it does
 * (a zip may lie in its central directory), then its size and CRC-32 are checked.
 */
export function inflateEntry(entry: ZipEntry, fileName: string): Uint8Array {
  const corrupt = (what: string): never => {
    throw new LivretError(
      "TruncatedFile",
      `${fileName} : fichier corrompu (${entry.name} : ${what})`,
    );
  };
  const inflate = (): Uint8Array => {
    try {
      return zipCodec().inflateRaw(entry.data, entry.size);
    } catch (error) {
      if (!(error instanceof InflateError)) throw error;
      if (error.problem === "tooLong") corrupt("plus de données que la taille déclarée");
      if (error.problem === "incomplete") corrupt("données compressées incomplètes");
      return corrupt(`données compressées illisibles : ${error.message}`);
    }
  };
  const stored = entry.method === 0 || (entry.size === 0 && entry.data.length === 0);
  const out = stored ? entry.data : inflate();
  if (!stored && out.length !== entry.size) corrupt("taille incorrecte");
  if (checksum(out) !== entry.crc32) corrupt("CRC incorrect");
  return out;
}
