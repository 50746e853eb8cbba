/**
 * The web app manifest's icons (src/taskpane/pwa/manifest.webmanifest): 192 and 512 px, the
 * sizes Chromium needs to offer installation, drawn like the add-in's icons (scripts/makeIcons.ts).
 * Run: npx tsx scripts/makeWebAppIcons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { drawIcon } from "./makeIcons";

export const WEB_APP_ICON_SIZES = [192, 512] as const;

for (const size of WEB_APP_ICON_SIZES) {
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), drawIcon(size));
}
process.stdout.write(`web app icons written: ${WEB_APP_ICON_SIZES.join(", ")}\n`);
