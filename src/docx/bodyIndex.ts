import { W, W_NS, firstW, isW } from "./wml";
import { documentVersion } from "./xmlPlatform";

/**
 * The one traversal of a document body shared by model building and write application, so that
 * both agree on every index. Content controls (w:sdt → w:sdtContent, §17.5.2) and custom XML
 * (w:customXml) are transparent at block, row and cell level; w:txbxContent is never entered.
 */
export interface IndexedCell {
  readonly element: Element;
  readonly paragraphs: readonly Element[];
  /** Body index (`BodyIndex.paragraphs`) of each of `paragraphs`. */
  readonly paragraphIndices: readonly number[];
}

export interface IndexedRow {
  readonly element: Element;
  readonly cells: readonly IndexedCell[];
}

export interface IndexedTable {
  readonly element: Element;
  readonly index: number;
  readonly nesting: number;
  readonly rows: readonly IndexedRow[];
}

export type IndexedBlock =
  | { readonly kind: "paragraph"; readonly paragraph: number }
  | { readonly kind: "table"; readonly table: number };

export interface BodyIndex {
  readonly tables: readonly IndexedTable[];
  readonly paragraphs: readonly Element[];
  /** Innermost table of each body paragraph (null outside tables). */
  readonly paragraphTable: readonly (number | null)[];
  readonly blocks: readonly IndexedBlock[];
}

/** Calls `visit` on each child element of `parent`, looking through w:sdt / w:customXml wrappers. */
function forEachFlatChild(parent: Element, visit: (child: Element) => void): void {
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (c.namespaceURI === W_NS) {
      const name = c.localName;
      if (name === W.sdt) {
        const content = firstW(c, W.sdtContent);
        if (content !== null) forEachFlatChild(content, visit);
        continue;
      }
      if (name === W.sdtContent || name === W.customXml) {
        forEachFlatChild(c, visit);
        continue;
      }
    }
    visit(c);
  }
}

export function findBody(doc: Document): Element | null {
  const root = doc.documentElement;
  if (root === null) return null;
  return firstW(root, W.body);
}

/** The last index of each document, and the tree version it was built at. */
const indexes = new WeakMap<Document, { readonly version: number; readonly index: BodyIndex }>();

/**
 * The body index of `doc`, built once per state of its tree: model building, write application
 * and the Word double all ask for it, and on a class file one build walks ~300,000 elements.
 */
export function indexBody(doc: Document): BodyIndex {
  const version = documentVersion(doc);
  const known = indexes.get(doc);
  if (known !== undefined && version !== null && known.version === version) return known.index;
  const index = buildIndex(doc);
  if (version !== null) indexes.set(doc, { version, index });
  return index;
}

function buildIndex(doc: Document): BodyIndex {
  const tables: IndexedTable[] = [];
  const paragraphs: Element[] = [];
  const paragraphTable: (number | null)[] = [];
  const blocks: IndexedBlock[] = [];
  // A stack: a nested table's cells use the slots above their outer cell's and give them back.
  const scratchParagraphs: Element[] = [];
  const scratchIndices: number[] = [];

  function addParagraph(p: Element, table: number | null): number {
    paragraphs.push(p);
    paragraphTable.push(table);
    return paragraphs.length - 1;
  }

  function visitTable(tbl: Element, nesting: number): number {
    const index = tables.length;
    const rows: IndexedRow[] = [];
    const entry = { element: tbl, index, nesting, rows };
    tables.push(entry);
    forEachFlatChild(tbl, (tr) => {
      if (!isW(tr, W.tr)) return;
      const cells: IndexedCell[] = [];
      forEachFlatChild(tr, (tc) => {
        if (!isW(tc, W.tc)) return;
        // Collected in shared scratch arrays and copied out at their exact length: an array grown
        // by push keeps V8's 17-slot backing store, ~150 bytes for a cell's single paragraph,
        // ~30 MB over the 85,000 cells of a 30-pupil class file (measured with a heap snapshot).
        const from = scratchParagraphs.length;
        forEachFlatChild(tc, (child) => {
          if (isW(child, W.p)) {
            scratchParagraphs.push(child);
            scratchIndices.push(addParagraph(child, index));
          } else if (isW(child, W.tbl)) {
            visitTable(child, nesting + 1);
          }
        });
        const own = scratchParagraphs.slice(from);
        const at = scratchIndices.slice(from);
        scratchParagraphs.length = from;
        scratchIndices.length = from;
        cells.push({ element: tc, paragraphs: own, paragraphIndices: at });
      });
      rows.push({ element: tr, cells });
    });
    return index;
  }

  const body = findBody(doc);
  if (body !== null) {
    forEachFlatChild(body, (child) => {
      if (isW(child, W.p)) {
        blocks.push({ kind: "paragraph", paragraph: addParagraph(child, null) });
      } else if (isW(child, W.tbl)) {
        blocks.push({ kind: "table", table: visitTable(child, 0) });
      }
    });
  }
  return { tables, paragraphs, paragraphTable, blocks };
}
