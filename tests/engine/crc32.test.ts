import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32 } from "../../src/docx/zip/crc32";

describe("crc32", () => {
  it("gives the check value of ISO 3309 / zip (APPNOTE §4.4.7)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("agrees with zlib at every length and alignment (slices of 8 and the rest)", () => {
    const data = new Uint8Array(4099);
    let seed = 12345;
    for (let i = 0; i < data.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      data[i] = seed >>> 24;
    }
    for (let from = 0; from < 9; from++) {
      for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 1000, 4090]) {
        const slice = data.subarray(from, from + length);
        expect(crc32(slice)).toBe(zlibCrc32(slice));
      }
    }
  });
});
