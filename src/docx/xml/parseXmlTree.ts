import {
  EMPTY_SCOPE,
  NsScope,
  XAttr,
  XComment,
  XDocument,
  XElement,
  XMLNS_NS,
  XML_NS,
  XProcessingInstruction,
  XText,
  qName,
} from "./xmlNodes";
import type { QName, XParent } from "./xmlNodes";

/**
 * Deepest element nesting accepted. Real WordprocessingML stays far below (a cell in a table in a
 * cell is ~12 levels); libxml2 refuses beyond 256 by default (xmlParserMaxDepth) unless told
 * otherwise. The limit keeps every recursive walk of the engine far from the stack's end.
 */
export const MAX_XML_DEPTH = 1000;

/** Malformed XML: `offset` is where in the text (UTF-16 units) the problem was found. */
export class XmlSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = "XmlSyntaxError";
    this.offset = offset;
  }
}

/** Name characters (XML 1.0 §2.3): ASCII table; any non-ASCII character is accepted. */
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const start = /[A-Za-z_:]/.test(ch);
  NAME_START[c] = start ? 1 : 0;
  NAME_CHAR[c] = start || /[0-9.\-]/.test(ch) ? 1 : 0;
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  apos: "'",
  quot: '"',
};

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Parses an XML document into an `XDocument` whose nodes remember their offsets in `text`.
 * One pass, no recursion. Refuses what is not well-formed XML 1.0 with namespaces (XML 1.0 §2.1,
 * Namespaces in XML 1.0 §5) and what OOXML forbids: a document type declaration (ISO/IEC 29500-2
 * §8.1.4, which also keeps entity expansion out). Lenient, like Word and xmldom before, on
 * character references to control characters (`&#11;`) and on raw characters' validity.
 */
export function parseXmlTree(text: string): XDocument {
  const doc = new XDocument(text);
  const n = text.length;
  let i = 0;

  function fail(message: string, at: number): never {
    let line = 1;
    let lineStart = 0;
    for (let k = text.indexOf("\n"); k !== -1 && k < at; k = text.indexOf("\n", k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new XmlSyntaxError(`ligne ${line}, colonne ${at - lineStart + 1} : ${message}`, at);
  }

  /** Decodes references in [from, to); attribute values also normalise white space (§3.3.3). */
  function decode(from: number, to: number, attribute: boolean): string {
    let raw = text.slice(from, to);
    const amp = raw.indexOf("&");
    if (amp === -1) {
      if (raw.indexOf("\r") !== -1) raw = raw.replace(/\r\n?/g, "\n");
      return attribute ? raw.replace(/[\t\n]/g, " ") : raw;
    }
    let out = "";
    let last = 0;
    for (let a = amp; a !== -1; a = raw.indexOf("&", last)) {
      let chunk = raw.slice(last, a);
      if (chunk.indexOf("\r") !== -1) chunk = chunk.replace(/\r\n?/g, "\n");
      out += attribute ? chunk.replace(/[\t\n]/g, " ") : chunk;
      const semi = raw.indexOf(";", a + 1);
      if (semi === -1 || semi - a > 12) fail("« & » isolé (écrire &amp;)", from + a);
      const name = raw.slice(a + 1, semi);
      if (name.charCodeAt(0) === 0x23 /* # */) {
        const hex = name.charCodeAt(1) === 0x78; /* x */
        const digits = name.slice(hex ? 2 : 1);
        const code =
          (hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits) && digits.length > 0
            ? Number.parseInt(digits, hex ? 16 : 10)
            : NaN;
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
          fail(`référence de caractère invalide « &${name}; »`, from + a);
        }
        out += String.fromCodePoint(code);
      } else {
        const value = PREDEFINED[name];
        if (value === undefined) fail(`entité inconnue « &${name}; »`, from + a);
        out += value;
      }
      last = semi + 1;
    }
    let tail = raw.slice(last);
    if (tail.indexOf("\r") !== -1) tail = tail.replace(/\r\n?/g, "\n");
    return out + (attribute ? tail.replace(/[\t\n]/g, " ") : tail);
  }

  /** Reads a name starting at `at`; returns its end offset. */
  function nameEnd(at: number): number {
    const c0 = text.charCodeAt(at);
    if (!(c0 < 128 ? NAME_START[c0] === 1 : at < n)) {
      fail("nom attendu", at);
    }
    let k = at + 1;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 128 && NAME_CHAR[c] === 0) break;
    }
    return k;
  }

  // The XML declaration (§2.8) is kept verbatim as the prolog; it must come first.
  if (text.startsWith("<?xml") && isSpace(text.charCodeAt(5))) {
    const close = text.indexOf("?>", 5);
    if (close === -1) fail("déclaration XML non terminée", 0);
    i = close + 2;
    doc.prologEnd = i;
  }

  const stack: XElement[] = [];
  let parent: XParent = doc;
  let scope: NsScope = EMPTY_SCOPE;
  const scopes: NsScope[] = [];
  /** Element names resolved in a scope (almost every element of a part shares one scope). */
  let elementNames = new Map<string, QName>();
  const elementNamesStack: Map<string, QName>[] = [];
  let attrNames = new Map<string, QName>();
  const attrNamesStack: Map<string, QName>[] = [];
  let sawRoot = false;
  const pendingNames: string[] = [];
  const pendingValues: string[] = [];
  const pendingAt: number[] = [];

  function resolve(qualified: string, at: number, attribute: boolean): QName {
    const cache = attribute ? attrNames : elementNames;
    const known = cache.get(qualified);
    if (known !== undefined) return known;
    const colon = qualified.indexOf(":");
    let uri: string | null | undefined;
    if (colon === -1) {
      uri = attribute ? (qualified === "xmlns" ? XMLNS_NS : null) : (scope.lookup("") ?? null);
    } else {
      if (colon === 0 || colon === qualified.length - 1 || qualified.indexOf(":", colon + 1) > 0) {
        fail(`nom qualifié invalide « ${qualified} »`, at);
      }
      const prefix = qualified.slice(0, colon);
      uri = prefix === "xmlns" && attribute ? XMLNS_NS : scope.lookup(prefix);
      if (uri === undefined || uri === null) fail(`préfixe non déclaré « ${prefix} »`, at);
    }
    const qn = qName(uri, qualified);
    cache.set(qualified, qn);
    return qn;
  }

  while (i < n) {
    const lt = text.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      if (parent === doc) {
        for (let k = i; k < textEnd; k++) {
          if (!isSpace(text.charCodeAt(k))) fail("texte hors de l'élément racine", k);
        }
      } else {
        const node = new XText(doc, decode(i, textEnd, false));
        node.start = i;
        node.end = textEnd;
        parent.link(node);
      }
    }
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);

    if (c === 0x2f /* / */) {
      const top = stack.pop();
      const ne = nameEnd(lt + 2);
      const name = text.slice(lt + 2, ne);
      let k = ne;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3e /* > */) fail(`« > » attendu après </${name}`, k);
      if (top === undefined) fail(`balise fermante </${name}> sans balise ouvrante`, lt);
      if (top.qn.qname !== name) {
        fail(`balise fermante </${name}> inattendue (attendu </${top.qn.qname}>)`, lt);
      }
      top.end = k + 1;
      if (top.scope !== scope) {
        // Leaving an element that declared namespaces (its scope is the one before them).
        scope = scopes.pop()!;
        elementNames = elementNamesStack.pop()!;
        attrNames = attrNamesStack.pop()!;
      }
      parent = (stack.length === 0 ? doc : stack[stack.length - 1]!) as XParent;
      i = k + 1;
      continue;
    }

    if (c === 0x21 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const close = text.indexOf("--", lt + 4);
        if (close === -1) fail("commentaire non terminé", lt);
        if (text.charCodeAt(close + 2) !== 0x3e) fail("« -- » interdit dans un commentaire", close);
        const node = new XComment(doc, text.slice(lt + 4, close));
        node.start = lt;
        node.end = close + 3;
        parent.link(node);
        i = close + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        if (parent === doc) fail("section CDATA hors de l'élément racine", lt);
        const close = text.indexOf("]]>", lt + 9);
        if (close === -1) fail("section CDATA non terminée", lt);
        const node = new XText(doc, text.slice(lt + 9, close).replace(/\r\n?/g, "\n"), true);
        node.start = lt;
        node.end = close + 3;
        parent.link(node);
        i = close + 3;
        continue;
      }
      if (text.startsWith("<!DOCTYPE", lt)) {
        fail("déclaration de type de document (DTD) interdite dans un document Office", lt);
      }
      fail("« <! » inattendu", lt);
    }

    if (c === 0x3f /* ? */) {
      const ne = nameEnd(lt + 2);
      const target = text.slice(lt + 2, ne);
      if (target.toLowerCase() === "xml") fail("déclaration XML ailleurs qu'au début", lt);
      const close = text.indexOf("?>", ne);
      if (close === -1) fail("instruction de traitement non terminée", lt);
      if (close > ne && !isSpace(text.charCodeAt(ne))) fail("espace attendu après la cible", ne);
      const node = new XProcessingInstruction(doc, target, text.slice(ne, close).trimStart());
      node.start = lt;
      node.end = close + 2;
      parent.link(node);
      i = close + 2;
      continue;
    }

    // A start tag (§3.1).
    if (parent === doc && sawRoot) fail("un seul élément racine est permis", lt);
    const ne = nameEnd(lt + 1);
    const qualified = text.slice(lt + 1, ne);
    let k = ne;
    let count = 0;
    let declares = false;
    let selfClosing = false;
    for (;;) {
      const ws = k;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      const ch = text.charCodeAt(k);
      if (ch === 0x3e /* > */) {
        k++;
        break;
      }
      if (ch === 0x2f /* / */) {
        if (text.charCodeAt(k + 1) !== 0x3e) fail("« > » attendu après « / »", k + 1);
        selfClosing = true;
        k += 2;
        break;
      }
      if (k >= n) fail(`balise <${qualified}> non terminée`, lt);
      if (k === ws) fail("espace attendu entre les attributs", k);
      const an = nameEnd(k);
      const attrName = text.slice(k, an);
      let e = an;
      while (e < n && isSpace(text.charCodeAt(e))) e++;
      if (text.charCodeAt(e) !== 0x3d /* = */) fail(`« = » attendu après ${attrName}`, e);
      e++;
      while (e < n && isSpace(text.charCodeAt(e))) e++;
      const quote = text.charCodeAt(e);
      if (quote !== 0x22 && quote !== 0x27) fail(`guillemet attendu pour ${attrName}`, e);
      const close = text.indexOf(quote === 0x22 ? '"' : "'", e + 1);
      if (close === -1) fail(`valeur de ${attrName} non terminée`, e);
      const lessThan = text.indexOf("<", e + 1);
      if (lessThan !== -1 && lessThan < close)
        fail(`« < » interdit dans la valeur de ${attrName}`, lessThan);
      for (let a = 0; a < count; a++) {
        if (pendingNames[a] === attrName) fail(`attribut ${attrName} en double`, k);
      }
      pendingNames[count] = attrName;
      pendingValues[count] = decode(e + 1, close, true);
      pendingAt[count] = k;
      count++;
      if (
        attrName.charCodeAt(0) === 0x78 /* x */ &&
        (attrName === "xmlns" || attrName.startsWith("xmlns:"))
      ) {
        declares = true;
      }
      k = close + 1;
    }

    const outer = scope;
    if (declares) {
      const own = new Map<string, string | null>();
      for (let a = 0; a < count; a++) {
        const name = pendingNames[a]!;
        if (name === "xmlns") {
          own.set("", pendingValues[a] === "" ? null : pendingValues[a]!);
        } else if (name.startsWith("xmlns:")) {
          const prefix = name.slice(6);
          const uri = pendingValues[a]!;
          if (uri === "") fail(`le préfixe ${prefix} ne peut pas être déclaré vide`, pendingAt[a]!);
          if (prefix === "xmlns" || (prefix === "xml") !== (uri === XML_NS)) {
            fail(`déclaration réservée ${name}`, pendingAt[a]!);
          }
          own.set(prefix, uri);
        }
      }
      scopes.push(scope);
      elementNamesStack.push(elementNames);
      attrNamesStack.push(attrNames);
      scope = new NsScope(scope, own);
      elementNames = new Map();
      attrNames = new Map();
    }

    const el = new XElement(doc, resolve(qualified, lt, false));
    el.start = lt;
    el.openEnd = k;
    el.scope = outer;
    if (count > 0) {
      const attrs: XAttr[] = new Array<XAttr>(count);
      for (let a = 0; a < count; a++) {
        attrs[a] = new XAttr(resolve(pendingNames[a]!, pendingAt[a]!, true), pendingValues[a]!);
      }
      // Namespaces in XML §6.3: no two attributes with the same expanded name.
      for (let a = 1; a < count; a++) {
        const qa = attrs[a]!.qn;
        if (qa.namespaceURI === null) continue;
        for (let b = 0; b < a; b++) {
          const qb = attrs[b]!.qn;
          if (qb.localName === qa.localName && qb.namespaceURI === qa.namespaceURI) {
            fail(`attribut ${qa.qname} en double`, pendingAt[a]!);
          }
        }
      }
      el.attrs = attrs;
    }
    parent.link(el);
    if (parent === doc) sawRoot = true;
    if (selfClosing) {
      el.end = k;
      if (declares) {
        scope = scopes.pop()!;
        elementNames = elementNamesStack.pop()!;
        attrNames = attrNamesStack.pop()!;
      }
    } else {
      if (stack.length >= MAX_XML_DEPTH) {
        fail(`imbrication trop profonde (plus de ${MAX_XML_DEPTH} éléments)`, lt);
      }
      stack.push(el);
      parent = el;
    }
    i = k;
  }

  if (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    fail(`élément <${top.qn.qname}> non fermé`, top.start);
  }
  if (!sawRoot) fail("aucun élément racine", n);
  return doc;
}
