import * as path from "node:path";
import { ROOT, runFuzz } from "../../scripts/fuzz/runFuzz";

/**
 * A short fuzz run (20 s) in the suite: the same harness as `npm run fuzz`, on the compiled
 * command line. FUZZ_SEED replays a seed; failures are saved under test-artifacts/fuzz-failures/.
 */
describe("fuzz (short run)", () => {
  it("no mutated document crashes, hangs, touches its input or writes a bad output", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const lines: string[] = [];
    const summary = await runFuzz({
      seconds: 20,
      seed,
      jobs: 1,
      failuresDir: path.join(ROOT, "test-artifacts", "fuzz-failures"),
      log: (line) => lines.push(line),
    });
    expect(summary.cases).toBeGreaterThan(0);
    expect(summary.runs).toBeGreaterThanOrEqual(summary.cases * 2);
    // The seed is in the message, so a failure can be replayed: npm run fuzz -- --seed S
    expect({ seed, failures: summary.failures }).toEqual({ seed, failures: [] });
  });
});
