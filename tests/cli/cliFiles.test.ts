import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { makeTempDir, removeDir, runCli, sha256, TEMPLATE } from "./cliHarness";

let dir: string;
let data: string;
let fifo: string;
beforeAll(() => {
  dir = makeTempDir();
  data = path.join(dir, "data.json");
  writeFileSync(data, JSON.stringify({ student: { lastName: "MARTIN", firstName: "Léa" } }));
  fifo = path.join(dir, "pipe");
  execFileSync("mkfifo", [fifo]);
});
afterAll(() => {
  removeDir(dir);
});

const fill = (input: string, out: string, extra: readonly string[] = [], dataFile = data) =>
  runCli(["fill", input, "--data", dataFile, "--out", out, ...extra]);

describe("--out must be a regular file or a new one in an existing folder", () => {
  it.each([
    ["/dev/null", /périphérique/],
    ["/dev/full", /périphérique/],
    ["<dir>", /dossier/],
    ["<fifo>", /tube \(FIFO\)/],
    ["<missing>/out.docx", /n'existe pas/],
  ])("%s is refused before any work, with --force too", async (target, message) => {
    const out = target
      .replace("<dir>", dir)
      .replace("<fifo>", path.join(dir, "pipe"))
      .replace("<missing>", path.join(dir, "nope"));
    for (const extra of [[], ["--force"]]) {
      const run = await fill(TEMPLATE, out, extra);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(out);
    }
  });

  it("report --out refuses a device too", async () => {
    const run = await runCli(["report", TEMPLATE, "--out", "/dev/null", "--force"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/périphérique/);
  });

  it("an output replaced with --force keeps its permissions", async () => {
    const out = path.join(dir, "kept.docx");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    const run = await fill(TEMPLATE, out, ["--force"]);
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(sha256(out)).not.toBe(sha256(TEMPLATE));
  });
});

describe("inputs must be regular files, read within a size cap", () => {
  it.each([
    ["/dev/zero", /périphérique/],
    ["-", /entrée standard/],
    ["<fifo>", /tube \(FIFO\)/],
    ["<dir>", /dossier/],
  ])("document %s is refused (and a FIFO never blocks)", async (target, message) => {
    const file = target.replace("<fifo>", fifo).replace("<dir>", dir);
    // export and check read the .docx files of a folder (issue 11); inspect takes one file.
    const commands = target === "<dir>" ? ["inspect"] : ["inspect", "export", "check"];
    for (const command of commands) {
      const run = await runCli([command, file]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(message);
    }
  });

  it.each([
    ["/dev/zero", /périphérique/],
    ["<fifo>", /tube \(FIFO\)/],
  ])("data file %s is refused", async (target, message) => {
    const file = target.replace("<fifo>", fifo);
    const run = await fill(TEMPLATE, path.join(dir, "x.docx"), [], file);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(file);
  });

  it("a document over 100 MB is refused from its size alone", async () => {
    const big = path.join(dir, "big.docx");
    copyFileSync(TEMPLATE, big);
    truncateSync(big, 101 * 1024 * 1024);
    const run = await runCli(["inspect", big]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/big\.docx: fichier trop grand \(101 Mo ; au plus 100 Mo\)/);
  });

  it("a data file over 16 MB is refused, naming the data file", async () => {
    const big = path.join(dir, "big.json");
    writeFileSync(big, "{}");
    truncateSync(big, 17 * 1024 * 1024);
    const run = await fill(TEMPLATE, path.join(dir, "y.docx"), [], big);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/big\.json: fichier trop grand/);
  });
});

describe("data that cannot go into a document", () => {
  async function fillWith(json: string): Promise<{ code: number; stderr: string; out: string }> {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, json);
    const out = path.join(dir, "bad-out.docx");
    const run = await fill(TEMPLATE, out, [], file);
    return { ...run, out };
  }

  it.each([
    ['{"student":{"lastName":"A\\u0007B"}}', "/student/lastName", "U+0007"],
    ['{"student":{"firstName":"\\u0000"}}', "/student/firstName", "U+0000"],
    ['{"periods":{"1":{"company":"X\\uFFFF"}}}', "/periods/1/company", "U+FFFF"],
    ['{"periods":{"1":{"tutor":"\\udc00"}}}', "/periods/1/tutor", "U+DC00"],
  ])("%s is refused with its JSON path", async (json, pointer, char) => {
    const run = await fillWith(json);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`bad.json: ${pointer}: caractère ${char}`);
  });

  it("daysToRecover must be a whole number from 0 to 100", async () => {
    expect((await fillWith('{"daysToRecover":{"premiere":101}}')).stderr).toMatch(/au plus 100/);
    expect((await fillWith('{"daysToRecover":{"premiere":2.5}}')).stderr).toMatch(/entier/);
  });

  it("deeply nested JSON is a clear data error, never a stack overflow", async () => {
    for (const json of [
      "[".repeat(200_000) + "]".repeat(200_000),
      `{"student":${'{"a":'.repeat(50_000)}1${"}".repeat(50_001)}`,
    ]) {
      const run = await fillWith(json);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/bad\.json: JSON trop imbriqué/);
    }
  });

  it("CR and CRLF are line breaks like LF", async () => {
    const out = path.join(dir, "crlf.docx");
    const file = path.join(dir, "crlf.json");
    const obs = (text: string) => JSON.stringify({ periods: { "1": { observations: text } } });
    writeFileSync(file, obs("ligne 1\r\nligne 2\rligne 3"));
    expect((await fill(TEMPLATE, out, [], file)).code).toBe(0);
    const lf = path.join(dir, "lf.docx");
    writeFileSync(file, obs("ligne 1\nligne 2\nligne 3"));
    expect((await fill(TEMPLATE, lf, [], file)).code).toBe(0);
    expect(sha256(out)).toBe(sha256(lf));
    const exported = JSON.parse((await runCli(["export", out])).stdout);
    expect(exported.periods["1"].observations).toBe("ligne 1\nligne 2\nligne 3");
  });

  it.each(["\u200b", "\u0007", " \u00a0", "\u202e", "XXXXXXXXX"])(
    "--mark %j is refused",
    async (mark) => {
      const run = await fill(TEMPLATE, path.join(dir, "m.docx"), ["--mark", mark]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--mark/);
    },
  );

  it("the output folder is checked even when it is a file", async () => {
    const notDir = path.join(dir, "plain");
    writeFileSync(notDir, "x");
    mkdirSync(path.join(dir, "sub"), { recursive: true });
    const run = await fill(TEMPLATE, path.join(notDir, "out.docx"));
    expect(run.code).toBe(3);
  });
});
