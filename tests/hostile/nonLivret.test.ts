import { existsSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { nonLivretDocuments } from "../../scripts/fixtures/nonLivret/buildNonLivret";
import { fullData, makeTempDir, removeDir, runCli } from "../cli/cliHarness";

let dir: string;
let data: string;
const documents = nonLivretDocuments();
beforeAll(() => {
  dir = makeTempDir();
  data = path.join(dir, "data.json");
  writeFileSync(data, JSON.stringify(fullData()));
});
afterAll(() => {
  removeDir(dir);
});

const NO_LIVRET = /: aucun livret de suivi des PFMP trouvé\n$/;

/**
 * Documents that are not livrets (tables with merges and nesting, fields, images, tracked
 * changes, lists, sections, comments, footnotes, text boxes, content controls): every command
 * ends in a clean "aucun livret" (exit 3) or a result, never an internal error (exit 70).
 */
describe.each(Object.keys(documents))("%s", (name) => {
  let file: string;
  beforeAll(() => {
    file = path.join(dir, name);
    writeFileSync(file, documents[name]!);
  });

  it("inspect, export, check and fill end cleanly", async () => {
    const inspect = await runCli(["inspect", "--json", file]);
    expect([0, 3]).toContain(inspect.code);
    const found = inspect.code === 0;
    if (!found) expect(inspect.stderr).toMatch(NO_LIVRET);
    for (const command of ["export", "check"]) {
      const run = await runCli([command, file]);
      if (found) expect([0, 1]).toContain(run.code);
      else {
        expect(run.code).toBe(3);
        expect(run.stderr).toMatch(NO_LIVRET);
      }
    }
    const out = path.join(dir, `filled-${name}`);
    const fill = await runCli(["fill", file, "--data", data, "--out", out]);
    if (!found) {
      expect(fill.code).toBe(3);
      expect(fill.stderr).toMatch(NO_LIVRET);
    } else {
      // What the data asks for is not in such a document: a data error naming the key, or a fill.
      expect([0, 2]).toContain(fill.code);
      if (fill.code === 2) expect(fill.stderr).toMatch(/absent/);
    }
    expect(existsSync(out)).toBe(fill.code === 0);
  });
});

describe("the look-alike grid (level header over rows that are no competence)", () => {
  it("is read with positional keys, the X under A of PFMP 1, and fills by those keys", async () => {
    const file = path.join(dir, "look-alike.docx");
    writeFileSync(file, documents["look-alike-grid.docx"]!);
    const exported = await runCli(["export", file]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).periods).toEqual({ "1": { levels: { "?0.2": "A" } } });
    const positional = path.join(dir, "positional.json");
    writeFileSync(positional, JSON.stringify({ periods: { "2": { levels: { "?0.3": "E" } } } }));
    const out = path.join(dir, "look-alike-filled.docx");
    expect((await runCli(["fill", file, "--data", positional, "--out", out])).code).toBe(0);
    const after = JSON.parse((await runCli(["export", out])).stdout);
    expect(after.periods).toEqual({
      "1": { levels: { "?0.2": "A" } },
      "2": { levels: { "?0.3": "E" } },
    });
  });
});
