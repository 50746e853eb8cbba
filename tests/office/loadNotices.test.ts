/**
 * The checkbox notices of `load` on the variant fixtures, whole and sliced (issue 8: the tree is
 * walked for checkboxes only when Word's OOXML names them): form checkboxes and content-control
 * checkboxes on a host without WordApi 1.7 are said, a livret without any says nothing.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { createWordDouble } from "../../src/office/double";
import { OfficeDocumentPort } from "../../src/office/officeDocumentPort";

const ROOT = path.join(__dirname, "..", "..");
const docx = (name: string) => new Uint8Array(readFileSync(path.join(ROOT, name)));

async function noticeCodes(file: string, wordApi: string, ceiling: number | null) {
  const double = createWordDouble(docx(file), {
    policy: { wordApi, responseCeilingBytes: ceiling },
  });
  const snapshot = await new OfficeDocumentPort(double.Word, { host: double.host }).load();
  expect(double.syncCount > 1).toBe(ceiling !== null);
  return (snapshot.notices ?? []).map((n) => n.code);
}

describe.each([
  ["whole", null],
  ["sliced", 200_000],
] as const)("load notices (%s read)", (_, ceiling) => {
  it("says when a livret has legacy form checkboxes", async () => {
    const codes = await noticeCodes("tests/fixtures/variants/form-checkboxes.docx", "1.9", ceiling);
    expect(codes).toContain("FormCheckboxes");
    expect(codes).not.toContain("CheckboxesUnsupported");
  });

  it("says when content-control checkboxes cannot be set (WordApi 1.6), not when they can", async () => {
    const file = "tests/fixtures/variants/checkbox-content-controls.docx";
    expect(await noticeCodes(file, "1.6", ceiling)).toContain("CheckboxesUnsupported");
    const codes = await noticeCodes(file, "1.9", ceiling);
    expect(codes).not.toContain("CheckboxesUnsupported");
    expect(codes).not.toContain("FormCheckboxes");
  });

  it("says nothing of checkboxes for a livret without any", async () => {
    const codes = await noticeCodes("assets/livret-mcv-option-b.docx", "1.6", ceiling);
    expect(codes).not.toContain("CheckboxesUnsupported");
    expect(codes).not.toContain("FormCheckboxes");
  });
});
