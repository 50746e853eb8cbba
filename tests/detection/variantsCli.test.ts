import { existsSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { makeTempDir, ROOT, runCli } from "../cli/cliHarness";

const variantFile = (name: string) =>
  path.join(ROOT, "tests", "fixtures", "variants", `${name}.docx`);

describe("the command line on hand-made variants", () => {
  it("export and check report unclear marks on stderr; export keeps the data format", async () => {
    const file = variantFile("unclear-marks");
    const exported = await runCli(["export", file]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({ periods: { "1": { levels: { "1.2.2": "A" } } } });
    expect(exported.stderr.match(/marque peu claire/g)).toHaveLength(4);
    const checked = await runCli(["check", file, "--json"]);
    expect(checked.stderr).toContain("« ? »");
  });

  it("inspect names the table a split grid continues", async () => {
    const run = await runCli(["inspect", variantFile("split-grid")]);
    expect(run.stdout).toContain("tableau 4, suite du tableau 3");
    expect(run.stdout).toMatch(/^.*: 1 livret trouvé$/m);
  });

  it("fill refuses a misaligned row, names it, and writes nothing", async () => {
    const dir = makeTempDir();
    try {
      const data = path.join(dir, "data.json");
      const out = path.join(dir, "out.docx");
      writeFileSync(
        data,
        JSON.stringify({ periods: { "1": { levels: { "1.1.2": "A", "1.1.1": "E" } } } }),
      );
      const run = await runCli([
        "fill",
        variantFile("misaligned-rows"),
        "--data",
        data,
        "--out",
        out,
      ]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain("periods.1.levels.1.1.2");
      expect(run.stderr).toContain("tableau 3, ligne 5 (1.1.2)");
      expect(existsSync(out)).toBe(false);
      const invisible = await runCli([
        "fill",
        variantFile("checkbox-content-controls"),
        "--data",
        data,
        "--out",
        out,
        "--mark",
        "\u200b",
      ]);
      expect(invisible.code).toBe(2);
      expect(invisible.stderr).toContain("la marque doit être visible");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
