import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isGrid, readDocx, tables } from "./docxOutline";

/**
 * Proves a real word processor opens the template: LibreOffice converts it to PDF. In CI
 * LibreOffice is installed; on a machine without it the test is skipped and says so.
 */

const root = join(__dirname, "..", "..");
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const withSoffice = hasSoffice ? test : test.skip;
const skipNote = hasSoffice ? "" : " [SKIPPED: soffice (LibreOffice) is not installed]";

function convert(input: string, target: string): { pdf: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "livret-lo-"));
  const source = join(dir, "in.docx");
  copyFileSync(input, source);
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      join(dir, "out"),
      source,
    ],
    { encoding: "utf8", timeout: 240_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return { pdf: join(dir, "out", `in.${target.split(":")[0]}`), dir };
}

/** Page objects of a PDF ("/Type /Page", not "/Type /Pages"). */
function countPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe(`LibreOffice${skipNote}`, () => {
  withSoffice(
    "converts the template to a PDF of about two dozen pages",
    () => {
      const { pdf, dir } = convert(join(root, "assets/livret-mcv-option-b.docx"), "pdf");
      try {
        expect(existsSync(pdf)).toBe(true);
        const bytes = readFileSync(pdf);
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        const pages = countPages(bytes);
        // 6 intro pages, 7 grid pages per year, 2 attestations, the Terminale cover and the
        // fiche: 24 when every grid fits on its page; a grid spilling over adds a page.
        expect(pages).toBeGreaterThanOrEqual(20);
        expect(pages).toBeLessThanOrEqual(40);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  test("the committed LibreOffice re-save keeps the 14 grids", () => {
    const resaved = readDocx(readFileSync(join(root, "tests/fixtures/livret-libreoffice.docx")));
    expect(tables(resaved).filter(isGrid)).toHaveLength(14);
    const app = new TextDecoder().decode(resaved.parts["docProps/app.xml"]);
    expect(app).toContain("LibreOffice");
  });
});
