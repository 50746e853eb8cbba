/**
 * `npm run fuzz [-- --seconds N] [--seed S] [--case I] [--jobs J]`: mutates the template and the
 * fixtures and runs them through the compiled `livret` (README "Fuzzing"). Prints the seed; a
 * failure is saved with its input under fuzz-failures/seed-S/case-I/ and replays alone with
 * `--seed S --case I`. Exit code 1 when anything failed.
 */
import * as path from "node:path";
import { ROOT, runFuzz } from "./runFuzz";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function run(): Promise<void> {
  const seed = Number(option("seed") ?? Math.floor(Math.random() * 2 ** 31));
  const only = option("case");
  const seconds = Number(option("seconds") ?? 180);
  const jobs = Number(option("jobs") ?? 2);
  const failuresDir = path.resolve(option("failures") ?? path.join(ROOT, "fuzz-failures"));
  process.stdout.write(
    `fuzz: seed ${seed}, ${only === undefined ? `${seconds} s, ${jobs} job(s)` : `case ${only}`}\n`,
  );
  const summary = await runFuzz({
    seconds,
    seed,
    only: only === undefined ? undefined : Number(only),
    jobs,
    failuresDir,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (summary.failures.length > 0) {
    process.stdout.write(
      `fuzz: ${summary.failures.length} failure(s), saved under ${failuresDir}/seed-${seed}/\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(
      `fuzz: ${summary.cases} case(s), ${summary.runs} run(s), no failure (seed ${seed})\n`,
    );
  }
}

run().catch((error: unknown) => {
  process.stderr.write(
    `fuzz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
