import { compressedKey, preinflatedCodec } from "../docx/zip/preinflatedCodec";
import { readZip } from "../docx/zip/readZip";
import { setZipCodec, zipCodec } from "../docx/zip/zipCodec";

/** The browser's raw-DEFLATE decompressor of `data`, at most `maxLength` bytes (else null). */
async function inflateNatively(data: Uint8Array, maxLength: number): Promise<Uint8Array | null> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const out = new Uint8Array(maxLength);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > maxLength) {
        await reader.cancel();
        return null; // more than declared: the synchronous path reports it
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    return null; // unreadable: the synchronous path reports it
  }
  return length === maxLength ? out : out.subarray(0, length);
}

/**
 * Runs `open` (a synchronous open of the package: the Word API double's) with the package's
 * entries inflated beforehand by the browser's native DecompressionStream (Chromium: ~8× fflate on
 * a class file's 13 MB document.xml). Where the browser has none, or the package is not a zip the
 * reader accepts, `open` runs as it would: its own errors are the ones reported.
 */
export async function withNativeInflate<T>(
  bytes: Uint8Array,
  fileName: string,
  open: () => T,
): Promise<T> {
  if (typeof DecompressionStream === "undefined") return open();
  const inflated = new Map<string, Uint8Array>();
  try {
    const archive = readZip(bytes, fileName);
    for (const entry of archive.entries) {
      if (entry.method !== 8 || entry.data.length === 0) continue;
      const out = await inflateNatively(entry.data, entry.size);
      if (out !== null) inflated.set(compressedKey(entry.data), out);
    }
  } catch {
    return open();
  }
  const previous = setZipCodec(preinflatedCodec(inflated, zipCodec()));
  try {
    return open();
  } finally {
    setZipCodec(previous);
  }
}
