import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { inflateEntry } from "../../src/docx/zip/inflateEntry";
import { readZip } from "../../src/docx/zip/readZip";
import type { ZipArchive } from "../../src/docx/zip/readZip";
import {
  CP437_NAME,
  PROTO_NAMES,
  cp437Names,
  dataDescriptors,
  declaredHuge,
  withMarkup,
  deepNesting,
  duplicateEntry,
  encryptedDocx,
  legacyDoc,
  lyingBomb,
  overlappingEntries,
  protoNames,
  ratioBomb,
  strictDocument,
  strictNamespaceOnly,
  templateParts,
  unsupportedMethod,
  utf16Document,
  zip64ManyEntries,
  zipEncryptedEntry,
} from "../../scripts/fixtures/hostile/buildHostile";
import { fullData, listDir, makeTempDir, removeDir, runCli } from "../cli/cliHarness";

let dir: string;
const parts = templateParts();
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => {
  removeDir(dir);
});

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function dataFile(): string {
  const file = path.join(dir, "data.json");
  writeFileSync(file, JSON.stringify(fullData()));
  return file;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

/**
 * What issue 7 §4 asks of a fill: every input entry is in the output, in the same order, under
 * the same raw name bytes, and all but the main part with the very same local record (header,
 * compressed bytes, data descriptor) — so also the same uncompressed bytes.
 */
function expectEntriesKept(input: ZipArchive, output: ZipArchive): void {
  expect(output.entries.map((e) => hex(e.rawName))).toEqual(
    input.entries.map((e) => hex(e.rawName)),
  );
  input.entries.forEach((entry, i) => {
    const out = output.entries[i]!;
    expect(out.flags & 0x0800).toBe(entry.flags & 0x0800);
    if (entry.name === "word/document.xml") {
      expect(hex(out.localRecord)).not.toBe(hex(entry.localRecord));
    } else {
      expect(Buffer.compare(out.localRecord, entry.localRecord)).toBe(0);
      expect(out.crc32).toBe(entry.crc32);
    }
  });
  expect(hex(output.comment)).toBe(hex(input.comment));
}

async function fillRoundTrip(name: string, bytes: Uint8Array): Promise<ZipArchive> {
  const input = write(name, bytes);
  const out = path.join(dir, `filled-${name}`);
  const run = await runCli(["fill", input, "--data", dataFile(), "--out", out]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const output = readFileSync(out);
  const before = readZip(bytes, name);
  const after = readZip(output, out);
  expectEntriesKept(before, after);
  // Every entry inflates and checks (CRC, size) in the output.
  after.entries.forEach((e) => inflateEntry(e, out));
  const exported = await runCli(["export", out]);
  expect(exported.code).toBe(0);
  expect(JSON.parse(exported.stdout).periods["1"].company).toBe("Entreprise 1");
  return after;
}

describe("fill keeps every zip entry, byte for byte", () => {
  it("CP437 names without the UTF-8 flag come back as the same bytes", async () => {
    const after = await fillRoundTrip("cp437.docx", cp437Names(parts));
    const entry = after.entries.find((e) => hex(e.rawName) === hex(CP437_NAME))!;
    expect(entry.name).toBe("Pièces jointes/Reçu n°1.txt");
    expect(entry.flags & 0x0800).toBe(0);
  });

  it("names like __proto__ are kept (fflate's unzipSync drops them on a plain object)", async () => {
    const bytes = protoNames(parts);
    // The failure this guards against: an object key "__proto__" sets the prototype instead.
    expect(Object.keys(unzipSync(bytes))).not.toContain("__proto__");
    const after = await fillRoundTrip("proto.docx", bytes);
    for (const name of PROTO_NAMES) {
      const entry = after.entries.find((e) => e.name === name)!;
      expect(new TextDecoder().decode(inflateEntry(entry, "out"))).toBe(name);
    }
  });

  it("entries with data descriptors (streaming zip writers) are copied with them", async () => {
    const bytes = dataDescriptors(parts);
    expect(readZip(bytes, "dd").entries.every((e) => (e.flags & 0x0008) !== 0)).toBe(true);
    const after = await fillRoundTrip("descriptors.docx", bytes);
    const doc = after.entries.find((e) => e.name === "word/document.xml")!;
    expect(doc.flags & 0x0008).toBe(0);
  });

  it("a zip64 archive with more than 65,535 entries is read and written whole", async () => {
    const bytes = zip64ManyEntries(70_000, parts);
    const before = readZip(bytes, "zip64");
    expect(before.entries.length).toBe(70_010);
    const after = await fillRoundTrip("zip64.docx", bytes);
    expect(after.entries.length).toBe(70_010);
  });

  it("a UTF-16 document.xml is read, filled and written back in UTF-16", async () => {
    const bytes = utf16Document(parts);
    const inspected = await runCli(["inspect", write("utf16-inspect.docx", bytes), "--json"]);
    expect(inspected.code).toBe(0);
    const after = await fillRoundTrip("utf16.docx", bytes);
    const doc = inflateEntry(
      after.entries.find((e) => e.name === "word/document.xml")!,
      "out",
    );
    expect([doc[0], doc[1]]).toEqual([0xff, 0xfe]);
  });
});

describe("hostile or unsupported packages are refused with a clear French line", () => {
  const cases: ReadonlyArray<readonly [string, () => Uint8Array, RegExp]> = [
    ["encrypted (CFB)", encryptedDocx, /protégé par mot de passe/],
    ["Word 97 .doc", legacyDoc, /ancien format Word \(\.doc\)/],
    ["encrypted zip entry", () => zipEncryptedEntry(), /chiffré/],
    ["BZIP2 method", () => unsupportedMethod(12), /méthode non prise en charge \(BZIP2\)/],
    ["LZMA method", () => unsupportedMethod(14), /méthode non prise en charge \(LZMA\)/],
    ["Deflate64 method", () => unsupportedMethod(9), /méthode non prise en charge \(Deflate64\)/],
    ["Strict OOXML", () => strictDocument(parts), /Strict/],
    ["Strict namespace only", () => strictNamespaceOnly(parts), /Strict/],
    ["duplicate entry", () => duplicateEntry(parts), /en double/],
    ["declared 3 GB part", () => declaredHuge(), /trop grande.*au plus 32 Mo/],
    ["overlapping entries", () => overlappingEntries(parts), /se chevauchent/],
    ["ratio bomb", () => ratioBomb(20, parts), /compressée à plus de 200:1/],
    ["lying bomb", () => lyingBomb(64, parts), /plus de données que la taille déclarée/],
    [
      "a stray &#11;",
      () => withMarkup("&#11;", parts),
      /XML mal formé.*&#11; à un caractère interdit/,
    ],
    ["&#xFFFE;", () => withMarkup("&#xFFFE;", parts), /XML mal formé.*&#xFFFE;/],
    ["a bare &", () => withMarkup("Dupont & fils", parts), /XML mal formé.*« & »/],
    ["&nbsp; (no DTD)", () => withMarkup("&nbsp;", parts), /entité &nbsp; non déclarée/],
    ["a raw U+0001", () => withMarkup("\u0001", parts), /caractère U\+0001 interdit/],
    ["20,000 nested w:sdt", () => deepNesting("sdt", 20_000, parts), /plus de 512 niveaux/],
    ["20,000 nested w:tbl", () => deepNesting("tbl", 20_000, parts), /plus de 512 niveaux/],
    [
      "50,000 nested w:hyperlink",
      () => deepNesting("hyperlink", 50_000, parts),
      /plus de 512 niveaux/,
    ],
    [
      "20,000 nested w:customXml",
      () => deepNesting("customXml", 20_000, parts),
      /plus de 512 niveaux/,
    ],
  ];

  it.each(cases)("%s", async (label, build, message) => {
    const file = write(`${label.replace(/\W+/g, "-")}.docx`, build());
    for (const command of ["inspect", "export", "check"]) {
      const run = await runCli([command, file]);
      expect(run.code).toBe(3);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(file);
      expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
    const out = path.join(dir, "never.docx");
    const filled = await runCli(["fill", file, "--data", dataFile(), "--out", out]);
    expect(filled.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect(listDir(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("nesting just under the limit is read and filled", () => {
  it.each([
    ["hyperlink", 500],
    ["sdt", 250],
    ["tbl", 166],
    ["customXml", 500],
  ] as const)("%s × %i", async (kind, depth) => {
    await fillRoundTrip(`deep-${kind}.docx`, deepNesting(kind, depth, parts));
  });
});

describe("rewriting a package read from a Node Buffer", () => {
  it("patches copies, never the input's bytes (Buffer#slice is a view)", async () => {
    const { readDocxPackage, writeDocxPackage } = await import("../../src/docx/docxPackage");
    const { TEMPLATE } = await import("../cli/cliHarness");
    const input = readFileSync(TEMPLATE);
    const copy = Buffer.from(input);
    const pkg = readDocxPackage(input, "t.docx");
    // A real change, so that the main part is deflated again (an unchanged tree is written back
    // byte for byte, which would give the same compressed bytes).
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    pkg.document.getElementsByTagNameNS(W, "t").item(0)!.textContent = "changé";
    const out = writeDocxPackage({ ...pkg, documentChanged: true });
    expect(Buffer.compare(input, copy)).toBe(0);
    expectEntriesKept(readZip(copy, "in"), readZip(out, "out"));
  });
});
