/**
 * The double's `getOoxml()` packages (issue 8: other parts encoded once per document, slices built
 * without copying the document): binary parts in base64 byte for byte, and each package showing
 * the document as it is at that sync — the cached parts never stand for the main part.
 */
import { unzipSync, zipSync } from "fflate";
import { createWordDouble } from "../../src/office/double";
import { makeDocx, p, tbl, tc, tr } from "./helpers/makeDocx";

/** The template-like body with an image part of `bytes` added to the package. */
function docxWithImage(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(makeDocx(p("avant") + tbl(tr(tc(p("cellule"))))));
  return zipSync({ ...files, "word/media/image1.png": bytes });
}

async function ooxml(double: ReturnType<typeof createWordDouble>, what: "body" | "table") {
  return double.Word.run(async (context) => {
    const body = context.document.body;
    if (what === "body") {
      const x = body.getOoxml();
      await context.sync();
      return x.value;
    }
    const x = body.tables.getFirst().getRange("Whole").getOoxml();
    await context.sync();
    return x.value;
  });
}

it("puts binary parts in base64 byte for byte, across the encoder's chunks", async () => {
  const image = new Uint8Array(70_001).map((_, i) => (i * 7919 + (i >> 8)) & 0xff);
  const double = createWordDouble(docxWithImage(image));
  for (const what of ["body", "table"] as const) {
    const xml = await ooxml(double, what);
    const m = /pkg:name="\/word\/media\/image1\.png"[^>]*><pkg:binaryData>([^<]*)</.exec(xml);
    expect(m).not.toBeNull();
    expect(new Uint8Array(Buffer.from(m![1]!, "base64"))).toEqual(image);
  }
});

it("shows the main part as it is now in every package, writes included", async () => {
  const double = createWordDouble(docxWithImage(new Uint8Array([1, 2, 3])));
  expect(await ooxml(double, "table")).toContain("cellule");
  await double.Word.run(async (context) => {
    const cell = context.document.body.tables.getFirst().getCell(0, 0);
    cell.body.paragraphs.getFirst().insertText("écrit", "Replace");
    await context.sync();
  });
  const table = await ooxml(double, "table");
  expect(table).toContain("écrit");
  expect(table).not.toContain("cellule");
  // A table's package holds that table, not the body's other paragraphs.
  expect(table).not.toContain("avant");
  expect(await ooxml(double, "body")).toContain("avant");
});
