import { createWordDouble, type WordDouble } from "../../src/office/double";
import { OfficeDocumentPort } from "../../src/office/officeDocumentPort";

export interface TestDocument {
  readonly port: OfficeDocumentPort;
  readonly double: WordDouble;
  /** The document as it is now, with every write the pane made. */
  docx(): Uint8Array;
}

/** The pane's real Office.js code path, on the Word API double over a real .docx. */
export function makePort(bytes: Uint8Array): TestDocument {
  const double = createWordDouble(bytes);
  return { port: new OfficeDocumentPort(double.Word), double, docx: () => double.toDocx() };
}
