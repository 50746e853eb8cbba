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
  /** A password-protected document (CFB-wrapped OOXML, or zip entries encrypted). */
  | "Encrypted"
  /** Over a size limit: input file, part, whole zip, ratio (zip bomb), entry count, data file. */
  | "TooLarge"
  /** A zip feature we do not read: compression method, multi-volume, duplicate or overlapping entries. */
  | "UnsupportedZip"
  /** An ISO/IEC 29500 Strict document. */
  | "StrictOoxml"
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
