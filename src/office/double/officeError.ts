/**
 * Errors shaped like `OfficeExtension.Error` (office.js: `name` "RichApi.Error", `code`, `message`,
 * `debugInfo.errorLocation`), so that code catching Word's errors branches on `code` in the double
 * exactly as in Word. Codes are `Word.ErrorCodes` values (AccessDenied, GeneralException,
 * InvalidArgument, ItemNotFound, NotAllowed, NotImplemented) plus the generic client-side codes
 * `PropertyNotLoaded` and `ValueNotLoaded` (office.js resource strings, reference §8), `ApiNotFound`
 * (a member of a requirement set the host lacks) and the web-only payload codes (reference "Second
 * review" #5: the Word web client maps host codes 5103/5104 to them).
 */
export type OfficeErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "ItemNotFound"
  | "NotAllowed"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export interface OfficeErrorDebugInfo {
  readonly code: OfficeErrorCode;
  readonly message: string;
  /** e.g. "Table.getCell", "Paragraph.text" — the form Word reports (office-js #3858, #4251). */
  readonly errorLocation: string;
}

export class DoubleOfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeErrorDebugInfo;
  readonly traceMessages: readonly string[] = [];

  constructor(code: OfficeErrorCode, message: string, errorLocation: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** office.js's client-side message for reading a property that was not loaded. */
export function propertyNotLoaded(typeName: string, property: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the ` +
      `load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function valueNotLoaded(location: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, ` +
      `call "context.sync()" on the associated request context.`,
    location,
  );
}

export function itemNotFound(location: string): DoubleOfficeError {
  return new DoubleOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function generalException(location: string, detail: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "GeneralException",
    `An internal error has occurred. (${detail})`,
    location,
  );
}

export function apiNotFound(location: string, set: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "ApiNotFound",
    `The requested API is not available on this host (${set}).`,
    location,
  );
}

export function responseTooLarge(bytes: number, ceiling: number): DoubleOfficeError {
  return new DoubleOfficeError(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit (${bytes} > ${ceiling} bytes).`,
    "RequestContext.sync",
  );
}
