import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import { checkFiles } from "../checkFiles";
import { expandInputs } from "../inputFiles";
import type { CliIo } from "../io";
import { validateWeeks } from "./check";

export interface SummaryArgs {
  readonly files: readonly string[];
  /** recap.xlsx or recap.csv: the extension chooses the format. */
  readonly out: string;
  readonly force: boolean;
  readonly weeks?: number;
}

/**
 * `livret summary FILES… --out recap.xlsx|recap.csv [--force]`: the school office's figures, one
 * row per pupil and PFMP plus the cycle totals. All or nothing: an unreadable file stops the
 * command before anything is written (the figures feed the allowance declaration).
 */
export async function runSummary(args: SummaryArgs, io: CliIo): Promise<number> {
  let files: readonly string[] = args.files;
  try {
    const weeks = args.weeks ?? 22;
    validateWeeks(weeks);
    const format = /\.xlsx$/i.test(args.out) ? "xlsx" : /\.csv$/i.test(args.out) ? "csv" : null;
    if (format === null) {
      throw new UsageError(`${args.out} : --out doit se terminer par .xlsx ou .csv`);
    }
    files = await expandInputs(args.files, io);
    if (files.some((f) => io.resolve(f) === io.resolve(args.out))) {
      throw new UsageError(`${args.out} : la sortie ne peut pas remplacer un document lu.`);
    }
    const checks = await checkFiles(files, io, weeks);
    const failed = checks.find((c) => c.kind === "error");
    if (failed !== undefined && failed.kind === "error") {
      io.stderr(failed.line);
      return failed.exitCode;
    }
    const { summaryRows } = await import("../../services/summary/summaryRows");
    const rows = summaryRows(
      checks.flatMap((c) => (c.kind === "ok" ? [{ file: c.file, livrets: c.result.livrets }] : [])),
    );
    let content: Uint8Array | string;
    if (format === "csv") {
      const { summaryCsv } = await import("../../services/summary/summaryCsv");
      content = summaryCsv(rows);
    } else {
      // exceljs is loaded only when an .xlsx is asked for.
      const { summaryXlsx } = await import("../../services/summary/summaryXlsx");
      content = await summaryXlsx(rows);
    }
    await io.writeFileAtomic(args.out, content, { overwrite: args.force });
    const pupils = rows.filter((r) => r.kind === "total").length;
    io.stdout(`${args.out} : récapitulatif écrit (${pupils} élève${pupils > 1 ? "s" : ""}).\n`);
    return EXIT.ok;
  } catch (error) {
    io.stderr(errorLine(error, files));
    return exitCodeFor(error);
  }
}
