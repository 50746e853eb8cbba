/** What the browser tests share: build the pane, serve it, launch Debian's Chromium. */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");

// The static server is shared with the bench (scripts/bench/demoOpenChromium.ts).
export { serve } from "../../scripts/staticServer";

/**
 * What must not happen on the page, as it happens: uncaught errors, and Fluent's warning for an
 * icon used but not registered (development builds keep it: `registerPaneIcons`), which would be
 * an empty square where the pane shows an icon.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (/was used but not registered/.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** The development build of the pane into `outDir` (so a concurrent `npm start` keeps dist/). */
export function buildPane(outDir: string, env: Readonly<Record<string, string>> = {}): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", outDir],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, OFFICE_JS: "local", ...env } },
  );
}

// Chromium's launch is shared with the bench (scripts/bench/demoOpenChromium.ts).
export { launchChromium } from "../../scripts/launchChromium";

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
