import { CATALOG } from "../../src/domain/catalog/referentiel";
import * as path from "node:path";
import { CLASS_3, LIBREOFFICE_COPY, ROOT, runCli, TEMPLATE } from "./cliHarness";

const LITERAL_BULLETS = path.join(ROOT, "tests", "fixtures", "livret-literal-bullets.docx");

interface InspectJson {
  readonly livrets: ReadonlyArray<{
    readonly grids: ReadonlyArray<{
      readonly year: string;
      readonly pfmp: readonly number[];
      readonly kind: string;
      readonly rows: ReadonlyArray<{ readonly key: string; readonly label: string }>;
    }>;
  }>;
  readonly warnings: readonly unknown[];
}

const ALL_KEYS = CATALOG.map((c) => c.key).sort();

async function inspectJson(file: string): Promise<InspectJson> {
  const run = await runCli(["inspect", file, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as InspectJson;
}

/** Every catalog key is found once per school year, with the PFMPs of that year. */
function expectWholeLivret(livret: InspectJson["livrets"][number]): void {
  for (const [year, pfmp] of [
    ["premiere", [1, 2]],
    ["terminale", [3, 4]],
  ] as const) {
    const grids = livret.grids.filter((grid) => grid.year === year);
    expect(grids.length).toBeGreaterThan(0);
    for (const grid of grids) expect(grid.pfmp).toEqual(pfmp);
    const keys = grids.flatMap((grid) => grid.rows.map((row) => row.key)).sort();
    expect(keys).toEqual(ALL_KEYS);
    const attitudes = grids.filter((grid) => grid.kind === "attitudes");
    expect(attitudes.flatMap((g) => g.rows.map((r) => r.key))).toEqual(
      CATALOG.filter((c) => c.blockId === "AP").map((c) => c.key),
    );
  }
}

describe.each([
  ["the template", TEMPLATE],
  ["the LibreOffice re-saved copy", LIBREOFFICE_COPY],
  ["a copy with bullets typed into the labels", LITERAL_BULLETS],
])("inspect and export on %s", (_name, file) => {
  it("inspect --json finds one livret with every competence of both years", async () => {
    const report = await inspectJson(file);
    expect(report.livrets).toHaveLength(1);
    expectWholeLivret(report.livrets[0]);
    const labels = report.livrets[0].grids.flatMap((g) => g.rows);
    const argumenter = labels.find((row) => row.key === "1.2.8");
    // The label as the document prints it (a typed "· " bullet stays in it; the key is matched).
    expect(argumenter?.label).toMatch(/^(· )?Argumenter$/);
  });

  it("inspect prints a French summary naming the years, PFMPs and key ranges", async () => {
    const run = await runCli(["inspect", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("1 livret trouvé");
    expect(run.stdout).toContain("Première — PFMP 1 et 2");
    expect(run.stdout).toContain("Terminale — PFMP 3 et 4");
    expect(run.stdout).toContain("1.2.1–1.2.14");
    expect(run.stdout).toContain("AP.1–AP.12");
  });

  it("export prints the data format of an empty livret, which the schema accepts", async () => {
    const run = await runCli(["export", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const data = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(data).not.toHaveProperty("livrets");
    expect(data).not.toHaveProperty("conflicts");
    const { validateData } = await import("../../src/services/validateData");
    expect(validateData(data, "export.json").kind).toBe("livret");
    // An empty template: no level is ticked anywhere.
    const periods = (data.periods ?? {}) as Record<string, { levels?: object }>;
    for (const period of Object.values(periods)) {
      expect(Object.keys(period.levels ?? {})).toEqual([]);
    }
  });
});

describe("a class file of three livrets", () => {
  it("inspect --json finds three whole livrets", async () => {
    const report = await inspectJson(CLASS_3);
    expect(report.livrets).toHaveLength(3);
    for (const livret of report.livrets) expectWholeLivret(livret);
  });

  it("inspect numbers the livrets", async () => {
    const run = await runCli(["inspect", CLASS_3]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("3 livrets trouvés");
    expect(run.stdout).toMatch(/Livret 3 — /);
  });

  it("export prints { livrets: [ … ] } with one entry per livret", async () => {
    const run = await runCli(["export", CLASS_3]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { livrets: unknown[] };
    expect(data.livrets).toHaveLength(3);
  });
});
