import { serializeXml } from "../../docx/xmlPlatform";
import type { DocxPackage } from "../../docx/docxPackage";
import { findBody } from "../../docx/bodyIndex";
import { W, isW } from "../../docx/wml";

/**
 * Builds what Word's `getOoxml()` returns (WordApi 1.1): a flat OPC package — one `pkg:package`
 * (namespace http://schemas.microsoft.com/office/2006/xmlPackage) whose `pkg:part`s carry
 * `pkg:name`, `pkg:contentType` and the part's XML in `pkg:xmlData` (binary parts base64 in
 * `pkg:binaryData`); the range's content is `w:document/w:body` of `/word/document.xml`
 * (office-js-docs-pr, "Create better add-ins for Word with Office Open XML"; reference addendum).
 * Word adds only the parts it deems relevant; the double adds every part of the package, which a
 * reader that looks parts up by name (as it must) does not notice.
 */
const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

/**
 * Base64 with `btoa` (a global of browsers and of Node ≥ 16, so the double runs the same in both),
 * over a binary string built in chunks (a spread of a whole image would overflow the stack).
 */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function stripDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, "");
}

function contentTypes(pkg: DocxPackage): (name: string) => string {
  const entry = pkg.entries.find((e) => e.name === "[Content_Types].xml");
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (entry !== undefined) {
    const text = new TextDecoder().decode(entry.data);
    // Attribute scan (no DOM needed): <Default Extension ContentType/>, <Override PartName …/>.
    for (const m of text.matchAll(/<(?:\w+:)?(Default|Override)\b([^>]*)\/?>/g)) {
      const attrs = new Map<string, string>();
      for (const a of m[2]!.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) attrs.set(a[1]!, a[2]!);
      const ct = attrs.get("ContentType");
      if (ct === undefined) continue;
      if (m[1] === "Default" && attrs.has("Extension")) {
        defaults.set(attrs.get("Extension")!.toLowerCase(), ct);
      } else if (attrs.has("PartName")) {
        overrides.set(attrs.get("PartName")!.toLowerCase(), ct);
      }
    }
  }
  return (name) => {
    const o = overrides.get(`/${name}`.toLowerCase());
    if (o !== undefined) return o;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    return defaults.get(ext) ?? "application/octet-stream";
  };
}

/** Stands for the body's content in the serialised skeleton of the main part (never escaped). */
const CONTENT_MARK = "\uE000content\uE000";

/**
 * The main part holding only `content` in its body (plus the body's final w:sectPr, which Word
 * keeps so the fragment has a page setup), or the whole document when `content` is null. Nothing
 * of the document is copied as nodes: the skeleton (root and body start and end tags, the root's
 * other children) is serialised around a mark, and each content element is serialised where it
 * is — the tree copies an untouched element's source text and declares the namespaces it uses.
 */
function mainPartXml(pkg: DocxPackage, content: readonly Element[] | null): string {
  if (content === null) return serializeXml(pkg.document);
  const documentElement = pkg.document.documentElement!;
  const root = documentElement.cloneNode(false) as Element;
  const body = findBody(pkg.document);
  for (let n = documentElement.firstChild; n !== null; n = n.nextSibling) {
    if (n !== body) root.appendChild(n.cloneNode(true));
  }
  const newBody = (body ?? root).cloneNode(false) as Element;
  newBody.appendChild(pkg.document.createTextNode(CONTENT_MARK));
  root.appendChild(newBody);
  const [before = "", after = ""] = serializeXml(root).split(CONTENT_MARK);
  const inner = content.map((el) => serializeXml(el));
  const sectPr = body === null ? null : body.lastChild;
  if (sectPr !== null && isW(sectPr, W.sectPr) && !content.includes(sectPr as Element)) {
    inner.push(serializeXml(sectPr));
  }
  return before + inner.join("") + after;
}

/**
 * The other parts never change in the double (its writes only touch the main part): each one is
 * decoded (or base64-encoded) once per package, not once per `getOoxml()` — a sliced read of a
 * class file asks for ~35 of them. Cached: the parts before the main part, the main part's start
 * tag, the parts after it.
 */
const partTexts = new WeakMap<DocxPackage, readonly [string, string, string]>();

function partTextsOf(pkg: DocxPackage): readonly [string, string, string] {
  const cached = partTexts.get(pkg);
  if (cached !== undefined) return cached;
  const typeOf = contentTypes(pkg);
  const texts: [string, string, string] = ["", "", ""];
  let k = 0;
  for (const entry of pkg.entries) {
    if (entry.name === "[Content_Types].xml" || entry.name.endsWith("/")) continue;
    const type = escapeAttr(typeOf(entry.name));
    if (entry.name === pkg.mainPart) {
      // Word always names the main part /word/document.xml in getOoxml output.
      texts[1] = `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${type}">`;
      k = 2;
      continue;
    }
    const isXml = /\.(xml|rels)$/i.test(entry.name) || /xml$/i.test(type);
    const body = isXml
      ? `<pkg:xmlData>${stripDeclaration(new TextDecoder().decode(entry.data))}</pkg:xmlData>`
      : `<pkg:binaryData>${base64(entry.data)}</pkg:binaryData>`;
    const padding = entry.name.endsWith(".rels") ? ' pkg:padding="256"' : "";
    texts[k] +=
      `<pkg:part pkg:name="${escapeAttr(`/${entry.name}`)}" pkg:contentType="${type}"${padding}>` +
      `${body}</pkg:part>`;
  }
  partTexts.set(pkg, texts);
  return texts;
}

export function buildFlatOpc(pkg: DocxPackage, content: readonly Element[] | null): string {
  const [before, mainOpen, after] = partTextsOf(pkg);
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="${PKG_NS}">${before}${mainOpen}` +
    `<pkg:xmlData>${stripDeclaration(mainPartXml(pkg, content))}</pkg:xmlData></pkg:part>` +
    `${after}</pkg:package>`
  );
}
