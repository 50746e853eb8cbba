/**
 * The text of an XML part and back. XML 1.0 §4.3.3 and appendix F: an entity starts with a byte
 * order mark, or with "<?xml" whose bytes tell UTF-16 from UTF-8; Word writes UTF-8, but UTF-16
 * parts (with a BOM) are valid OPC (ECMA-376 Part 2 §8.1.4) and some tools write them.
 */
export type PartEncoding = "utf-8" | "utf-16le" | "utf-16be";

export function detectPartEncoding(bytes: Uint8Array): PartEncoding {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return "utf-16be";
  return "utf-8";
}

/** Decodes a part (BOM removed); invalid sequences become U+FFFD, as browsers do. */
export function decodePartText(bytes: Uint8Array): { text: string; encoding: PartEncoding } {
  const encoding = detectPartEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

/** Encodes a part back in the encoding it was read with (UTF-16 with its BOM). */
export function encodePartText(text: string, encoding: PartEncoding): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  const little = encoding === "utf-16le";
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return out;
}
