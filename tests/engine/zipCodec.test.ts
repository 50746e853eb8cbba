import { deflateRawSync } from "node:zlib";
import { NODE_ZIP_CODEC } from "../../src/cli/nodeZipCodec";
import { crc32 } from "../../src/docx/zip/crc32";
import { FFLATE_CODEC, InflateError, checksum, setZipCodec } from "../../src/docx/zip/zipCodec";
import type { ZipCodec } from "../../src/docx/zip/zipCodec";

const text = new TextEncoder().encode("<w:p><w:r><w:t>livret</w:t></w:r></w:p>".repeat(5000));
const packed = new Uint8Array(deflateRawSync(text));

function problem(codec: ZipCodec, data: Uint8Array, max: number): string {
  try {
    codec.inflateRaw(data, max);
  } catch (error) {
    if (error instanceof InflateError) return error.problem;
    throw error;
  }
  return "none";
}

describe.each([FFLATE_CODEC, NODE_ZIP_CODEC])("zip codec $name", (codec) => {
  it("inflates what it and the other codec deflate, to the byte", () => {
    expect(codec.inflateRaw(packed, text.length)).toEqual(text);
    for (const other of [FFLATE_CODEC, NODE_ZIP_CODEC]) {
      expect(other.inflateRaw(codec.deflateRaw(text, 6), text.length)).toEqual(text);
    }
  });

  it("stops at the declared size, and tells truncated from unreadable data", () => {
    expect(problem(codec, packed, text.length - 1)).toBe("tooLong");
    expect(problem(codec, packed.subarray(0, packed.length >> 1), text.length)).toBe("incomplete");
    expect(problem(codec, new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).toBe("unreadable");
  });
});

describe("checksum", () => {
  const samples = [new Uint8Array(0), new Uint8Array([0x61]), text, packed.subarray(3, 1000)];

  it("Node's zlib.crc32 gives crc32.ts's values (the zip's CRC-32, APPNOTE §4.4.7)", () => {
    expect(NODE_ZIP_CODEC.crc32).toBeDefined();
    for (const data of samples) expect(NODE_ZIP_CODEC.crc32!(data)).toBe(crc32(data));
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926); // the check value
  });

  it("uses the installed codec's CRC when it has one, crc32.ts otherwise", () => {
    const calls: number[] = [];
    const counting: ZipCodec = { ...FFLATE_CODEC, crc32: (d) => (calls.push(d.length), 7) };
    const previous = setZipCodec(counting);
    try {
      expect(checksum(text)).toBe(7);
      setZipCodec(FFLATE_CODEC);
      expect(checksum(text)).toBe(crc32(text));
    } finally {
      setZipCodec(previous);
    }
    expect(calls).toEqual([text.length]);
  });
});
