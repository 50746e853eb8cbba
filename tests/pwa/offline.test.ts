/**
 * The demo as an offline web app (issue 11): built by webpack, served over HTTP on 127.0.0.1 (a
 * secure context, as service workers require), opened once in Chromium; then with the network
 * off (`context.setOffline(true)`) the page reloads, opens a .docx from the device (a class file
 * made by `livret new`), ticks a level and downloads the filled livret. Screenshot at 360 px in
 * test-artifacts/pwa-offline-360.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { createLivrets } from "../../src/services/newLivrets/createLivrets";
import { ROOT, buildPane, closeHarness, launchChromium, serve } from "../e2e/paneHarness";

const TEMPLATE = path.join(ROOT, "assets", "livret-mcv-option-b.docx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");

let buildDir: string;
let workDir: string;
let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(tmpdir(), "livret-pwa-dist-"));
  workDir = mkdtempSync(path.join(tmpdir(), "livret-pwa-"));
  buildPane(buildDir);
  server = await serve(buildDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  page = await context.newPage();
}, 900_000);

afterAll(async () => {
  await closeHarness(browser, server, buildDir, workDir);
});

describe("the demo as an offline web app", () => {
  it("declares an installable web app manifest and keeps the CSP off the network", () => {
    const html = readFileSync(path.join(buildDir, "taskpane.html"), "utf8");
    expect(html).toContain('<link rel="manifest" href="manifest.webmanifest" />');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'( ws:\/\/localhost:\d+ wss:\/\/localhost:\d+)?;/);
    expect(csp).toContain("frame-src 'none'");
    const manifest = JSON.parse(readFileSync(path.join(buildDir, "manifest.webmanifest"), "utf8"));
    expect(manifest).toMatchObject({
      start_url: "./taskpane.html",
      display: "standalone",
      lang: "fr",
    });
    const sizes = (manifest.icons as { sizes: string; src: string }[]).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    // The precache list was written into sw.js at build time and names files that exist.
    const sw = readFileSync(path.join(buildDir, "sw.js"), "utf8");
    expect(sw).not.toContain('"__LIVRET_PRECACHE__"');
    const build = JSON.parse(JSON.parse(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(sw)![1]!)) as {
      files: string[];
    };
    expect(build.files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "taskpane.js",
        "on-demand.js",
        "office-js/office.js",
      ]),
    );
    for (const f of build.files) expect(() => readFileSync(path.join(buildDir, f))).not.toThrow();
  });

  it("opened once, then offline: opens a .docx from the device, fills it and downloads it", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));

    await page.goto(`${origin}/taskpane.html`);
    await page.locator("#niveau-1-1_1_1").waitFor({ state: "visible", timeout: 120_000 });
    await page
      .locator('html[data-offline="ready"]')
      .waitFor({ state: "attached", timeout: 60_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Chromium reads the manifest and finds it usable (installability needs it parsed).
    const manifestUrl = await page.evaluate(
      () => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement).href,
    );
    expect(manifestUrl).toBe(`${origin}/manifest.webmanifest`);
    // Chromium's own installability check (DevTools protocol): no error means it can be installed.
    // A Playwright context is an off-the-record profile, where Chromium never offers installation
    // ("in-incognito"): that one is about the test's browser, not the app.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito"),
    ).toEqual([]);
    await cdp.detach();

    await context.setOffline(true);
    // The network is really off: a request to the server fails outside the worker.
    await expect(
      page.evaluate(
        (url) =>
          fetch(url, { cache: "no-store" }).then(
            () => "ok",
            () => "failed",
          ),
        `${origin}/nope-${Date.now()}`,
      ),
    ).resolves.toBe("failed");

    await page.reload();
    await page.locator("#niveau-1-1_1_1").waitFor({ state: "visible", timeout: 120_000 });
    await page
      .getByTestId("on-device-notice")
      .getByText(/Le document reste sur l'appareil/)
      .waitFor();

    // A livret from the device: one made by `livret new` for a pupil.
    const [livret] = createLivrets(new Uint8Array(readFileSync(TEMPLATE)), "modele.docx", [
      { lastName: "MARTIN", firstName: "Léa", line: 2 },
    ]);
    const local = path.join(workDir, livret!.fileName);
    writeFileSync(local, livret!.bytes);
    await page.locator('input[type="file"]').setInputFiles(local);
    await page
      .getByText(/MARTIN_Léa\.docx/)
      .first()
      .waitFor({ timeout: 60_000 });

    // The on-demand chunk (the Calendar, the dialogs) comes from the precache too: the calendar
    // of a date opens offline.
    await page.getByRole("button", { name: /^Période de PFMP 1/ }).click();
    await page.getByRole("button", { name: "Choisir la date « Du » dans le calendrier" }).click();
    await page.getByRole("dialog", { name: "Calendrier – Du" }).waitFor({ timeout: 30_000 });
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    const row = page.locator("#niveau-1-1_1_1");
    await row.waitFor({ state: "visible", timeout: 60_000 });
    await row.locator('[role="radio"][data-level="D"]').click();
    await page.getByRole("button", { name: "Enregistrer dans le document" }).click();
    await page.getByTestId("non-enregistre").getByText("Tout est enregistré").waitFor({
      timeout: 60_000,
    });

    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "pwa-offline-360.png") });

    const downloadEvent = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le .docx" }).click();
    const download = await downloadEvent;
    const saved = path.join(workDir, `téléchargé-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const data = readDocument(openDocument(new Uint8Array(readFileSync(saved)), "t.docx"))
      .livrets[0]!.data;
    expect(data.student).toEqual({ lastName: "MARTIN", firstName: "Léa" });
    expect(data.periods?.["1"]?.levels).toEqual({ "1.1.1": "D" });
    expect(errors).toEqual([]);
    // Nothing but the page's own origin was ever asked for.
    expect(
      requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"),
      ),
    ).toEqual([]);
  });
});
