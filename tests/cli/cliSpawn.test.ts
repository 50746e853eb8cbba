import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { listDir, makeTempDir, removeDir, ROOT, sha256, TEMPLATE } from "./cliHarness";

const BIN = path.join(ROOT, "bin", "livret.js");
const CLASS3 = path.join(ROOT, "tests", "fixtures", "class-3.docx");
const BUILT_MAIN = path.join(ROOT, "lib", "cli", "main.js");
const SOURCES = ["cli", "domain", "docx", "services", "shared"].map((d) =>
  path.join(ROOT, "src", d),
);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  try {
    const built = statSync(BUILT_MAIN).mtimeMs;
    return SOURCES.some((dir) => newestSource(dir) > built);
  } catch {
    return true;
  }
}

function livret(args: readonly string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  // The bin runs the compiled command line (lib/), as `npx livret` does after `npm install`.
  if (isStale()) {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
  }
  dir = makeTempDir();
});
afterAll(() => {
  removeDir(dir);
});

describe("node bin/livret.js (the compiled command line)", () => {
  it("inspects, fills and exports the template in separate processes", () => {
    const inspect = livret(["inspect", TEMPLATE, "--json"]);
    expect(inspect.stderr).toBe("");
    expect(inspect.status).toBe(0);
    expect((JSON.parse(inspect.stdout) as { livrets: unknown[] }).livrets).toHaveLength(1);

    const data = {
      student: { lastName: "MARTIN", firstName: "Léa" },
      periods: {
        "1": {
          company: "Boulangerie Dupain",
          from: "2025-01-06",
          to: "2025-01-31",
          levels: { "1.1.1": "A", "AP.3": "E" },
        },
      },
    };
    const dataFile = path.join(dir, "data.json");
    writeFileSync(dataFile, JSON.stringify(data));
    const out = path.join(dir, "out.docx");
    const before = sha256(TEMPLATE);
    const fill = livret(["fill", TEMPLATE, "--data", dataFile, "--out", out]);
    expect(fill.stderr).toBe("");
    expect(fill.status).toBe(0);
    expect(sha256(TEMPLATE)).toBe(before);

    const exported = livret(["export", out]);
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject(data);
  });

  it("exits 3 with one line and no stack trace on a file that is not a .docx", () => {
    const bad = path.join(dir, "notes.docx");
    writeFileSync(bad, "pas un zip");
    writeFileSync(path.join(dir, "data.json"), "{}");
    const run = livret([
      "fill",
      bad,
      "--data",
      path.join(dir, "data.json"),
      "--out",
      path.join(dir, "bad-out.docx"),
    ]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(bad);
    expect(listDir(dir)).not.toContain("bad-out.docx");
  });

  it("exits 2 on a usage error", () => {
    const run = livret(["fill", TEMPLATE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^livret: /);
  });
});

describe("livret piped into a reader that stops early", () => {
  it("exits quietly when stdout is closed (EPIPE), without a stack trace", () => {
    const run = spawnSync(
      "bash",
      // More than a pipe buffer (64 KiB) of output, so the writer does meet the closed pipe.
      [
        "-c",
        `node "${BIN}" inspect --json "${CLASS3}" | head -c 1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(run.stderr).not.toContain("EPIPE");
    expect(run.stdout).toMatch(/status=0/);
  });
});
