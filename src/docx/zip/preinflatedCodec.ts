import type { ZipCodec } from "./zipCodec";

/**
 * A codec that answers `inflateRaw` from entries inflated beforehand (by a faster, asynchronous
 * inflater: the browser's DecompressionStream), matched by where their compressed bytes sit in
 * the archive's buffer, and falls back to `fallback` for anything else. The zip layer still checks
 * sizes and CRC-32 of what it gets (`inflateEntry.ts`), so nothing is trusted more than before.
 */
export function preinflatedCodec(
  inflated: ReadonlyMap<string, Uint8Array>,
  fallback: ZipCodec,
): ZipCodec {
  return {
    name: `${fallback.name} (preinflated)`,
    inflateRaw(data, maxLength) {
      const known = inflated.get(compressedKey(data));
      if (known !== undefined && known.length <= maxLength) return known;
      return fallback.inflateRaw(data, maxLength);
    },
    deflateRaw: (data, level) => fallback.deflateRaw(data, level),
  };
}

/** Identifies an entry's compressed bytes: their offset and length in the archive's buffer. */
export function compressedKey(data: Uint8Array): string {
  return `${data.byteOffset}:${data.byteLength}`;
}
