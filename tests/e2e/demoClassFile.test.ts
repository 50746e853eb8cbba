/**
 * The demo on a 30-pupil class file (issue 8): the double runs without Word on the web's payload
 * ceiling, so the file opens in one read and is saved through the same port as in Word. Opens
 * the file with « Ouvrir un .docx », picks the last pupil, ticks a level, saves, downloads, and
 * checks with the engine that the last livret has that level and the 29 others are untouched.
 * (How long it takes is the bench's business: `scripts/bench/demoOpenChromium.ts`.)
 */
import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { buildLivretDocx } from "../../scripts/template/buildLivretDocx";
import { buildPane, closeHarness, collectPageErrors, launchChromium, serve } from "./paneHarness";

let work: string;
let server: Server;
let browser: Browser;
const CLASS_FILE = buildLivretDocx({ copies: 30 });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "livret-e2e-class30-"));
  buildPane(path.join(work, "dist"));
  server = await serve(path.join(work, "dist"));
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await closeHarness(browser, server, work);
});

it("opens a 30-pupil class file, saves the last pupil's level and nothing else", async () => {
  const context = await browser.newContext({ acceptDownloads: true, locale: "fr-FR" });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.locator("#niveau-1-1_1_1").waitFor({ state: "visible", timeout: 60_000 });

  await page.getByTestId("ouvrir-docx").setInputFiles({
    name: "classe-30.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(CLASS_FILE),
  });
  const picker = page.getByRole("combobox", { name: /Élève \(30 livrets dans ce document\)/ });
  await picker.waitFor({ timeout: 180_000 });
  await page.getByText(/« classe-30\.docx »/).waitFor();
  // The generated livrets have no names: the pane calls the last one "Livret 30 (…)".
  await picker.click();
  await page.getByRole("option", { name: /^Livret 30 / }).click();
  await picker.filter({ hasText: /^Livret 30 / }).waitFor({ timeout: 60_000 });

  const row111 = page.locator("#niveau-1-1_1_1");
  await row111.locator('[role="radio"][data-level="A"]').click();
  await expect(row111.locator('[data-level="A"]').getAttribute("aria-checked")).resolves.toBe(
    "true",
  );
  await page.getByRole("button", { name: "Enregistrer dans le document" }).click();
  await page.getByTestId("non-enregistre").getByText("Tout est enregistré").waitFor({
    timeout: 120_000,
  });

  const downloadEvent = page.waitForEvent("download");
  await page.getByRole("button", { name: "Télécharger le .docx" }).click();
  const saved = path.join(work, "téléchargé.docx");
  await (await downloadEvent).saveAs(saved);
  expect(errors).toEqual([]);

  const before = readDocument(openDocument(CLASS_FILE, "classe-30.docx")).livrets;
  const after = readDocument(openDocument(new Uint8Array(readFileSync(saved)), "t.docx")).livrets;
  expect(after).toHaveLength(30);
  expect(after[29]!.data).toEqual({ periods: { "1": { levels: { "1.1.1": "A" } } } });
  expect(after.slice(0, 29).map((l) => l.data)).toEqual(before.slice(0, 29).map((l) => l.data));
  await context.close();
}, 600_000);
