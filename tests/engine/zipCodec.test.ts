import { deflateRawSync } from "node:zlib";
import { NODE_ZIP_CODEC } from "../../src/cli/nodeZipCodec";
import { FFLATE_CODEC, InflateError } from "../../src/docx/zip/zipCodec";
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
