import { findBody, indexBody } from "../docx/bodyIndex";
import { parseDocumentXml } from "../docx/buildDocModel";
import { W, W_NS, XML_NS, isW } from "../docx/wml";
import { LivretError } from "../shared/livretError";
import { mainDocumentFromFlatOpc, mainPartOf } from "./flatOpc";
import { officeCode } from "./mapOfficeError";
import type { BodyLike, ClientResultLike, ParagraphLike, WordRequestContextLike } from "./wordLike";

/**
 * Reading a document in slices, for Word on the web's payload limits (reference "Second review"
 * #5: `ResponsePayloadSizeLimitExceeded`; a 30-pupil class file is ~13 MB of OOXML) and for bodies
 * whose `getOoxml()` fails (#6059: some grouped shapes): each top-level table's OOXML, grouped
 * into syncs that stay under a response budget, plus the paragraphs' text. The number of syncs
 * grows with the document's size, never with the number of writes.
 */

/** Codes after which the whole body is read again in slices. */
export const SLICE_CODES: ReadonlySet<string> = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
]);

export function isCeilingError(error: unknown): boolean {
  const code = officeCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

function missing(what: string): LivretError {
  return new LivretError(
    "OfficeError",
    `Word a renvoyé un OOXML sans l'élément w:${what} attendu.`,
  );
}

/**
 * The first `w:tbl` (the table a slice was read for) or `w:p` (a paragraph read back after a
 * write) of a `getOoxml()` package. Outermost first in document order; Mac may wrap a fragment
 * differently (#6751): looked up anywhere in the main part.
 */
export function fromFlatOpc(flatOpc: string, what: "tbl" | "p"): Element {
  const el = mainDocumentFromFlatOpc(flatOpc).getElementsByTagNameNS(W_NS, what).item(0);
  if (el === null) throw missing(what);
  return el;
}

export interface SliceOptions {
  /** Response budget per sync, below the host's ceiling (default 3 MB under Word's ~4 MB). */
  readonly budgetBytes: number;
}

export interface SliceResult {
  /** OOXML per requested item; null when the item could not be read on its own (GeneralException). */
  readonly xml: ReadonlyMap<number, string | null>;
  readonly syncs: number;
}

/**
 * Reads `items` (keys) by groups, one sync per group: `queue(key)` queues the item's read on the
 * context. Group sizes come from `estimate(key)` (bytes) when known, else from the largest item
 * seen so far; a group that exceeds the host's ceiling is halved and retried; a single item that
 * still fails with GeneralException is reported as null (one bad shape must not make the other
 * tables unreadable), one that exceeds the ceiling alone is an error.
 */
export async function readInSlices(
  context: WordRequestContextLike,
  items: readonly number[],
  queue: (key: number) => ClientResultLike<string>,
  options: SliceOptions & {
    readonly estimate?: (key: number) => number | null;
    /**
     * A size hint per item (its paragraph count) when no estimate is known: sizes are then
     * predicted from the largest bytes-per-weight seen, so that a small first table does not
     * make the next group too large.
     */
    readonly weight?: (key: number) => number;
    /**
     * Queues what must travel with the first sync (proofs, writes); called again before a retry
     * of that first sync, since a failed batch takes its queue with it.
     */
    readonly withFirst?: () => void;
    /** Called after a failed sync: proxies queued in it must not be reused. */
    readonly afterFailure?: () => void;
    /** Load only: a table whose read fails with GeneralException alone is reported as null. */
    readonly tolerateUnreadable?: boolean;
  },
): Promise<SliceResult> {
  const xml = new Map<number, string | null>();
  let syncs = 0;
  let largest = 0;
  let ratio = 0; // largest bytes per unit of weight seen
  const sizeOf = (key: number): number | null => {
    const known = options.estimate?.(key) ?? null;
    if (known !== null) return known;
    if (options.weight !== undefined)
      return ratio > 0 ? ratio * Math.max(1, options.weight(key)) : null;
    return largest > 0 ? largest : null;
  };
  let i = 0;
  let cap = Number.POSITIVE_INFINITY; // group length allowed after a ceiling failure
  let firstPending = options.withFirst !== undefined;
  if (items.length === 0 && firstPending) {
    options.withFirst!();
    await context.sync();
    return { xml, syncs: 1 };
  }
  while (i < items.length) {
    const group: number[] = [];
    let bytes = 0;
    while (i + group.length < items.length && group.length < cap) {
      const key = items[i + group.length]!;
      const size = sizeOf(key);
      if (group.length > 0 && (size === null || bytes + size > options.budgetBytes)) break;
      group.push(key);
      bytes += size ?? 0;
      if (size === null) break; // nothing known yet: measure one item first
    }
    if (firstPending) options.withFirst!();
    const results = group.map((key) => queue(key));
    try {
      syncs += 1;
      await context.sync();
      firstPending = false;
    } catch (error) {
      options.afterFailure?.();
      const unreadable =
        options.tolerateUnreadable === true && officeCode(error) === "GeneralException";
      if (group.length > 1 && (isCeilingError(error) || unreadable)) {
        cap = Math.ceil(group.length / 2);
        continue;
      }
      if (group.length === 1 && unreadable) {
        xml.set(group[0]!, null);
        i += 1;
        cap = Number.POSITIVE_INFINITY;
        continue;
      }
      if (isCeilingError(error)) {
        throw new LivretError(
          "OfficeError",
          "Un tableau du document est trop volumineux pour que Word sur le web l'envoie : ouvrez " +
            "le document dans Word pour Windows ou Mac.",
          { cause: error },
        );
      }
      throw error;
    }
    group.forEach((key, k) => {
      const value = results[k]!.value;
      largest = Math.max(largest, value.length);
      if (options.weight !== undefined) {
        ratio = Math.max(ratio, value.length / Math.max(1, options.weight(key)));
      }
      xml.set(key, value);
    });
    i += group.length;
    cap = Number.POSITIVE_INFINITY;
  }
  return { xml, syncs };
}

/** What `body.paragraphs` said: text and table nesting level of each paragraph, in order. */
export interface WordParagraphInfo {
  readonly text: string;
  readonly tableNestingLevel: number;
}

/**
 * A `w:document` rebuilt from slices: body paragraphs (outside tables) from Word's
 * `Paragraph.text` ("\v" line breaks as w:br, tabs as w:tab) and top-level tables from their own
 * OOXML (`tables`: each one's `getOoxml()` package), in Word's paragraph order. A run of table
 * paragraphs (level > 0) takes the next table, and the tables after it while the engine's
 * paragraph counts still fit in the run (two tables with nothing between them). An unreadable
 * table (null) becomes an empty `w:tbl`, so that the indices of the others stay right; detection
 * then simply finds no grid there.
 *
 * The OOXML is parsed ONCE: the packages' texts are spliced into one body text and parsed as one
 * document, each package is then replaced by its table — moved, not copied, as every node belongs
 * to the same parsed text — and the paragraphs outside tables, which Word sends as text, are put
 * between the tables. Each package keeps its own namespace declarations, so a table is read in
 * the scope Word wrote it in.
 */
export function reassembleBody(
  paragraphs: readonly WordParagraphInfo[],
  tables: readonly (string | null)[],
): Document {
  // Each package without its XML declaration (allowed only at the start of a document); its
  // other processing instructions (`mso-application`) are legal content and removed below.
  const packages = tables.map((xml) =>
    xml === null ? "<w:tbl/>" : xml.replace(/^\uFEFF?\s*<\?xml\s[^?]*\?>/, ""),
  );
  let doc: Document;
  try {
    doc = parseDocumentXml(
      `<w:document xmlns:w="${W_NS}"><w:body>${packages.join("")}</w:body></w:document>`,
      "getOoxml()",
    );
  } catch (error) {
    throw new LivretError("OfficeError", "Word a renvoyé un OOXML mal formé.", { cause: error });
  }
  // Each package gives way to its table, moved (not copied) within the one parsed document.
  const body = findBody(doc)!;
  const tableElements: Element[] = [];
  for (let n = body.firstChild; n !== null;) {
    const next = n.nextSibling;
    if (n.nodeType === 1 && isW(n, W.tbl)) {
      tableElements.push(n as Element);
    } else if (n.nodeType === 1) {
      const tbl = mainPartOf(n as Element)
        .getElementsByTagNameNS(W_NS, W.tbl)
        .item(0);
      if (tbl === null) throw missing("tbl");
      body.insertBefore(tbl, n);
      tableElements.push(tbl);
      body.removeChild(n);
    } else {
      body.removeChild(n);
    }
    n = next;
  }
  // The engine's paragraph count of each top-level table (nested tables' paragraphs included):
  // tables are indexed in pre-order, so a nested table belongs to the last top-level one before it.
  const index = indexBody(doc);
  const counts = tableElements.map(() => 0);
  const topOf: number[] = [];
  let top = -1;
  for (const t of index.tables) {
    if (t.nesting === 0) top += 1;
    topOf.push(top);
  }
  for (const t of index.paragraphTable) if (t !== null) counts[topOf[t]!]! += 1;
  let next = 0;
  const put = (p: Element) => {
    const before = tableElements[next];
    if (before === undefined) body.appendChild(p);
    else body.insertBefore(p, before);
  };
  for (let i = 0; i < paragraphs.length;) {
    const info = paragraphs[i]!;
    if (info.tableNestingLevel === 0) {
      put(paragraphElement(doc, info.text));
      i += 1;
      continue;
    }
    let run = 0;
    while (i + run < paragraphs.length && paragraphs[i + run]!.tableNestingLevel > 0) run += 1;
    if (next < tables.length) {
      let used = counts[next]!;
      next += 1;
      while (next < tables.length && counts[next]! > 0 && used + counts[next]! <= run) {
        used += counts[next]!;
        next += 1;
      }
    }
    i += run;
  }
  return doc;
}

function paragraphElement(doc: Document, text: string): Element {
  const p = doc.createElementNS(W_NS, "w:p");
  if (text === "") return p;
  const r = doc.createElementNS(W_NS, "w:r");
  p.appendChild(r);
  for (const piece of text.split(/(\v|\t|\n|\r)/)) {
    if (piece === "") continue;
    if (piece === "\t") r.appendChild(doc.createElementNS(W_NS, "w:tab"));
    else if (piece === "\v" || piece === "\n" || piece === "\r") {
      r.appendChild(doc.createElementNS(W_NS, "w:br"));
    } else {
      const t = doc.createElementNS(W_NS, "w:t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(piece));
      r.appendChild(t);
    }
  }
  return p;
}

/** Bytes of one paragraph's item in a response beyond its text (JSON keys, `_Id`, level). */
export const PARAGRAPH_ITEM_BYTES = 48;

/**
 * `body.paragraphs` loaded in pages (`$top` / `$skip`, Office.js `CollectionLoadOptions`), each page
 * one sync sized to stay under the budget from the texts seen so far; a page over the host's
 * ceiling is halved and tried again. For a class file, the paragraphs' text alone is megabytes.
 */
export async function loadParagraphPages(
  context: WordRequestContextLike,
  body: BodyLike,
  options: SliceOptions & { readonly withText: boolean; readonly bytesPerItem?: number },
): Promise<{ items: ParagraphLike[]; syncs: number }> {
  const items: ParagraphLike[] = [];
  // A cautious first page (texts unknown yet: a grid label is ~200 characters), then sized on
  // the texts seen.
  let per = options.bytesPerItem ?? (options.withText ? 400 : PARAGRAPH_ITEM_BYTES);
  let syncs = 0;
  let cap = Number.POSITIVE_INFINITY;
  for (;;) {
    const top = Math.max(1, Math.min(cap, Math.floor(options.budgetBytes / per)));
    const page = body.paragraphs.load({
      $top: top,
      $skip: items.length,
      tableNestingLevel: true,
      ...(options.withText ? { text: true } : {}),
    });
    try {
      syncs += 1;
      await context.sync();
    } catch (error) {
      if (isCeilingError(error) && top > 1) {
        cap = Math.ceil(top / 2);
        continue;
      }
      throw error;
    }
    cap = Number.POSITIVE_INFINITY;
    const got = page.items;
    items.push(...got);
    if (options.withText && got.length > 0) {
      const text = got.reduce((n, p) => n + p.text.length, 0);
      per = Math.max(
        per,
        Math.ceil(((text + PARAGRAPH_ITEM_BYTES * got.length) / got.length) * 1.25),
      );
    }
    if (got.length < top) return { items, syncs };
  }
}
