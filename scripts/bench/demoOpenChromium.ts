/**
 * The demo's open in the real browser (issue 8: "demo: open the 30-pupil file until grids show"):
 * the production webpack build, served from this machine (127.0.0.1), opened in Debian's Chromium
 * (playwright-core, --no-sandbox). Per run, in a fresh page:
 * - `template`: ms from navigation start to the bundled template's grids shown;
 * - `class30`: then ms from the file input's `change` (a 30-pupil class file built by
 *   `buildLivretDocx({ copies: 30 })`, given to the demo's « Ouvrir un .docx ») to its grids shown.
 * "Grids shown" is the first animation frame after the pane rendered the first grid row
 * (`#niveau-1-1_1_1`, a new element for the new document), seen by a MutationObserver installed
 * before the page's own scripts run. Median of `--runs N` (default 5), JSON on stdout:
 *   npx tsx scripts/bench/demoOpenChromium.ts [--runs N] [--build DIR]
 * `--build DIR` measures an existing production build instead of building one.
 * No timed assertion anywhere: the bench reports, it does not judge.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { launchChromium } from "../launchChromium";
import { serve } from "../staticServer";
import { buildLivretDocx } from "../template/buildLivretDocx";

/** The repository (this file also runs compiled, from `.bench-build/` by `npm run bench`). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "webpack.config.js"))) return dir;
    if (path.dirname(dir) === dir) throw new Error("demoOpenChromium: repository root not found");
  }
}

const ROOT = repoRoot();
const GRID_ROW = "#niveau-1-1_1_1";

export interface DemoOpenTimes {
  /** Median ms from navigation start to the template's grids shown. */
  readonly template: number;
  /** Median ms from opening the 30-pupil class file to its grids shown. */
  readonly class30: number;
}

export interface DemoOpenReport extends DemoOpenTimes {
  readonly runs: number;
  readonly samples: { readonly template: readonly number[]; readonly class30: readonly number[] };
}

/** The production build (what ships: `npm run build`) into `outDir`. */
function buildProduction(outDir: string): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outDir],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, OFFICE_JS: "local" } },
  );
}

/** Runs in the page before its scripts: when the grids first show, and after a file is opened. */
function observeGrids(selector: string): void {
  type Marks = { grids: number | null; open: number | null; reopened: number | null };
  const marks: Marks = { grids: null, open: null, reopened: null };
  (window as unknown as { __demoOpen: Marks }).__demoOpen = marks;
  let before: Element | null = null;
  let firstPending = false;
  let reopenPending = false;
  document.addEventListener(
    "change",
    (event) => {
      if ((event.target as HTMLInputElement | null)?.type !== "file") return;
      marks.open = performance.now();
      before = document.querySelector(selector);
    },
    true,
  );
  new MutationObserver(() => {
    const row = document.querySelector(selector);
    if (row === null) return;
    if (!firstPending) {
      firstPending = true;
      requestAnimationFrame(() => (marks.grids = performance.now()));
    }
    if (marks.open !== null && !reopenPending && row !== before) {
      reopenPending = true;
      requestAnimationFrame(() => (marks.reopened = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Opens the demo `runs` times (fresh page each time) and reports the medians; builds the
 * production bundle first unless `buildDir` is given. For `scripts/bench.ts`.
 */
export async function measureDemoOpenChromium(options?: {
  readonly runs?: number;
  readonly buildDir?: string;
}): Promise<DemoOpenReport> {
  const runs = Math.max(1, options?.runs ?? 5);
  const own = options?.buildDir === undefined;
  const dir = options?.buildDir ?? mkdtempSync(path.join(tmpdir(), "livret-bench-demo-"));
  if (own) buildProduction(dir);
  const classFile = Buffer.from(buildLivretDocx({ copies: 30 }));
  const server = await serve(path.resolve(dir));
  const browser = await launchChromium();
  const template: number[] = [];
  const class30: number[] = [];
  try {
    const { port } = server.address() as AddressInfo;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 720, height: 1000 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(observeGrids, GRID_ROW);
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      const marks = () =>
        page.evaluate(
          () =>
            (
              window as unknown as {
                __demoOpen: { grids: number | null; open: number | null; reopened: number | null };
              }
            ).__demoOpen,
        );
      await page.waitForFunction(
        () => (window as unknown as { __demoOpen: { grids: number | null } }).__demoOpen.grids,
        undefined,
        { timeout: 120_000 },
      );
      template.push((await marks()).grids!);
      await page.setInputFiles('[data-testid="ouvrir-docx"]', {
        name: "classe-30.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: classFile,
      });
      await page.waitForFunction(
        () =>
          (window as unknown as { __demoOpen: { reopened: number | null } }).__demoOpen.reopened,
        undefined,
        { timeout: 300_000 },
      );
      const m = await marks();
      class30.push(m.reopened! - m.open!);
      // The grids shown must be the class file's: the pane names the document it shows.
      await page.getByText(/« classe-30\.docx »/).waitFor({ timeout: 10_000 });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    if (own) rmSync(dir, { recursive: true, force: true });
  }
  const r = (x: number) => Math.round(x);
  return {
    template: r(median(template)),
    class30: r(median(class30)),
    runs,
    samples: { template: template.map(r), class30: class30.map(r) },
  };
}

async function main(): Promise<void> {
  const at = (name: string) => process.argv.indexOf(`--${name}`);
  const runs = at("runs") >= 0 ? Number(process.argv[at("runs") + 1]) : 5;
  const buildDir = at("build") >= 0 ? process.argv[at("build") + 1] : undefined;
  const report = await measureDemoOpenChromium({ runs, buildDir });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
