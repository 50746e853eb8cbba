/**
 * @jest-environment node
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readDocxPackage, serializeDocument } from "../../src/docx/docxPackage";
import { FFLATE_CODEC, setZipCodec } from "../../src/docx/zip/zipCodec";
import type { ZipCodec } from "../../src/docx/zip/zipCodec";
import { isLivretError } from "../../src/shared/livretError";
import { withNativeInflate } from "../../src/taskpane/nativeInflate";

const TEMPLATE = new Uint8Array(
  readFileSync(path.join(__dirname, "..", "..", "assets", "livret-mcv-option-b.docx")),
);

/** fflate, counting what it is asked to inflate. */
function counting(): ZipCodec & { calls: number } {
  const codec = {
    name: "counting",
    calls: 0,
    inflateRaw(data: Uint8Array, max: number) {
      codec.calls++;
      return FFLATE_CODEC.inflateRaw(data, max);
    },
    deflateRaw: FFLATE_CODEC.deflateRaw,
  };
  return codec;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isLivretError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

describe("withNativeInflate (the demo's open of a file)", () => {
  let spy: ReturnType<typeof counting>;
  let previous: ZipCodec;
  beforeEach(() => {
    spy = counting();
    previous = setZipCodec(spy);
  });
  afterEach(() => setZipCodec(previous));

  it("opens the same package with every entry inflated natively beforehand", async () => {
    const expected = serializeDocument(readDocxPackage(TEMPLATE, "t.docx").document);
    spy.calls = 0;
    const pkg = await withNativeInflate(TEMPLATE, "t.docx", () =>
      readDocxPackage(TEMPLATE, "t.docx"),
    );
    expect(serializeDocument(pkg.document)).toBe(expected);
    expect(spy.calls).toBe(0);
    // The codec in force before is back.
    readDocxPackage(TEMPLATE, "t.docx");
    expect(spy.calls).toBeGreaterThan(0);
  });

  it("leaves a corrupt entry to the usual path: the same error, CRC and sizes still checked", async () => {
    const broken = TEMPLATE.slice();
    // Flip bytes inside the compressed data of the first deflated entry after the local header.
    for (let i = 200; i < 240; i++) broken[i] = broken[i]! ^ 0x5a;
    const plain = errorOf(() => readDocxPackage(broken, "b.docx"));
    expect(plain).not.toBe("no error");
    let native = "no error";
    try {
      await withNativeInflate(broken, "b.docx", () => readDocxPackage(broken, "b.docx"));
    } catch (error) {
      native = isLivretError(error) ? `${error.code}: ${error.message}` : String(error);
    }
    expect(native).toBe(plain);
  });

  it("lets the usual path report what is not a zip", async () => {
    const junk = new TextEncoder().encode("not a zip at all");
    const plain = errorOf(() => readDocxPackage(junk, "j.docx"));
    await expect(
      withNativeInflate(junk, "j.docx", () => readDocxPackage(junk, "j.docx")),
    ).rejects.toThrow(plain.slice(plain.indexOf(": ") + 2));
  });
});
