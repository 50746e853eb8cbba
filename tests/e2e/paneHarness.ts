/** What the browser tests share: build the pane, serve it, launch Debian's Chromium. */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";

// The static server is shared with the bench (scripts/bench/demoOpenChromium.ts).
export { serve } from "../../scripts/staticServer";

/** The development build of the pane into `outDir` (so a concurrent `npm start` keeps dist/). */
export function buildPane(outDir: string, env: Readonly<Record<string, string>> = {}): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", outDir],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, OFFICE_JS: "local", ...env } },
  );
}

/** Headless Chromium with no background traffic (the machine has no internet). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-gpu",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Closes what a browser suite opened: the browser, the server, and its temporary folders. */
export async function closeHarness(
  browser: Browser | undefined,
  server: Server | undefined,
  ...dirs: readonly string[]
): Promise<void> {
  await browser?.close();
  await new Promise((resolve) =>
    server === undefined ? resolve(undefined) : server.close(resolve),
  );
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
