/**
 * The text of an XML part from its bytes. OPC allows UTF-8 and UTF-16 (ISO/IEC 29500-2 §8.1.4,
 * M1.17); a byte order mark says which (XML 1.0 Appendix F), and without one the part is UTF-8.
 * The mark itself is not part of the text. Invalid UTF-8 becomes U+FFFD, as before.
 */
export function decodePart(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // Without a mark, "<?" encoded in UTF-16 (XML 1.0 Appendix F.1) still tells the byte order.
  if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) {
    return new TextDecoder("utf-16le").decode(bytes);
  }
  if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) {
    return new TextDecoder("utf-16be").decode(bytes);
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type PartEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

function encodingOf(bytes: Uint8Array): PartEncoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) {
    return "utf-16le";
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) {
    return "utf-16be";
  }
  return b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? "utf-8-bom" : "utf-8";
}

/**
 * Encodes a part's new text the way its original bytes were encoded (same byte order mark, same
 * UTF), so a part read as UTF-16 is not written back as UTF-8 under its `encoding="UTF-16"`.
 */
export function encodePart(text: string, original: Uint8Array): Uint8Array {
  const encoding = encodingOf(original);
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  if (encoding === "utf-8-bom") return new TextEncoder().encode(`\ufeff${text}`);
  const hadMark = original[0] === 0xff || original[0] === 0xfe;
  const body = hadMark ? `\ufeff${text}` : text;
  const out = new Uint8Array(body.length * 2);
  const le = encoding === "utf-16le";
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i] = le ? c & 0xff : c >> 8;
    out[2 * i + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

/**
 * `encodePart(pieces.join(""), original)` without the joined string: UTF-8 pieces are encoded one
 * after the other into one buffer (`TextEncoder.encodeInto`), grown when a piece does not fit. The
 * pieces never split a surrogate pair (they are whole nodes and source slices at tag boundaries),
 * so the bytes are the same as the joined text's. UTF-16 parts, rare, are joined as before.
 * `original`: the part's bytes as read, or only their first four (all the encoding needs).
 */
export function encodePartPieces(pieces: readonly string[], original: Uint8Array): Uint8Array {
  const encoding = encodingOf(original);
  if (encoding === "utf-16le" || encoding === "utf-16be")
    return encodePart(pieces.join(""), original);
  const encoder = new TextEncoder();
  // One byte per UTF-16 unit is the likely size (the markup is ASCII); grown when it is not.
  let units = 0;
  for (const piece of pieces) units += piece.length;
  let out = new Uint8Array(units + (units >> 4) + 4096);
  let written = 0;
  if (encoding === "utf-8-bom") {
    out.set([0xef, 0xbb, 0xbf]);
    written = 3;
  }
  for (const piece of pieces) {
    let read = 0;
    for (;;) {
      const result = encoder.encodeInto(piece.slice(read), out.subarray(written));
      read += result.read;
      written += result.written;
      if (read === piece.length) break;
      const bigger = new Uint8Array(Math.max(out.length * 2, written + (piece.length - read) * 3));
      bigger.set(out.subarray(0, written));
      out = bigger;
    }
  }
  return out.subarray(0, written);
}
