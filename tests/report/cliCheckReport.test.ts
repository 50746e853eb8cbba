import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { Finding } from "../../src/domain/rules/finding";
import { CLASS_3, TEMPLATE, capturingIo } from "./reportTestKit";

/** `livret check` and `livret report` through the real command line (commander), in-process. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "livret-cli-check-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("livret check --json --weeks 20 on a class file: findings for every livret, exit 1", async () => {
  const io = capturingIo();
  const code = await main(["check", CLASS_3, "--json", "--weeks", "20"], io);
  expect(code).toBe(1);
  const { findings } = JSON.parse(io.out()) as { findings: Finding[] };
  expect([...new Set(findings.map((f) => f.where.livret))]).toEqual([0, 1, 2]);
  expect(findings.find((f) => f.rule === "cycle-total-weeks")?.message).toContain("sur 20 exigées");
});

it("livret check rejects a --weeks that is not a number", async () => {
  const io = capturingIo();
  expect(await main(["check", TEMPLATE, "--weeks", "vingt"], io)).toBe(2);
  expect(io.err()).toContain("--weeks");
});

it("livret report --out writes a report and refuses to overwrite it", async () => {
  const out = path.join(dir, "classe.html");
  expect(await main(["report", CLASS_3, "--out", out], capturingIo())).toBe(0);
  expect(readFileSync(out, "utf8").match(/<section class="pupil"/g)).toHaveLength(3);
  const io = capturingIo();
  expect(await main(["report", CLASS_3, "--out", out], io)).toBe(2);
  expect(io.err()).toMatch(/^livret: .*classe\.html.*--force/);
});
