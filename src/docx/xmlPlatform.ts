import { parseXmlTree } from "./xml/parseXmlTree";
import { trackedMask } from "./xml/trackedNames";
import {
  serializeXmlTree,
  serializeXmlTreeInScope,
  serializeXmlTreePieces,
} from "./xml/serializeXmlTree";
import { XDocument, XElement } from "./xml/xmlNodes";
import type { XChild } from "./xml/xmlNodes";

/**
 * The XML DOM the engine runs on, the same in Node, in Word's webviews and in the demo: the small
 * tree of `src/docx/xml/` (chosen by measurement, see README "Benchmark"). It implements the DOM
 * Level 2 Core subset listed in ARCHITECTURE.md, so the engine is typed against lib.dom's
 * `Document`/`Element` and the casts below are the only place that knows the classes. Every parsed
 * node remembers its offsets in the source text: serialising copies what did not change.
 */

/** Which XML implementation is in use (reported by the bench). */
export function xmlPlatformName(): "tree" {
  return "tree";
}

/** Parses XML; throws an `XmlSyntaxError` (line, column, French message) when malformed. */
export function parseXml(xml: string): Document {
  return parseXmlTree(xml) as unknown as Document;
}

/**
 * Serialises a node: a parsed document that did not change is its source text; otherwise every
 * unchanged node is copied from the source byte for byte and only changed nodes are rewritten.
 */
export function serializeXml(node: Node): string {
  return serializeXmlTree(node as unknown as XDocument | XChild);
}

/** `serializeXml(doc)` as the pieces it joins (`serializeXmlTreePieces`), for `encodePartPieces`. */
export function serializeXmlPieces(doc: Document): readonly string[] {
  return serializeXmlTreePieces(doc as unknown as XDocument);
}

/** An element's XML for where it was parsed, declaring nothing its scope declares (`serializeXmlTreeInScope`). */
export function serializeXmlInScope(element: Element): string {
  return serializeXmlTreeInScope(element as unknown as XElement);
}

/**
 * Where `element`'s text is in the source of its document, when it is exactly that text: parsed
 * and unchanged since, in a document unchanged since parsing (null otherwise).
 */
export function sourceRange(
  element: Element,
): { readonly start: number; readonly end: number } | null {
  const el = element as unknown as XElement;
  if (!(el instanceof XElement) || el.start < 0 || el.changed) return null;
  const doc = el.ownerDocument;
  if (doc.changed || doc.source === "") return null;
  return { start: el.start, end: el.end };
}

/** The text a document was parsed from ("" for a created one). */
export function documentSource(doc: Document): string {
  const d = doc as unknown as XDocument;
  return d instanceof XDocument ? d.source : "";
}

/** An empty XML document to import nodes into. */
export function createXmlDocument(): Document {
  return new XDocument() as unknown as Document;
}

/**
 * `element` detached from where it was parsed and made the root of a document of its own, without
 * copying it (a flat OPC package's main part: `src/office/flatOpc.ts`): the document it was parsed
 * in becomes that document — everything else in it is dropped — so no node changes owner (moving
 * 650,000 elements of a class file to another document would visit every one). The nodes keep
 * their offsets in the text they were parsed from; the source's prolog is not the new root's.
 */
export function documentOfElement(element: Element): Document {
  const el = element as unknown as XElement;
  if (!(el instanceof XElement)) throw new TypeError("documentOfElement: not a parsed element");
  const doc = el.ownerDocument;
  if (el.parentNode !== doc) {
    el.parentNode?.removeChild(el);
    while (doc.firstChild !== null) doc.removeChild(doc.firstChild);
    doc.appendChild(el);
    doc.prologEnd = 0;
  }
  return doc as unknown as Document;
}

/** Names asked of `mayContainAny` together, compiled once (`elementNames`). */
export interface ElementNames {
  readonly mask: number;
}

/** Compiles a list of local names for `mayContainAny` (do it once, at module level). */
export function elementNames(localNames: readonly string[]): ElementNames {
  return { mask: trackedMask(localNames) };
}

/**
 * False only when no element below `node` can have one of these local names (the tree's tracked
 * names, `xml/trackedNames.ts`: answered without walking); true means "may": walk to know.
 */
export function mayContainAny(node: Node, names: ElementNames): boolean {
  const n = node as unknown as XElement | XDocument;
  if (!(n instanceof XElement) && !(n instanceof XDocument)) return true;
  return n.mayContainMask(names.mask);
}

/**
 * A number that changes whenever the document's tree changes (null when unknown): a cache of
 * something computed from the tree is valid while it is the same.
 */
export function documentVersion(doc: Document): number | null {
  const d = doc as unknown as XDocument;
  return d instanceof XDocument ? d.version : null;
}
