/** What the browser tests share: build the pane, serve it, launch Debian's Chromium. */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** A tiny static server over the built pane: GET only, no directory listing, no escaping root. */
export function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (request.method !== "GET" || !file.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

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
