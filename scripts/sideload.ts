/**
 * `npm run start:desktop` — sideloads the add-in into desktop Word, then serves the pane.
 * `npm run stop:desktop`  — removes the sideloaded manifest.
 *
 * Replaces `office-addin-debugging start`, whose dependency chain (office-addin-dev-settings →
 * keytar) does not install offline. It does the same two documented things:
 * - Windows: a string value under HKCU\Software\Microsoft\Office\16.0\WEF\Developer whose data is
 *   the manifest's path (what office-addin-dev-settings' registerAddIn writes);
 * - Mac: a copy of the manifest in ~/Library/Containers/com.microsoft.Word/Data/Documents/wef
 *   (learn.microsoft.com/office/dev/add-ins/testing/sideload-an-office-add-in-on-mac).
 * Linux has no desktop Word: the script says so and points to Word on the web.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const VALUE_NAME = "LivretPfmp";
const WIN_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = join(
  homedir(),
  "Library",
  "Containers",
  "com.microsoft.Word",
  "Data",
  "Documents",
  "wef",
);

function register(): void {
  if (process.platform === "win32") {
    execFileSync("reg", ["add", WIN_KEY, "/v", VALUE_NAME, "/t", "REG_SZ", "/d", MANIFEST, "/f"], {
      stdio: "inherit",
    });
    process.stdout.write(
      `Manifeste enregistré (${WIN_KEY}\\${VALUE_NAME}). Ouvrez Word : onglet Accueil → Livret PFMP.\n`,
    );
  } else if (process.platform === "darwin") {
    mkdirSync(MAC_WEF, { recursive: true });
    copyFileSync(MANIFEST, join(MAC_WEF, "livret-pfmp.manifest.xml"));
    process.stdout.write(
      `Manifeste copié dans ${MAC_WEF}. Redémarrez Word : onglet Accueil → Livret PFMP.\n`,
    );
  } else {
    process.stderr.write(
      "Word pour ordinateur n'existe pas sous Linux : utilisez Word sur le web (README, « Charger le complément »)\n" +
        "ou la démo dans le navigateur avec `npm start`.\n",
    );
    process.exit(1);
  }
}

function unregister(): void {
  if (process.platform === "win32") {
    execFileSync("reg", ["delete", WIN_KEY, "/v", VALUE_NAME, "/f"], { stdio: "inherit" });
  } else if (process.platform === "darwin") {
    const file = join(MAC_WEF, "livret-pfmp.manifest.xml");
    if (existsSync(file)) rmSync(file);
  }
  process.stdout.write("Complément retiré de Word.\n");
}

if (process.argv[2] === "stop") {
  unregister();
} else {
  register();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  spawn(npm, ["start"], { cwd: ROOT, stdio: "inherit" }).on("exit", (code) =>
    process.exit(code ?? 0),
  );
}
