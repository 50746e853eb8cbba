import * as path from "node:path";
import { checkDocument } from "../../services/checkDocument";
import { openDocument } from "../../services/livretEngine";
import { renderReport } from "../../services/report/renderReport";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import type { CliIo } from "../io";
import { validateWeeks } from "./check";

export interface ReportArgs {
  readonly file: string;
  readonly out: string;
  readonly force: boolean;
  /** Weeks required over the cycle, for the findings shown in the report (default 22). */
  readonly weeks?: number;
}

export type ReportIo = Pick<
  CliIo,
  "readFile" | "stdout" | "stderr" | "writeFileAtomic" | "resolve"
>;

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
  try {
    const weeks = args.weeks ?? 22;
    validateWeeks(weeks);
    if (io.resolve(args.out) === io.resolve(args.file)) {
      throw new UsageError(`${args.out} : le rapport ne peut pas remplacer le document lu.`);
    }
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
    io.stderr(errorLine(error, [args.file]));
    return exitCodeFor(error);
  }
}
