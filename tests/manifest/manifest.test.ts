import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkManifestContent,
  findSchemaDir,
  validateManifest,
} from "../../scripts/manifest/validateManifest";
import { UNSUPPORTED_WORD_MESSAGE, requiresMessageProblems } from "../../src/office/hostSupport";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const assets = join(ROOT, "assets");
const schemaDir = findSchemaDir();
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SCRIPT = join(ROOT, "scripts", "manifest", "validateManifest.ts");

describe("manifest content checks", () => {
  it("accepts the project's manifest", () => {
    expect(checkManifestContent(manifest, assets)).toEqual([]);
  });

  it("rejects plain-HTTP URLs", () => {
    const bad = manifest.replace(
      'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
    );
    expect(bad).not.toEqual(manifest);
    expect(checkManifestContent(bad, assets)).toContain(
      "URL not HTTPS: http://localhost:3000/taskpane.html",
    );
  });

  it("rejects a missing WordApi 1.3 requirement and a weaker permission", () => {
    const bad = manifest
      .replace(/MinVersion="1.3"/g, 'MinVersion="1.1"')
      .replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadDocument</Permissions>",
      );
    const problems = checkManifestContent(bad, assets);
    expect(problems).toContain("Requirements must ask for WordApi 1.3");
    expect(problems).toContain("Permissions must be ReadWriteDocument, found ReadDocument");
  });

  it("rejects an icon whose file has the wrong pixel size", () => {
    const bad = manifest.replace(
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
    );
    expect(checkManifestContent(bad, assets)).toContain(
      "icon icon-64.png is 64x64, expected 80x80",
    );
  });
});

describe("what AppSource validation requires, and the pane's 'requires' message", () => {
  it("requires a SupportUrl whose page is served from assets/", () => {
    const without = manifest.replace(/\s*<SupportUrl [^>]*\/>/, "");
    expect(without).not.toEqual(manifest);
    expect(checkManifestContent(without, assets)).toContain(
      "SupportUrl (an HTTPS help page) is required by AppSource",
    );
    const elsewhere = manifest.replace("assets/aide.html", "assets/absente.html");
    expect(checkManifestContent(elsewhere, assets)).toContain(
      "SupportUrl page missing from assets/: https://localhost:3000/assets/absente.html",
    );
  });

  it("requires IconUrl (32 px) and HighResolutionIconUrl (64 px)", () => {
    const without = manifest.replace(/\s*<HighResolutionIconUrl [^>]*\/>/, "");
    expect(checkManifestContent(without, assets)).toContain(
      "HighResolutionIconUrl is required by AppSource",
    );
    const swapped = manifest.replace(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
    );
    expect(checkManifestContent(swapped, assets)).toContain(
      "icon icon-64.png is 64x64, expected 32x32",
    );
  });

  it("names the Word versions that have WordApi 1.3, and not Office 2016 volume licences", () => {
    expect(requiresMessageProblems(UNSUPPORTED_WORD_MESSAGE)).toEqual([]);
    expect(
      requiresMessageProblems(
        "Cette version de Word est trop ancienne pour le volet (WordApi 1.3 requis). " +
          "Utilisez Word 2016 ou plus récent, Word pour Mac ou Word sur le web.",
      ),
    ).toEqual([
      "the requires message must name 2019",
      "the requires message names Word 2016 as supported (volume licences lack WordApi 1.3)",
    ]);
  });
});

// The XSDs live outside the repository (../shared/schemas, see README "Manifest"); where they are
// absent the XSD part cannot run, and says so.
const withSchemas = schemaDir === null ? describe.skip : describe;

withSchemas("manifest against the add-in manifest XML schemas", () => {
  it("validates the project's manifest against the schemas", async () => {
    const report = await validateManifest(join(ROOT, "manifest.xml"), schemaDir, {
      readWithOfficeAddinManifest: false,
    });
    expect(report.problems).toEqual([]);
  });

  // office-addin-manifest pulls ESM-only packages that jest cannot require on Node 20, so the
  // full `npm run validate` (schemas + its offline parse + content checks) runs as a process.
  it("npm run validate succeeds on the project's manifest", () => {
    const out = execFileSync(process.execPath, [TSX, SCRIPT], { cwd: ROOT, encoding: "utf8" });
    expect(out).toMatch(
      /valid .*Livret PFMP 0\.1\.0\.0, TaskPaneApp, hosts \["Document"\], ReadWriteDocument/,
    );
  });

  it("reports element-order errors", async () => {
    const bad = manifest.replace(
      "<Version>0.1.0.0</Version>\n  <ProviderName>Livret PFMP</ProviderName>",
      "<ProviderName>Livret PFMP</ProviderName>\n  <Version>0.1.0.0</Version>",
    );
    expect(bad).not.toEqual(manifest);
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(file, bad);
    const report = await validateManifest(file, schemaDir, { readWithOfficeAddinManifest: false });
    expect(report.problems.some((p) => p.startsWith("schema:") && p.includes("ProviderName"))).toBe(
      true,
    );
    const run = spawnSync(process.execPath, [TSX, SCRIPT, file], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: schema:`);
  });
});
