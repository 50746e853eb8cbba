import { W, W_NS, firstW, isW } from "./wml";

/**
 * The one traversal of a document body shared by model building and write application, so that
 * both agree on every index. Content controls (w:sdt → w:sdtContent, §17.5.2) and custom XML
 * (w:customXml) are transparent at block, row and cell level; w:txbxContent is never entered.
 */
export interface IndexedCell {
  readonly element: Element;
  readonly paragraphs: readonly Element[];
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

const TRANSPARENT = new Set<string>([W.sdt, W.sdtContent, W.customXml]);

/** Children of `parent`, looking through content controls / custom XML wrappers. */
function flatChildren(parent: Element, out: Element[] = []): Element[] {
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (c.namespaceURI === W_NS && TRANSPARENT.has(c.localName)) {
      if (c.localName === W.sdt) {
        const content = firstW(c, W.sdtContent);
        if (content !== null) flatChildren(content, out);
      } else {
        flatChildren(c, out);
      }
    } else {
      out.push(c);
    }
  }
  return out;
}

export function findBody(doc: Document): Element | null {
  const root = doc.documentElement;
  if (root === null) return null;
  return firstW(root, W.body);
}

export function indexBody(doc: Document): BodyIndex {
  const tables: IndexedTable[] = [];
  const paragraphs: Element[] = [];
  const paragraphTable: (number | null)[] = [];
  const blocks: IndexedBlock[] = [];

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
    for (const tr of flatChildren(tbl)) {
      if (!isW(tr, W.tr)) continue;
      const cells: IndexedCell[] = [];
      for (const tc of flatChildren(tr)) {
        if (!isW(tc, W.tc)) continue;
        const own: Element[] = [];
        for (const child of flatChildren(tc)) {
          if (isW(child, W.p)) {
            own.push(child);
            addParagraph(child, index);
          } else if (isW(child, W.tbl)) {
            visitTable(child, nesting + 1);
          }
        }
        cells.push({ element: tc, paragraphs: own });
      }
      rows.push({ element: tr, cells });
    }
    return index;
  }

  const body = findBody(doc);
  if (body !== null) {
    for (const child of flatChildren(body)) {
      if (isW(child, W.p)) {
        blocks.push({ kind: "paragraph", paragraph: addParagraph(child, null) });
      } else if (isW(child, W.tbl)) {
        blocks.push({ kind: "table", table: visitTable(child, 0) });
      }
    }
  }
  return { tables, paragraphs, paragraphTable, blocks };
}
