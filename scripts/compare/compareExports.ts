/**
 * `npx tsx scripts/compare/compareExports.ts <baseline-repo>`: runs `livret export` and `livret
 * inspect` on every .docx under tests/fixtures/ (and the bundled livret, and a generated 30-pupil
 * class file) with this checkout's CLI and with the one built in `<baseline-repo>` (a clone at
 * another commit, with `npm ci` done), and compares stdout, stderr and exit code byte for byte.
 * Issue 8's constraint "no behaviour change: `export` of every fixture gives the same JSON before
 * and after" is checked this way for every engine change made for speed. Exit 1 on any difference.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildLivretDocx } from "../template/buildLivretDocx";

const ROOT = path.join(__dirname, "..", "..");

function docxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...docxFiles(full));
    else if (name.endsWith(".docx")) out.push(full);
  }
  return out;
}

function run(repo: string, args: readonly string[]): string {
  const r = spawnSync(process.execPath, [path.join(repo, "bin", "livret.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

function main(): number {
  const baseline = process.argv[2];
  if (baseline === undefined || !existsSync(path.join(baseline, "lib", "cli", "main.js"))) {
    process.stderr.write("usage: compareExports.ts <baseline-repo with lib/ built>\n");
    return 2;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "livret-compare-"));
  try {
    const classFile = path.join(dir, "classe-30.docx");
    writeFileSync(classFile, buildLivretDocx({ copies: 30 }));
    const files = [
      ...docxFiles(path.join(ROOT, "tests", "fixtures")),
      path.join(ROOT, "assets", "livret-mcv-option-b.docx"),
      classFile,
    ];
    let differences = 0;
    for (const file of files) {
      for (const command of ["export", "inspect"]) {
        // Messages name the file: both runs see the same path.
        const before = run(baseline, [command, file]);
        const after = run(ROOT, [command, file]);
        if (before !== after) {
          differences++;
          process.stdout.write(`DIFFÉRENT  ${command} ${path.relative(ROOT, file)}\n`);
        }
      }
    }
    process.stdout.write(
      `${files.length} documents, ${files.length * 2} runs compared: ${differences} difference(s)\n`,
    );
    return differences === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
