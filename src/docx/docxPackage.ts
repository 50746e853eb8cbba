import { unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";
import { LivretError } from "../shared/livretError";
import { parseDocumentXml } from "./buildDocModel";
import { OFFICE_DOCUMENT_REL, OFFICE_DOCUMENT_REL_STRICT, REL_NS } from "./wml";
import { decodePart, encodePart } from "./xml/decodePart";
import { crc32, readZipDirectory } from "./zipDirectory";
import { serializeXml } from "./xmlPlatform";

export interface DocxEntry {
  readonly name: string;
  /** Uncompressed bytes, exactly as read. */
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
  readonly document: Document;
  documentChanged: boolean;
}

function fail(
  code: "NotAZip" | "TruncatedFile" | "NotAWordDocument" | "MalformedXml",
  fileName: string,
  problem: string,
  cause?: unknown,
): never {
  throw new LivretError(
    code,
    `${fileName} : ${problem}`,
    cause === undefined ? undefined : { cause },
  );
}

function decode(data: Uint8Array): string {
  // UTF-8 or UTF-16 by byte order mark (OPC §8.1.4); encodePart writes a part back the same way.
  return decodePart(data);
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
    if (type !== OFFICE_DOCUMENT_REL && type !== OFFICE_DOCUMENT_REL_STRICT) continue;
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

/** Opens a .docx from its bytes; every failure is a `LivretError` whose message names the file. */
export function readDocxPackage(bytes: Uint8Array, fileName: string): DocxPackage {
  const directory = readZipDirectory(bytes);
  if (directory.kind === "notZip")
    fail("NotAZip", fileName, "ce fichier n'est pas un zip (ni un .docx)");
  if (directory.kind === "truncated")
    fail("TruncatedFile", fileName, `fichier tronqué (${directory.reason})`);
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes);
  } catch (error) {
    fail(
      "TruncatedFile",
      fileName,
      `fichier tronqué ou corrompu (${String((error as Error).message ?? error)})`,
      error,
    );
  }
  const files = new Map<string, Uint8Array>(Object.entries(raw));
  const entries: DocxEntry[] = [];
  for (const dir of directory.entries) {
    const data = files.get(dir.name);
    if (data === undefined) continue;
    if (data.length !== dir.size || crc32(data) !== dir.crc32) {
      fail("TruncatedFile", fileName, `fichier corrompu (${dir.name} : CRC ou taille incorrects)`);
    }
    entries.push({ name: dir.name, data, stored: dir.method === 0 });
  }
  const mainPart = findMainPart(fileName, files);
  let document: Document;
  try {
    document = parseDocumentXml(decode(files.get(mainPart)!), mainPart);
  } catch (error) {
    fail("MalformedXml", fileName, `XML mal formé dans ${mainPart}`, error);
  }
  return { fileName, entries, mainPart, document, documentChanged: false };
}

/**
 * The main part serialised: its source text where nothing changed, byte for byte; only the nodes
 * changed since parsing (a fill's target paragraphs) are written anew (`serializeXmlTree.ts`).
 */
export function serializeDocument(document: Document): string {
  return serializeXml(document);
}

/** The zip writer (fflate), kept in one place so the zip layer can change without the rest. */
function zipEntries(entries: readonly { name: string; data: Uint8Array; stored: boolean }[]) {
  const zippable: Zippable = {};
  for (const e of entries) zippable[e.name] = [e.data, { level: e.stored ? 0 : 6 }];
  return zipSync(zippable);
}

/**
 * Zips the package again: same entry names in the same order, every entry's bytes as read except
 * the main part when `documentChanged`, whose text is the original with the changed paragraphs
 * spliced in, encoded as it was read (UTF-8, or UTF-16 with its byte order mark).
 */
export function writeDocxPackage(pkg: DocxPackage): Uint8Array {
  return zipEntries(
    pkg.entries.map((entry) =>
      entry.name === pkg.mainPart && pkg.documentChanged
        ? { ...entry, data: encodePart(serializeDocument(pkg.document), entry.data) }
        : entry,
    ),
  );
}
