import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { checkDocument } from "../../src/services/checkDocument";
import { openDocument } from "../../src/services/livretEngine";
import { renderReport } from "../../src/services/report/renderReport";
import { ARTIFACTS, CLASS_3, fillLivrets, progressingLivret } from "./reportTestKit";

/**
 * The report of a three-pupil class file, opened in Debian's Chromium: the page must render the
 * pupils' sections, the legend and the matrix, keep NE and empty cells visibly apart, and break
 * pages between pupils when printed. The screenshot is kept in test-artifacts/.
 */
let browser: Browser;
let reportFile: string;

beforeAll(async () => {
  const bytes = fillLivrets(
    CLASS_3,
    new Map([
      [0, progressingLivret("MARTIN")],
      [1, progressingLivret(`<b>DURAND</b> & "fils"`)],
    ]),
  );
  const result = checkDocument(openDocument(bytes, "classe-1re.docx"));
  const html = renderReport({
    fileName: "classe-1re.docx",
    livrets: result.livrets,
    generatedAt: new Date(2026, 10, 27, 10, 0),
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  reportFile = path.join(ARTIFACTS, "report.html");
  writeFileSync(reportFile, html);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
});

it("renders the pupils' sections, the legend and the progress matrix", async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(reportFile).href);

  expect(await page.getAttribute("html", "lang")).toBe("fr");
  const titles = await page.locator("section.pupil h2").allTextContents();
  expect(titles).toEqual([
    "Livret 1 — MARTIN Léa",
    `Livret 2 — <b>DURAND</b> & "fils" Léa`,
    "Livret 3 — élève sans nom",
  ]);
  // The escaped name is text, not markup.
  expect(await page.locator("section.pupil h2 b").count()).toBe(0);

  const first = page.locator("section.pupil").first();
  const legend = first.locator('ul.legend[aria-label="Légende des niveaux"] li');
  expect(await legend.allTextContents()).toEqual([
    "NEnon évalué",
    "NNovice",
    "DDébrouillé",
    "AAverti",
    "EExpert",
    "vide (aucune case cochée)",
  ]);
  expect(await first.locator("table.matrix tr[data-key]").count()).toBe(84);
  expect(await first.locator("table.matrix tbody[data-block]").count()).toBe(5);
  expect(await first.locator("table.counts tr[data-block]").count()).toBe(5);
  expect(await first.locator("ul.findings li").count()).toBeGreaterThan(0);

  // NE: grey hatching (a gradient); empty: white with a dotted border.
  const ne = await first
    .locator("td.cell.lvl-NE")
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { image: s.backgroundImage, border: s.borderTopStyle };
    });
  const empty = await first
    .locator("td.cell.lvl-empty")
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { image: s.backgroundImage, color: s.backgroundColor, border: s.borderTopStyle };
    });
  expect(ne.image).toContain("repeating-linear-gradient");
  expect(empty).toEqual({ image: "none", color: "rgb(255, 255, 255)", border: "dotted" });
  const colours = await first
    .locator("tr[data-key='1.1.1'] td.cell")
    .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).backgroundColor));
  expect(new Set(colours).size).toBe(4);

  // A standalone document: the only thing loaded is the file itself.
  expect(requests).toEqual([pathToFileURL(reportFile).href]);

  await first.screenshot({ path: path.join(ARTIFACTS, "report.png") });

  await page.emulateMedia({ media: "print" });
  const breaks = await page
    .locator("section.pupil")
    .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toEqual(["auto", "page", "page"]);
  await page.close();
});
