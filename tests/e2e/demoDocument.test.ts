/**
 * `bash scripts/start.sh FILE.docx` (LIVRET_DOCX): the demo opens the given document instead of
 * the bundled livret, and shows what it holds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { fillDocument, openDocument } from "../../src/services/livretEngine";
import { ROOT, buildPane, closeHarness, launchChromium, serve } from "./paneHarness";

let work: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "livret-e2e-demo-doc-"));
  const template = new Uint8Array(
    readFileSync(path.join(ROOT, "assets", "livret-mcv-option-b.docx")),
  );
  const filled = fillDocument(
    openDocument(template, "livret-mcv-option-b.docx"),
    {
      student: { lastName: "MARTIN", firstName: "Léa" },
      periods: { "1": { levels: { "1.1.1": "A" } } },
    },
    0,
  );
  const docx = path.join(work, "Léa Martin.docx");
  writeFileSync(docx, filled.bytes);
  buildPane(path.join(work, "dist"), { LIVRET_DOCX: docx });
  server = await serve(path.join(work, "dist"));
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await closeHarness(browser, server, work);
});

it("opens the document given to the demo and shows its values", async () => {
  const page = await browser.newPage();
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.getByRole("textbox", { name: "Nom", exact: true }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole("textbox", { name: "Nom", exact: true }).inputValue()).toBe("MARTIN");
  expect(await page.getByRole("textbox", { name: "Prénom", exact: true }).inputValue()).toBe("Léa");
  const level = page
    .getByRole("radiogroup", { name: /^1\.1\.1 / })
    .getByRole("radio", { name: /^A/ });
  expect(await level.getAttribute("aria-checked")).toBe("true");
  expect(await page.locator("body").textContent()).toContain("Léa Martin.docx");
});
