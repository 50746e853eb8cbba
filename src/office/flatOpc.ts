import { parseDocumentXml } from "../docx/buildDocModel";
import { documentOfElement } from "../docx/xmlPlatform";
import { LivretError } from "../shared/livretError";

/** Namespace of flat OPC packages (Word's "Word XML Document", `getOoxml()` output). */
export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const MAIN_PART = "/word/document.xml";

function unexpected(problem: string): LivretError {
  return new LivretError("OfficeError", `Word a renvoyé un contenu OOXML inattendu : ${problem}.`);
}

/**
 * The main document part of a flat OPC package, as a standalone DOM `Document` whose root is
 * `w:document` — what the .docx engine's `buildDocModel` takes. `Body.getOoxml()` puts the body in
 * the `pkg:part` named `/word/document.xml`, inside `pkg:xmlData` (office-js-docs-pr, "Create better
 * add-ins for Word with Office Open XML"); parts are looked up by name, never by position, because
 * Word adds whatever parts it deems relevant (styles, numbering, theme…).
 */
export function mainDocumentFromFlatOpc(flatOpc: string): Document {
  let pkg: Document;
  try {
    pkg = parseDocumentXml(flatOpc, "getOoxml()");
  } catch (error) {
    throw new LivretError("OfficeError", "Word a renvoyé un OOXML mal formé.", { cause: error });
  }
  // A standalone document keeps buildDocModel's contract (documentElement = w:document); the
  // element is moved, not copied: the OOXML is parsed once and walked no more than needed.
  return documentOfElement(mainPartOf(pkg.documentElement));
}

/**
 * The root element of the main part (`w:document`) of a parsed `pkg:package` element — which may
 * sit inside another document (`reassembleBody` parses a sliced read's packages as one text).
 */
export function mainPartOf(root: Element | null): Element {
  if (root === null || root.namespaceURI !== PKG_NS || root.localName !== "package") {
    throw unexpected("pas de pkg:package");
  }
  // pkg:part elements are the package's children and pkg:xmlData a part's child (flat OPC
  // schema): looked up among children, not by a search through the whole 13 MB tree.
  const childNamed = (parent: Element, localName: string): Element[] => {
    const out: Element[] = [];
    for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
      const el = n as Element;
      if (n.nodeType === 1 && el.namespaceURI === PKG_NS && el.localName === localName)
        out.push(el);
    }
    return out;
  };
  for (const part of childNamed(root, "part")) {
    const name = part.getAttributeNS(PKG_NS, "name") || part.getAttribute("pkg:name");
    if (name !== MAIN_PART) continue;
    const xmlData = childNamed(part, "xmlData")[0];
    for (let n = xmlData?.firstChild ?? null; n !== null; n = n.nextSibling) {
      if (n.nodeType === 1) return n as Element;
    }
    throw unexpected(`partie ${MAIN_PART} vide`);
  }
  throw unexpected(`partie ${MAIN_PART} absente`);
}
