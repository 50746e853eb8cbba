/**
 * The demo in a real browser (issue 3, "Tests in a real browser"): the pane built by webpack,
 * served over HTTP, driven in Debian's Chromium with playwright-core. It ticks levels with the
 * mouse and with the keyboard, fills a period, saves, downloads the .docx and checks with the
 * engine that exactly those cells changed. Screenshot kept in test-artifacts/pane.png.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import type { TextTarget } from "../../src/domain/detection/livretMap";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import type { LoadedDocument } from "../../src/services/livretEngine";
import {
  ROOT,
  buildPane,
  closeHarness,
  collectPageErrors,
  launchChromium,
  serve,
} from "./paneHarness";

const TEMPLATE = path.join(ROOT, "assets", "livret-mcv-option-b.docx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");

/** Text of every paragraph of the body (table paragraphs included), by body index. */
function paragraphTexts(doc: LoadedDocument): readonly string[] {
  return doc.model.paragraphs.map((p) => p.text);
}

/** Body index of the paragraph a write target points to. */
function bodyIndex(doc: LoadedDocument, target: TextTarget): number {
  if (target.kind === "body") return target.paragraph;
  const p =
    doc.model.tables[target.table]?.rows[target.row]?.cells[target.cell]?.paragraphs[
      target.paragraph
    ];
  if (p === undefined) throw new Error(`no paragraph at ${JSON.stringify(target)}`);
  return p.bodyIndex;
}

let buildDir: string;
let server: Server;
let browser: Browser;
let page: Page;
let downloadDir: string;

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(tmpdir(), "livret-e2e-dist-"));
  downloadDir = mkdtempSync(path.join(tmpdir(), "livret-e2e-download-"));
  buildPane(buildDir);
  server = await serve(buildDir);
  browser = await launchChromium();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 720, height: 1000 },
    locale: "fr-FR",
  });
  page = await context.newPage();
}, 900_000);

afterAll(async () => {
  await closeHarness(browser, server, buildDir, downloadDir);
});

describe("the demo pane in Chromium", () => {
  it("ticks levels with the mouse and the keyboard, fills a period, saves and downloads exactly that", async () => {
    const errors = collectPageErrors(page);
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);

    // Detection done: the grid of PFMP 1 shows the first competence's five levels.
    const row111 = page.locator("#niveau-1-1_1_1");
    await row111.waitFor({ state: "visible", timeout: 60_000 });
    await page.getByText(/Démonstration hors de Word/).waitFor({ state: "visible" });

    // Mouse: 1.1.1 → A.
    await row111.locator('[role="radio"][data-level="A"]').click();
    await expect(row111.locator('[data-level="A"]').getAttribute("aria-checked")).resolves.toBe(
      "true",
    );

    // Keyboard: focus 1.2.8 (Argumenter), arrows move without ticking, Space ticks D.
    const row128 = page.locator("#niveau-1-1_2_8");
    await row128.locator('[role="radio"][data-level="NE"]').focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(row128.locator('[aria-checked="true"]').count()).resolves.toBe(0);
    await page.keyboard.press("Space");
    await expect(row128.locator('[data-level="D"]').getAttribute("aria-checked")).resolves.toBe(
      "true",
    );
    // Keyboard again, in block 1 (expanded by default): 1.3.3 → E with End then Enter.
    const row133 = page.locator("#niveau-1-1_3_3");
    await row133.locator('[role="radio"][data-level="NE"]').focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect(row133.locator('[data-level="E"]').getAttribute("aria-checked")).resolves.toBe(
      "true",
    );

    // The period of PFMP 1 (a disclosure under the grids): company and dates typed in French.
    await page.getByRole("button", { name: /^Période de PFMP 1/ }).click();
    await page.locator("#periode-1-company").fill("Boulangerie Dupain");
    const from = page.locator('input[name="periode-1-from"]');
    await from.fill("06/01/2025");
    await from.press("Tab");
    const to = page.locator('input[name="periode-1-to"]');
    await to.fill("31/01/2025");
    await to.press("Tab");
    await page.keyboard.press("Escape");
    await page
      .getByTestId("duree-1")
      .getByText(/semaines/)
      .waitFor({ timeout: 10_000 });

    await page.getByRole("button", { name: "Enregistrer dans le document" }).click();
    await page.getByTestId("non-enregistre").getByText("Tout est enregistré").waitFor({
      timeout: 60_000,
    });
    await page.getByTestId("message-enregistrement").waitFor({ timeout: 10_000 });

    // The top of the pane: title, demo toolbar, the save notice, pupil and PFMP pickers.
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane.png"), fullPage: false });

    const downloadEvent = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le .docx" }).click();
    const download = await downloadEvent;
    const saved = path.join(downloadDir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(saved.endsWith(".docx")).toBe(true);
    expect(errors).toEqual([]);

    // The engine reads back exactly what the pane wrote, and nothing else.
    const original = openDocument(new Uint8Array(readFileSync(TEMPLATE)), "template.docx");
    const filled = openDocument(new Uint8Array(readFileSync(saved)), "téléchargé.docx");
    expect(readDocument(original).livrets[0].data).toEqual({});
    expect(readDocument(filled).livrets[0].data).toEqual({
      periods: {
        "1": {
          company: "Boulangerie Dupain",
          from: "2025-01-06",
          to: "2025-01-31",
          levels: { "1.1.1": "A", "1.2.8": "D", "1.3.3": "E" },
        },
      },
    });

    // Paragraph by paragraph: the changed ones are exactly the level cells ticked (PFMP 1) and
    // the period's cells of the attestation and of the fiche récapitulative.
    const before = paragraphTexts(original);
    const after = paragraphTexts(filled);
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((text, i) => (text === before[i] ? [] : [i]));
    const livret = filled.map.livrets[0];
    const levelCell = (key: string, level: "A" | "D" | "E"): number => {
      const slot = livret.grids
        .flatMap((g) => g.rows)
        .flatMap((r) => (r.key === key ? r.slots : []))
        .find((s) => s.pfmp === 1);
      if (slot === undefined) throw new Error(`no PFMP 1 cells for ${key}`);
      return bodyIndex(filled, { kind: "cell", ...slot.levels[level], paragraph: 0 });
    };
    const ticked = [levelCell("1.1.1", "A"), levelCell("1.2.8", "D"), levelCell("1.3.3", "E")];
    for (const i of ticked) expect(after[i]).toBe("X");
    const attestation = livret.attestations.find((a) => a.year === "premiere")?.rows[0];
    const recap = livret.recap?.periods.find((p) => p.pfmp === 1);
    if (attestation === undefined || recap === undefined) throw new Error("period cells not found");
    const periodCells = [attestation.company, attestation.period, recap.company, recap.dates].map(
      (t) => bodyIndex(filled, t),
    );
    // Exactly those: the three level cells, the attestation's company and dates (row 1), the
    // fiche récapitulative's company and dates (période 1).
    expect(changed).toEqual([...ticked, ...periodCells].sort((a, b) => a - b));
    expect(changed.map((i) => after[i]).join(" | ")).toContain("Boulangerie Dupain");

    // Every zip entry but the main part is unchanged.
    const zipBefore = unzipSync(new Uint8Array(readFileSync(TEMPLATE)));
    const zipAfter = unzipSync(new Uint8Array(readFileSync(saved)));
    expect(Object.keys(zipAfter)).toEqual(Object.keys(zipBefore));
    for (const name of Object.keys(zipBefore)) {
      if (name === "word/document.xml") continue;
      expect(Buffer.compare(Buffer.from(zipAfter[name]), Buffer.from(zipBefore[name]))).toBe(0);
    }
    // The browser's native XML DOM (src/docx/xmlPlatform.ts) drops the XML declaration; the
    // engine puts the original one back.
    const declaration = (bytes: Uint8Array): string =>
      Buffer.from(bytes).toString("utf8").split("?>")[0] + "?>";
    expect(declaration(zipAfter["word/document.xml"])).toBe(
      declaration(zipBefore["word/document.xml"]),
    );
  });
});
