import { isLivretError } from "../shared/livretError";
import type { LivretErrorCode } from "../shared/livretError";

/**
 * Exit codes of the command line (README "Command line"):
 * 0 ok, 1 `check` found errors, 2 usage or invalid data, 3 unreadable input or output,
 * 70 an internal error (a bug: EX_SOFTWARE of sysexits.h).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, unreadable: 3, internal: 70 } as const;

const USAGE_CODES: readonly LivretErrorCode[] = [
  "InvalidData",
  "UnknownKey",
  "OutputExists",
  "LivretNotFound",
];

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (!isLivretError(error)) return EXIT.internal;
  return USAGE_CODES.includes(error.code) ? EXIT.usage : EXIT.unreadable;
}

/**
 * The one line printed on stderr for a failure: `livret: <file>: <problem>`. Engine messages
 * already name the file; when one does not, the command's main file is put in front.
 */
export function errorLine(error: unknown, files: readonly string[]): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message =
    isLivretError(error) || error instanceof UsageError ? raw : `erreur interne : ${raw}`;
  const oneLine = message.replace(/\s*\r?\n\s*/g, " ").trim();
  const named = files.some((file) => file !== "" && oneLine.includes(file));
  const prefix = named || files.length === 0 ? "" : `${files[0]}: `;
  return `livret: ${prefix}${oneLine}\n`;
}

/** A usage error raised by the commands themselves (bad option value, wrong combination). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
