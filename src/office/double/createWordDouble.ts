import { readDocxPackage, writeDocxPackage } from "../../docx/docxPackage";
import type { WordLike, WordRequestContextLike } from "../wordLike";
import type { WordHost } from "../wordHost";
import { DoubleContext } from "./doubleContext";
import { DoubleDocument } from "./documentProxy";
import type { DoubleHost } from "./doubleContext";
import { DEFAULT_POLICY, supportsWordApi } from "./doublePolicy";
import type { DoublePolicy } from "./doublePolicy";
import { WordState } from "./wordState";

export interface WordDouble {
  /** Pass this where code expects the `Word` namespace (`new OfficeDocumentPort(double.Word)`). */
  readonly Word: WordLike;
  /** What `Office.context` says about the host: requirement sets, platform (from the policy). */
  readonly host: WordHost;
  /** Number of `context.sync()` calls (round trips) since creation or the last reset. */
  readonly syncCount: number;
  /** Largest response of one successful sync since creation or the last reset, in bytes. */
  readonly largestResponseBytes: number;
  resetSyncCount(): void;
  /** The document as a .docx, with every write applied so far. */
  toDocx(): Uint8Array;
  /**
   * Edits the document behind Word's back, as a user typing meanwhile would (tests of
   * DocumentChanged). Not a Word API: no sync is counted and proxies re-resolve afterwards.
   */
  editDocument(edit: (document: Document) => void): void;
}

/** `Word.InsertLocation` / `Word.ErrorCodes` values (string enums in @types/office-js). */
const INSERT_LOCATION = {
  before: "Before",
  after: "After",
  start: "Start",
  end: "End",
  replace: "Replace",
} as const;

const ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  searchDialogIsOpen: "SearchDialogIsOpen",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

function createContext(host: DoubleHost): WordRequestContextLike {
  const ctx = new DoubleContext(host);
  return Object.assign(ctx, { document: new DoubleDocument(ctx) });
}

/**
 * A Word API double over a .docx: the `Word` namespace subset our code uses (WordApi ≤ 1.3), with
 * Office.js proxy semantics — loads and writes queued and applied in order at `sync()`, values
 * readable only after load + sync (`PropertyNotLoaded` otherwise), `ItemNotFound` failing the whole
 * batch — backed by the .docx engine (`src/docx/`), so what it reads and writes is what the
 * command line reads and writes. Where Word's behaviour is undocumented, see `DoublePolicy`.
 */
export function createWordDouble(
  docx: Uint8Array,
  options?: { readonly policy?: Partial<DoublePolicy>; readonly fileName?: string },
): WordDouble {
  const policy = { ...DEFAULT_POLICY, ...options?.policy };
  const state = new WordState(readDocxPackage(docx, options?.fileName ?? "document.docx"), policy);
  let syncs = 0;
  let responsesFrom = 0;
  const host: DoubleHost = {
    state,
    countSync: () => {
      syncs += 1;
    },
  };
  const Word: WordLike = {
    InsertLocation: INSERT_LOCATION,
    ErrorCodes: ERROR_CODES,
    async run<T>(batch: (context: WordRequestContextLike) => Promise<T>): Promise<T> {
      const context = createContext(host);
      const result = await batch(context);
      // "run functions call sync() implicitly before they resolve" when work is still queued.
      if ((context as unknown as DoubleContext).pending > 0) await context.sync();
      return result;
    },
  };
  return {
    Word,
    host: {
      platform: policy.platform,
      isSetSupported: (name, version) => name === "WordApi" && supportsWordApi(policy, version),
    },
    get syncCount() {
      return syncs;
    },
    get largestResponseBytes() {
      return Math.max(0, ...state.responses.slice(responsesFrom));
    },
    resetSyncCount() {
      syncs = 0;
      responsesFrom = state.responses.length;
    },
    toDocx() {
      return writeDocxPackage(state.pkg);
    },
    editDocument(edit) {
      state.externalEdit(edit);
    },
  };
}
