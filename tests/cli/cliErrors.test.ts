import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { listDir, makeTempDir, minimalDocx, removeDir, runCli, TEMPLATE } from "./cliHarness";

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

function put(name: string, content: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const GOOD_DATA = { periods: { "1": { levels: { "1.1.1": "A" } } } };

/** The inputs every command must refuse, with the words the message must hold. */
const BAD_DOCUMENTS: ReadonlyArray<readonly [string, () => Uint8Array | string, RegExp]> = [
  ["a text file renamed .docx", () => "Ceci n'est pas un document Word.\n", /zip/i],
  ["a zip without word/document.xml", () => zipSync({ "hello.txt": strToU8("bonjour") }), /Word/i],
  [
    "a .docx cut in half",
    () => {
      const bytes = readFileSync(TEMPLATE);
      return new Uint8Array(bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    /tronqu|truncat|incompl/i,
  ],
  ["a valid .docx with no livret", () => minimalDocx("Compte rendu de réunion"), /livret/i],
];

/** One line on stderr naming the file, nothing on stdout, nothing written. */
function expectOneErrorLine(stderr: string, file: string, words: RegExp): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr.startsWith("livret: ")).toBe(true);
  expect(stderr).toContain(file);
  expect(stderr).toMatch(words);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe.each(BAD_DOCUMENTS)("%s", (_name, content, words) => {
  it.each([["inspect"], ["export"]])("%s fails with exit code 3 and one line", async (command) => {
    const file = put("bad.docx", content());
    const run = await runCli([command, file]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expectOneErrorLine(run.stderr, file, words);
  });

  it("fill fails with exit code 3 and leaves no output file", async () => {
    const file = put("bad.docx", content());
    const data = put("data.json", JSON.stringify(GOOD_DATA));
    const out = path.join(dir, "out.docx");
    const run = await runCli(["fill", file, "--data", data, "--out", out]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expectOneErrorLine(run.stderr, file, words);
    expect(listDir(dir)).toEqual(["bad.docx", "data.json"]);
  });
});

describe("bad data files", () => {
  async function fillWith(
    dataText: string,
  ): Promise<{ code: number; stderr: string; data: string }> {
    const data = put("data.json", dataText);
    const run = await runCli([
      "fill",
      TEMPLATE,
      "--data",
      data,
      "--out",
      path.join(dir, "out.docx"),
    ]);
    expect(run.stdout).toBe("");
    expect(listDir(dir)).toEqual(["data.json"]);
    return { code: run.code, stderr: run.stderr, data };
  }

  it("invalid JSON: exit code 2, the data file and the place of the fault", async () => {
    const { code, stderr, data } = await fillWith(
      '{ "periods": { "1": { "levels": { "1.1.1": "A", } } } }',
    );
    expect(code).toBe(2);
    expectOneErrorLine(stderr, data, /JSON invalide \(ligne 1, colonne \d+\)/);
  });

  it("a wrong level: exit code 2 and the JSON path of the fault", async () => {
    const { code, stderr, data } = await fillWith(
      JSON.stringify({ periods: { "1": { levels: { "1.1.1": "Z" } } } }),
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `livret: ${data}: /periods/1/levels/1.1.1: niveau « Z » inconnu (attendu : NE, N, D, A ou E)\n`,
    );
  });

  it("an unknown key: exit code 2, the key and its path", async () => {
    const { code, stderr, data } = await fillWith(
      JSON.stringify({ periods: { "2": { levels: { "9.9.9": "A" } } } }),
    );
    expect(code).toBe(2);
    expectOneErrorLine(stderr, data, /\/periods\/2\/levels\/9\.9\.9: clé inconnue « 9\.9\.9 »/);
  });

  it("a positional key the document does not have: exit code 2, the key named", async () => {
    const { code, stderr } = await fillWith(
      JSON.stringify({ periods: { "1": { levels: { "?999.1": "A" } } } }),
    );
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("?999.1");
  });

  it("a date that does not exist: exit code 2 and its path", async () => {
    const { code, stderr } = await fillWith(
      JSON.stringify({ periods: { "3": { to: "2025-02-30" } } }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain("/periods/3/to: date « 2025-02-30 » invalide");
  });
});

describe("missing files and usage", () => {
  it("a missing document: exit code 3, the file named", async () => {
    const file = path.join(dir, "absent.docx");
    const run = await runCli(["export", file]);
    expect(run.code).toBe(3);
    expectOneErrorLine(run.stderr, file, /introuvable/);
  });

  it("a missing data file: exit code 3, the file named, no output", async () => {
    const data = path.join(dir, "absent.json");
    const run = await runCli(["fill", TEMPLATE, "--data", data, "--out", path.join(dir, "o.docx")]);
    expect(run.code).toBe(3);
    expectOneErrorLine(run.stderr, data, /introuvable/);
    expect(listDir(dir)).toEqual([]);
  });

  it("an output in a folder that does not exist: exit code 3, nothing left behind", async () => {
    const data = put("d.json", JSON.stringify(GOOD_DATA));
    const out = path.join(dir, "nowhere", "o.docx");
    const run = await runCli(["fill", TEMPLATE, "--data", data, "--out", out]);
    expect(run.code).toBe(3);
    expectOneErrorLine(run.stderr, out, /introuvable/);
    expect(listDir(dir)).toEqual(["d.json"]);
  });

  it("a failed write (--force onto a folder) leaves no temporary file and the folder as it was", async () => {
    const data = put("d.json", JSON.stringify(GOOD_DATA));
    const out = path.join(dir, "out.docx");
    mkdirSync(out);
    put(path.join("out.docx", "inside.txt"), "garder");
    const run = await runCli(["fill", TEMPLATE, "--data", data, "--out", out, "--force"]);
    expect(run.code).toBe(3);
    expectOneErrorLine(run.stderr, out, /écriture impossible/);
    expect(listDir(dir)).toEqual(["d.json", "out.docx"]);
    expect(listDir(out)).toEqual(["inside.txt"]);
  });

  it.each([
    [["fill", "x.docx", "--out", "o.docx"], /--data/],
    [["inspect"], /file/],
    [["frobnicate", "x.docx"], /frobnicate/],
    [["fill", "x.docx", "--data", "d.json", "--out", "o.docx", "--livret", "zéro"], /--livret/],
    [["inspect", "x.docx", "--jsn"], /--jsn/],
  ])("%j is a usage error (exit code 2, one line)", async (argv, words) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(words);
  });

  it("--help prints the commands and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("inspect");
    expect(run.stdout).toContain("fill");
  });
});
