/**
 * Every failure the engine, the CLI or the pane can explain to a user carries one of these codes.
 * Branch on `code`, never on `message` (the message is French or English prose for humans).
 */
export type LivretErrorCode =
  | "NotAZip"
  | "NotAWordDocument"
  | "TruncatedFile"
  | "MalformedXml"
  | "NoLivretFound"
  | "InvalidData"
  | "UnknownKey"
  | "LivretNotFound"
  | "UncertainTarget"
  | "DocumentChanged"
  | "OutputExists"
  | "IoError"
  | "OfficeError"
  | "OfficeNotReady"
  | "PartialSave"
  | "CheckboxUnsupported";

export class LivretError extends Error {
  readonly code: LivretErrorCode;
  /** JSON path of the fault in the data (InvalidData, UnknownKey), when there is one. */
  readonly path?: string;

  constructor(
    code: LivretErrorCode,
    message: string,
    options?: { path?: string; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LivretError";
    this.code = code;
    this.path = options?.path;
  }
}

export function isLivretError(error: unknown): error is LivretError {
  return error instanceof LivretError;
}
