/**
 * Offline manifest validation (`npm run validate`).
 *
 * `office-addin-manifest validate` always posts XML manifests to a Microsoft web service
 * (validationgateway.omex.office.net), which this project must not depend on. Instead:
 * 1. XSD validation against Microsoft's add-in manifest schemas ([MS-OWEMXML] Appendix A; the
 *    project reads them from `../shared/schemas/office-addin-manifest/` or
 *    `$LIVRET_MANIFEST_SCHEMAS`, it does not copy them) with xmllint-wasm;
 * 2. what `office-addin-manifest` does offline: `OfficeAddinManifest.readManifestFile` parses the
 *    manifest into its info object (the first step of its own `validate`);
 * 3. checks the schema cannot express: icon files exist at the declared pixel sizes, every URL is
 *    HTTPS, WordApi 1.3 is required, the permission is ReadWriteDocument, a Home-tab button opens
 *    the task pane; and what AppSource validation requires (reference "Second review" #9): a
 *    `SupportUrl` (HTTPS, its page in `assets/`), `IconUrl` 32×32 and `HighResolutionIconUrl`
 *    64×64; and that the pane's "requires" message names the supported Word versions correctly
 *    (`src/office/hostSupport.ts`: not Office 2016 volume licences, which lack WordApi 1.3).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import {
  REQUIRED_WORD_API,
  UNSUPPORTED_WORD_MESSAGE,
  requiresMessageProblems,
} from "../../src/office/hostSupport";

export interface ManifestReport {
  readonly schemaDir: string | null;
  readonly problems: readonly string[];
  readonly info: Readonly<Record<string, unknown>> | null;
}

const ROOT = resolve(__dirname, "..", "..");

export function findSchemaDir(): string | null {
  const candidates = [
    process.env.LIVRET_MANIFEST_SCHEMAS,
    resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest"),
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, "OfficeAppManifestV1_1.xsd"))) return dir;
  }
  return null;
}

async function validateAgainstSchemas(xml: string, schemaDir: string): Promise<string[]> {
  const main = "OfficeAppManifestV1_1.xsd";
  const preload = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".xsd") && name !== main)
    .map((fileName) => ({ fileName, contents: readFileSync(join(schemaDir, fileName), "utf8") }));
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(schemaDir, main), "utf8") }],
    preload,
  });
  return result.errors.map((e) => `schema: ${e.message.trim()}`);
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The checks the XSD cannot express. */
export function checkManifestContent(xml: string, assetsDir: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = (name: string): Element[] => Array.from(doc.getElementsByTagName(name));
  const attr = (el: Element, name: string): string => el.getAttribute(name) ?? "";

  for (const el of all("*")) {
    const value = el.getAttribute("DefaultValue");
    if (value !== null && /^[a-z]+:\/\//i.test(value) && !value.startsWith("https://")) {
      problems.push(`URL not HTTPS: ${value}`);
    }
  }
  const permissions = all("Permissions")[0]?.textContent?.trim();
  if (permissions !== "ReadWriteDocument") {
    problems.push(`Permissions must be ReadWriteDocument, found ${permissions ?? "none"}`);
  }
  const wordApi = all("Set").find((s) => attr(s, "Name") === "WordApi");
  if (wordApi === undefined || attr(wordApi, "MinVersion") !== REQUIRED_WORD_API) {
    problems.push(`Requirements must ask for WordApi ${REQUIRED_WORD_API}`);
  }
  // AppSource: "a SupportUrl", "IconUrl 32×32 and HighResolutionIconUrl 64×64" (sizes checked below).
  const supportUrl = all("SupportUrl")[0]?.getAttribute("DefaultValue") ?? "";
  if (!supportUrl.startsWith("https://")) {
    problems.push("SupportUrl (an HTTPS help page) is required by AppSource");
  } else {
    const page = supportUrl.replace(/^https:\/\/[^/]+\/assets\//, "");
    if (page === supportUrl || !existsSync(join(assetsDir, page))) {
      problems.push(`SupportUrl page missing from assets/: ${supportUrl}`);
    }
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    if (!all(name)[0]?.getAttribute("DefaultValue"))
      problems.push(`${name} is required by AppSource`);
  }
  const hosts = all("Host").map((h) => attr(h, "Name") || attr(h, "xsi:type"));
  if (!hosts.includes("Document")) problems.push("Host must be Document (Word)");

  const homeTab = all("OfficeTab").find((t) => attr(t, "id") === "TabHome");
  const button = homeTab
    ? Array.from(homeTab.getElementsByTagName("Control")).find(
        (c) => attr(c, "xsi:type") === "Button",
      )
    : undefined;
  const action = button?.getElementsByTagName("Action")[0];
  if (!button || !action || attr(action, "xsi:type") !== "ShowTaskpane") {
    problems.push("A button on the Home tab (TabHome) must open the task pane (ShowTaskpane)");
  }

  // Ribbon icons: 16, 32 and 80 px are required for group and button icons.
  const images = new Map(
    all("bt:Image")
      .filter((i) => i.getAttribute("id") !== null)
      .map((i) => [attr(i, "id"), attr(i, "DefaultValue")] as const),
  );
  const requiredSizes = ["16", "32", "80"];
  for (const icon of all("Icon")) {
    const sizes = Array.from(icon.getElementsByTagName("bt:Image")).map((i) => attr(i, "size"));
    for (const size of requiredSizes) {
      if (!sizes.includes(size)) problems.push(`an <Icon> lacks the ${size}px image`);
    }
  }
  const declared: Array<[string, number]> = [];
  for (const image of all("bt:Image")) {
    const size = image.getAttribute("size");
    const resid = image.getAttribute("resid");
    if (size !== null && resid !== null) {
      const url = images.get(resid);
      if (url === undefined) problems.push(`icon resid ${resid} has no bt:Image resource`);
      else declared.push([url, Number(size)]);
    }
  }
  const iconUrl = all("IconUrl")[0]?.getAttribute("DefaultValue");
  const hiRes = all("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue");
  if (iconUrl) declared.push([iconUrl, 32]);
  if (hiRes) declared.push([hiRes, 64]);
  for (const [url, size] of declared) {
    const name = url.replace(/^https:\/\/[^/]+\/assets\//, "");
    const file = join(assetsDir, name);
    if (!existsSync(file)) {
      problems.push(`icon file missing: ${file}`);
      continue;
    }
    const dim = pngSize(readFileSync(file));
    if (dim === null) problems.push(`icon is not a PNG: ${file}`);
    else if (dim.width !== size || dim.height !== size) {
      problems.push(`icon ${name} is ${dim.width}x${dim.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}

export async function validateManifest(
  manifestPath = join(ROOT, "manifest.xml"),
  schemaDir: string | null = findSchemaDir(),
  options: { readWithOfficeAddinManifest?: boolean } = {},
): Promise<ManifestReport> {
  const xml = readFileSync(manifestPath, "utf8");
  const problems: string[] = [];
  if (schemaDir === null) {
    problems.push(
      "manifest schemas not found: set LIVRET_MANIFEST_SCHEMAS or provide ../shared/schemas/office-addin-manifest",
    );
  } else {
    problems.push(...(await validateAgainstSchemas(xml, schemaDir)));
  }
  problems.push(...checkManifestContent(xml, join(ROOT, "assets")));
  problems.push(...requiresMessageProblems(UNSUPPORTED_WORD_MESSAGE));
  let info: Record<string, unknown> | null = null;
  if (options.readWithOfficeAddinManifest === false) return { schemaDir, problems, info };
  try {
    // Loaded lazily: only the parse step of office-addin-manifest works offline.
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    info = (await OfficeAddinManifest.readManifestFile(manifestPath)) as unknown as Record<
      string,
      unknown
    >;
  } catch (error) {
    problems.push(`office-addin-manifest could not read the manifest: ${String(error)}`);
  }
  return { schemaDir, problems, info };
}

if (require.main === module) {
  const path = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, "manifest.xml");
  validateManifest(path).then(
    (report) => {
      if (report.problems.length > 0) {
        for (const p of report.problems) process.stderr.write(`${path}: ${p}\n`);
        process.exit(1);
      }
      const info = report.info ?? {};
      process.stdout.write(
        `${path}: valid (schemas: ${report.schemaDir}; ${String(info.displayName)} ${String(info.version)}, ${String(info.officeAppType)}, hosts ${JSON.stringify(info.hosts)}, ${String(info.permissions)})\n`,
      );
    },
    (error: unknown) => {
      process.stderr.write(`${path}: validation failed: ${String(error)}\n`);
      process.exit(2);
    },
  );
}
