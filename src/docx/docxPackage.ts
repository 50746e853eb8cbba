import { LivretError } from "../shared/livretError";
import type { LivretErrorCode } from "../shared/livretError";
import { parseDocumentXml } from "./buildDocModel";
import { OFFICE_DOCUMENT_REL, OFFICE_DOCUMENT_REL_STRICT, REL_NS } from "./wml";
import { inflateEntry } from "./zip/inflateEntry";
import { readZip } from "./zip/readZip";
import type { ZipArchive } from "./zip/readZip";
import { rewriteZip } from "./zip/writeZip";
import { decodePart, encodePartPieces } from "./xml/decodePart";
import { XmlSyntaxError, XmlTooDeepError, parseXmlTree } from "./xml/parseXmlTree";
import { documentSource, serializeXml, serializeXmlPieces } from "./xmlPlatform";
import type { Splice } from "./spliceWrites";

/**
 * Deepest element nesting accepted in the main part: the template's is 8; 40 tables nested in
 * one another (Word's own limit is far below) stay under it.
 */
const MAX_XML_DEPTH = 512;

/** WordprocessingML's namespace in ISO/IEC 29500 Strict (Part 1 §A.1, "purl.oclc.org" names). */
const STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";

export interface DocxEntry {
  readonly name: string;
  /**
   * Uncompressed bytes, exactly as read. The main part's are inflated again when asked for: once
   * parsed, its text is in `document`, and keeping its bytes too held 13 MB per class file for
   * nothing (nothing in the engine reads them; `mainPartHead` tells the encoding).
   */
  readonly data: Uint8Array;
  /** Whether the entry was stored uncompressed (kept so on rewrite). */
  readonly stored: boolean;
}

/**
 * An opened .docx: every zip entry in its original order, and the main document part parsed.
 * `document` is mutated in place by `applyWrites`, which sets `documentChanged`.
 */
export interface DocxPackage {
  readonly fileName: string;
  readonly entries: readonly DocxEntry[];
  /** Name of the main document part (usually "word/document.xml"), from _rels/.rels. */
  readonly mainPart: string;
  /**
   * The main part's first bytes as read (at most 4): they tell the encoding a fill writes it back
   * in (byte order mark, or "<?" in UTF-16, XML 1.0 Appendix F).
   */
  readonly mainPartHead: Uint8Array;
  readonly document: Document;
  documentChanged: boolean;
  /**
   * The zip as read (`readDocxPackage`), so that writing copies every unchanged entry's raw bytes
   * (`rewriteZip`). Every package comes from `readDocxPackage`: there is no other way to build one.
   */
  readonly archive: ZipArchive;
}

function fail(code: LivretErrorCode, fileName: string, problem: string, cause?: unknown): never {
  throw new LivretError(
    code,
    `${fileName} : ${problem}`,
    cause === undefined ? undefined : { cause },
  );
}

function decode(data: Uint8Array): string {
  return decodePart(data);
}

function refuseStrict(fileName: string): never {
  fail(
    "StrictOoxml",
    fileName,
    "document au format « Strict Open XML » (ISO/IEC 29500 Strict), non pris en charge : enregistrez-le dans Word au format « Document Word (.docx) »",
  );
}

function resolvePartName(target: string): string {
  // Relationship targets in _rels/.rels are relative to the package root (OPC §9.3).
  const parts: string[] = [];
  for (const seg of target.replace(/^\/+/, "").split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function findMainPart(fileName: string, files: ReadonlyMap<string, Uint8Array>): string {
  if (!files.has("[Content_Types].xml")) {
    fail(
      "NotAWordDocument",
      fileName,
      "ce zip n'est pas un document Word ([Content_Types].xml absent)",
    );
  }
  const rels = files.get("_rels/.rels");
  if (rels === undefined) {
    fail("NotAWordDocument", fileName, "ce zip n'est pas un document Word (_rels/.rels absent)");
  }
  let relsDoc: Document;
  try {
    relsDoc = parseDocumentXml(decode(rels), "_rels/.rels");
  } catch (error) {
    fail("MalformedXml", fileName, "XML mal formé dans _rels/.rels", error);
  }
  const relations = relsDoc.getElementsByTagNameNS(REL_NS, "Relationship");
  for (let i = 0; i < relations.length; i++) {
    const rel = relations.item(i)!;
    const type = rel.getAttribute("Type");
    if (type === OFFICE_DOCUMENT_REL_STRICT) refuseStrict(fileName);
    if (type !== OFFICE_DOCUMENT_REL) continue;
    const name = resolvePartName(rel.getAttribute("Target") ?? "");
    if (files.has(name)) return name;
    fail("NotAWordDocument", fileName, `partie principale ${name} absente`);
  }
  fail(
    "NotAWordDocument",
    fileName,
    "ce zip n'est pas un document Word (pas de partie principale)",
  );
}

/**
 * The main part's text, decoded (UTF-8 or UTF-16, OPC §8.1.4; `encodeMainPart` writes it back
 * with the same encoding and BOM), and its first bytes; its inflated bytes are let go (a class file's
 * 13 MB, which nothing reads once the text is parsed): its entry in `entries` inflates them again
 * if ever asked for.
 */
function takeMainPart(
  mainPart: string,
  entries: DocxEntry[],
  archive: ZipArchive,
  files: Map<string, Uint8Array>,
  fileName: string,
): { readonly text: string; readonly head: Uint8Array } {
  const bytes = files.get(mainPart)!;
  const text = decodePart(bytes);
  const index = entries.findIndex((e) => e.name === mainPart);
  const zipped = archive.entries[index]!;
  entries[index] = {
    name: mainPart,
    stored: zipped.method === 0,
    get data(): Uint8Array {
      return inflateEntry(zipped, fileName);
    },
  };
  files.clear();
  return { text, head: bytes.slice(0, 4) };
}

/**
 * Opens a .docx from its bytes; every failure is a `LivretError` whose message names the file.
 * The zip is read by `readZip` (limits on declared sizes, encryption, methods, zip64, raw names)
 * and every entry inflated with its actual size bounded and its CRC-32 checked.
 */
export function readDocxPackage(bytes: Uint8Array, fileName: string): DocxPackage {
  const archive = readZip(bytes, fileName);
  // A Map, not an object: an entry named "__proto__" or "constructor" is an ordinary key.
  const files = new Map<string, Uint8Array>();
  const entries: DocxEntry[] = archive.entries.map((entry) => {
    const data = inflateEntry(entry, fileName);
    files.set(entry.name, data);
    return { name: entry.name, data, stored: entry.method === 0 };
  });
  const mainPart = findMainPart(fileName, files);
  const { text, head } = takeMainPart(mainPart, entries, archive, files, fileName);
  let document: Document;
  try {
    // One pass checks the nesting depth and every character (XML 1.0 §2.2) as it parses.
    document = parseXmlTree(text, {
      maxDepth: MAX_XML_DEPTH,
      strictCharacters: true,
    }) as unknown as Document;
  } catch (error) {
    if (error instanceof XmlTooDeepError) {
      fail(
        "TooLarge",
        fileName,
        `${mainPart} : éléments imbriqués sur plus de ${MAX_XML_DEPTH} niveaux (document hors norme, refusé)`,
        error,
      );
    }
    if (error instanceof XmlSyntaxError) {
      fail("MalformedXml", fileName, `XML mal formé dans ${mainPart} (${error.message})`, error);
    }
    throw error;
  }
  if (document.documentElement?.namespaceURI === STRICT_W_NS) refuseStrict(fileName);
  return {
    fileName,
    entries,
    mainPart,
    mainPartHead: head,
    document,
    documentChanged: false,
    archive,
  };
}

/**
 * The main part serialised: its source text where nothing changed, byte for byte; only the nodes
 * changed since parsing (a fill's target paragraphs) are written anew (`serializeXmlTree.ts`).
 */
export function serializeDocument(document: Document): string {
  return serializeXml(document);
}

/**
 * The main part's new bytes: the serializer's pieces encoded as `original` was, without joining
 * them into one string first (`encodePartPieces`).
 */
function encodeMainPart(document: Document, head: Uint8Array): Uint8Array {
  return encodePartPieces(serializeXmlPieces(document), head);
}

/**
 * Zips the package again: same entry names in the same order, every entry's bytes as read except
 * the main part when `documentChanged`, whose text is the original with the changed paragraphs
 * spliced in (`serializeXmlTree.ts`), encoded as it was read (UTF-8, or UTF-16 with its BOM).
 * Unchanged entries are copied raw (local header, compressed bytes) by `rewriteZip`.
 */
export function writeDocxPackage(pkg: DocxPackage): Uint8Array {
  const changed = new Map<string, Uint8Array>();
  if (pkg.documentChanged) {
    changed.set(pkg.mainPart, encodeMainPart(pkg.document, pkg.mainPartHead));
  }
  return rewriteZip(pkg.archive, changed);
}

/**
 * Zips the package again with the main part's source text spliced (`spliceWrites`): each
 * splice's range replaced by its XML, every other character copied, the whole encoded as the part
 * was read. The tree is not serialised and every unchanged entry is copied raw (`rewriteZip`).
 */
export function writeSplicedPackage(pkg: DocxPackage, splices: readonly Splice[]): Uint8Array {
  const source = documentSource(pkg.document);
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, xml } of splices) {
    pieces.push(source.slice(at, start), xml);
    at = end;
  }
  pieces.push(source.slice(at));
  const changed = new Map<string, Uint8Array>();
  changed.set(pkg.mainPart, encodePartPieces(pieces, pkg.mainPartHead));
  return rewriteZip(pkg.archive, changed);
}
