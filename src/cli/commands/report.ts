import * as path from "node:path";
import { checkDocument } from "../../services/checkDocument";
import { openDocument } from "../../services/livretEngine";
import { renderReport } from "../../services/report/renderReport";
import type { ReportLivret } from "../../services/report/renderReport";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import type { CliIo } from "../io";
import { checkFiles } from "../checkFiles";
import { expandInputs } from "../inputFiles";
import { validateWeeks } from "./check";

export interface ReportArgs {
  readonly file: string;
  /** Several files or folders: one report for the class; `file` alone when absent. */
  readonly files?: readonly string[];
  readonly out: string;
  readonly force: boolean;
  /** Weeks required over the cycle, for the findings shown in the report (default 22). */
  readonly weeks?: number;
}

export type ReportIo = Pick<
  CliIo,
  "readFile" | "stdout" | "stderr" | "writeFileAtomic" | "resolve"
> &
  Partial<Pick<CliIo, "readDir">>;

/**
 * `livret report FILE.docx --out report.html [--force] [--weeks 20|22]`: a standalone, printable
 * HTML report, one section per pupil. Never overwrites without --force (nor the input, ever);
 * the file is written atomically, so a failure leaves nothing behind. Exit codes as `check`
 * but a written report is 0 whatever its findings: it is a picture, not a gate.
 */
export async function runReport(
  args: ReportArgs,
  io: ReportIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  let files: readonly string[] = [args.file];
  try {
    const weeks = args.weeks ?? 22;
    validateWeeks(weeks);
    const inputs = args.files ?? [args.file];
    files = io.readDir === undefined ? inputs : await expandInputs(inputs, { readDir: io.readDir });
    if (files.some((f) => io.resolve(args.out) === io.resolve(f))) {
      throw new UsageError(`${args.out} : le rapport ne peut pas remplacer le document lu.`);
    }
    if (files.length > 1) return await reportFiles(files, { ...args, weeks }, io, now);
    const bytes = await io.readFile(args.file);
    const doc = openDocument(bytes, args.file);
    const result = checkDocument(doc, { requiredWeeks: weeks });
    const html = renderReport({
      fileName: path.basename(args.file),
      livrets: result.livrets,
      generatedAt: now(),
    });
    await io.writeFileAtomic(args.out, html, { overwrite: args.force });
    const n = result.livrets.length;
    io.stdout(`${args.out} : rapport écrit (${n} livret${n > 1 ? "s" : ""}).\n`);
    return EXIT.ok;
  } catch (error) {
    io.stderr(errorLine(error, files));
    return exitCodeFor(error);
  }
}

/**
 * One report for several documents (a class folder): the class view, then every pupil of every
 * file, numbered in order, each section naming its file. Any unreadable file stops the report
 * before anything is written: a class report with a pupil missing would mislead.
 */
async function reportFiles(
  files: readonly string[],
  args: ReportArgs & { readonly weeks: number },
  io: ReportIo,
  now: () => Date,
): Promise<number> {
  const checks = await checkFiles(files, io, args.weeks);
  const failed = checks.find((c) => c.kind === "error");
  if (failed !== undefined && failed.kind === "error") {
    io.stderr(failed.line);
    return failed.exitCode;
  }
  const livrets: ReportLivret[] = [];
  for (const c of checks) {
    if (c.kind !== "ok") continue;
    for (const l of c.result.livrets) {
      livrets.push({ ...l, number: livrets.length + 1, source: path.basename(c.file) });
    }
  }
  const html = renderReport({
    fileName: `${files.length} fichiers`,
    livrets,
    generatedAt: now(),
  });
  await io.writeFileAtomic(args.out, html, { overwrite: args.force });
  const n = livrets.length;
  io.stdout(
    `${args.out} : rapport écrit (${files.length} fichiers, ${n} livret${n > 1 ? "s" : ""}).\n`,
  );
  return EXIT.ok;
}
