import { Inflate, deflateSync } from "fflate";
import { crc32 } from "./crc32";

/** What a codec reports when the data is not what the zip says (mapped to French by the caller). */
export type InflateProblem = "tooLong" | "unreadable" | "incomplete";

export class InflateError extends Error {
  readonly problem: InflateProblem;
  constructor(problem: InflateProblem, detail: string) {
    super(detail);
    this.name = "InflateError";
    this.problem = problem;
  }
}

/**
 * Raw DEFLATE (RFC 1951), the only method the zip layer reads and writes (APPNOTE §4.4.5 method 8).
 * The default is fflate (pure JavaScript: the pane, the demo, Word's webviews); the command line
 * installs Node's zlib (`src/cli/nodeZipCodec.ts`), native and ~4× faster, with no bundle cost.
 */
export interface ZipCodec {
  readonly name: string;
  /**
   * The inflated bytes, never more than `maxLength` of them: more throws `InflateError("tooLong")`
   * as soon as the output passes it (a zip may lie about sizes: the bound is the declared size).
   */
  inflateRaw(data: Uint8Array, maxLength: number): Uint8Array;
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  /**
   * CRC-32 of `data` (APPNOTE §4.4.7), when the codec has a faster one than `crc32.ts`'s table
   * loop (Node's zlib.crc32: ~50 ms less per class file read, and again per write).
   */
  crc32?(data: Uint8Array): number;
}

/** Compressed bytes handed to fflate's inflater at a time: one push inflates at most ~1032× this. */
const CHUNK = 16 * 1024;

export const FFLATE_CODEC: ZipCodec = {
  name: "fflate",
  inflateRaw(data, maxLength) {
    const out = new Uint8Array(maxLength);
    let length = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (length + chunk.length > maxLength) {
        throw new InflateError("tooLong", "plus de données que la taille déclarée");
      }
      out.set(chunk, length);
      length += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < data.length; at += CHUNK) {
        inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      }
    } catch (error) {
      if (error instanceof InflateError) throw error;
      // fflate's FlateErrorCode.UnexpectedEOF (0): the stream stops before its last block.
      if ((error as { code?: unknown }).code === 0) throw new InflateError("incomplete", "");
      throw new InflateError("unreadable", error instanceof Error ? error.message : String(error));
    }
    if (!ended && length !== maxLength) throw new InflateError("incomplete", "");
    return length === maxLength ? out : out.subarray(0, length);
  },
  deflateRaw(data, level) {
    return deflateSync(data, { level: level as 6 });
  },
};

let current: ZipCodec = FFLATE_CODEC;

export function zipCodec(): ZipCodec {
  return current;
}

/** CRC-32 of `data` by the installed codec when it has its own, else by `crc32.ts`. */
export function checksum(data: Uint8Array): number {
  return current.crc32 !== undefined ? current.crc32(data) : crc32(data);
}

/** Installs another codec (the command line: Node's zlib); returns the previous one. */
export function setZipCodec(codec: ZipCodec): ZipCodec {
  const previous = current;
  current = codec;
  return previous;
}
