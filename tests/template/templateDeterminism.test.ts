import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { buildLivretDocx } from "../../scripts/template/buildLivretDocx";

const root = join(__dirname, "..", "..");

function committed(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(root, path)));
}

/** Names the first differing zip entry, so a stale asset says what changed. */
function firstDifferingEntry(a: Uint8Array, b: Uint8Array): string | null {
  const za = unzipSync(a);
  const zb = unzipSync(b);
  const names = [...new Set([...Object.keys(za), ...Object.keys(zb)])];
  return (
    names.find((n) => Buffer.compare(Buffer.from(za[n] ?? []), Buffer.from(zb[n] ?? [])) !== 0) ??
    null
  );
}

describe("template generator", () => {
  test("is deterministic: two builds give the same bytes", () => {
    const a = buildLivretDocx();
    const b = buildLivretDocx();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  test("zip entries carry a fixed timestamp, not the build time", () => {
    const bytes = buildLivretDocx();
    // Local file header: DOS time at offset 10, DOS date at offset 12 (APPNOTE 4.3.7).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dosDate = view.getUint16(12, true);
    expect((dosDate >> 9) + 1980).toBe(2019);
  });

  test.each([
    ["assets/livret-mcv-option-b.docx", {}],
    ["tests/fixtures/class-3.docx", { copies: 3 }],
    ["tests/fixtures/livret-literal-bullets.docx", { bullets: "literal" as const }],
  ])("the committed %s equals a fresh build (run `npm run template`)", (path, options) => {
    const fresh = buildLivretDocx(options);
    const onDisk = committed(path);
    expect(firstDifferingEntry(onDisk, fresh)).toBeNull();
    expect(Buffer.compare(Buffer.from(onDisk), Buffer.from(fresh))).toBe(0);
  });

  test("copies > 1 repeats the whole livret", () => {
    const one = buildLivretDocx();
    const three = buildLivretDocx({ copies: 3 });
    const doc = (bytes: Uint8Array): string =>
      new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    const count = (xml: string): number => xml.split("<w:tbl>").length - 1;
    expect(count(doc(three))).toBe(3 * count(doc(one)));
    expect(() => buildLivretDocx({ copies: 0 })).toThrow(/copies/);
  });
});
