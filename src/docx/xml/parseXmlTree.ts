import {
  NAME_SLOTS,
  NsScope,
  XAttr,
  XComment,
  XDocument,
  XMLNS_NS,
  XML_NS,
  XProcessingInstruction,
  elementName,
  newElement,
  newText,
  qName,
  setAttributeReader,
} from "./xmlNodes";
import type { ElementName, QName, XChild, XElement, XParent } from "./xmlNodes";

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

/** More nesting than the `maxDepth` asked for (the caller tells it apart: a size limit). */
export class XmlTooDeepError extends XmlSyntaxError {
  readonly maxDepth: number;
  constructor(message: string, offset: number, maxDepth: number) {
    super(message, offset);
    this.name = "XmlTooDeepError";
    this.maxDepth = maxDepth;
  }
}

export interface ParseOptions {
  /** Deepest element nesting accepted (default and ceiling `MAX_XML_DEPTH`). */
  readonly maxDepth?: number;
  /**
   * Refuse what XML 1.0 §2.2 forbids in characters, raw or referenced (§4.1 WFC: Legal
   * Character): C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. Checked in the one
   * pass, where the characters are (text, attribute values, comments, CDATA, PIs, non-ASCII name
   * characters), so that a fill never writes back a character Word refuses (issue 7 §4).
   */
  readonly strictCharacters?: boolean;
}

/** A character XML 1.0 allows (§2.2 Char). */
function legalCode(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Offset of the first character of `text[from, to)` that XML 1.0 forbids (raw), or -1. Lone
 * surrogates count: a pair is one character.
 */
function illegalCharAt(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20) {
      if (c !== 0x9 && c !== 0xa && c !== 0xd) return k;
    } else if (c >= 0xd800) {
      if (c <= 0xdbff) {
        const low = k + 1 < text.length ? text.charCodeAt(k + 1) : 0;
        if (low < 0xdc00 || low > 0xdfff) return k;
        k++;
      } else if (c <= 0xdfff || c >= 0xfffe) {
        return k;
      }
    }
  }
  return -1;
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

const CHAR_REFERENCE = /^#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6})$/;
const ENTITY_NAME = /^[A-Za-z_:][-\w.:]*$/;

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  apos: "'",
  quot: '"',
};

/** A character that may continue a name (any non-ASCII one, as `nameEnd` reads names). */
function isNameChar(c: number): boolean {
  return c >= 128 || NAME_CHAR[c] === 1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Decodes references in [from, to) of `text`; attribute values also normalise white space. */
function decodeRange(
  text: string,
  from: number,
  to: number,
  attribute: boolean,
  fail: (message: string, at: number) => never,
  strict = false,
): string {
  // Most values and texts hold nothing to decode or normalise: one scan tells, then one slice.
  let plainRange = true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x26 || c === 0x0d || (attribute && (c === 0x09 || c === 0x0a))) {
      plainRange = false;
      break;
    }
  }
  if (plainRange) return text.slice(from, to);
  let raw = text.slice(from, to);
  const amp = raw.indexOf("&");
  if (amp === -1) {
    if (raw.indexOf("\r") !== -1) raw = raw.replace(/\r\n?/g, "\n");
    return attribute && /[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, " ") : raw;
  }
  let out = "";
  let last = 0;
  const plain = (chunk: string): string => {
    let c = chunk.indexOf("\r") !== -1 ? chunk.replace(/\r\n?/g, "\n") : chunk;
    if (attribute) c = c.replace(/[\t\n]/g, " ");
    return c;
  };
  for (let a = amp; a !== -1; a = raw.indexOf("&", last)) {
    out += plain(raw.slice(last, a));
    const semi = raw.indexOf(";", a + 1);
    const name = semi === -1 ? "" : raw.slice(a + 1, semi);
    // §4.1: "&" starts a reference — &name; or &#digits; / &#xhex; — and nothing else.
    if (!(name.charCodeAt(0) === 0x23 ? CHAR_REFERENCE : ENTITY_NAME).test(name)) {
      fail("« & » qui ne commence pas une référence (&amp; attendu)", from + a);
    }
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const isHex = name.charCodeAt(1) === 0x78; /* x */
      const code = Number.parseInt(name.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      const invalid = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff);
      if (invalid || (strict && !legalCode(code))) {
        fail(`référence &${name}; à un caractère interdit en XML`, from + a);
      }
      out += String.fromCodePoint(code);
    } else {
      const value = Object.prototype.hasOwnProperty.call(PREDEFINED, name)
        ? PREDEFINED[name]
        : undefined;
      if (value === undefined) fail(`entité &${name}; non déclarée`, from + a);
      out += value;
    }
    last = semi + 1;
  }
  return out + plain(raw.slice(last));
}

function noFail(message: string): never {
  throw new Error(message);
}

/** Hash of the name in [from, to) (the caches' key: no string is made for a known name). */
function hashName(text: string, from: number, to: number): number {
  let h = text.charCodeAt(from);
  for (let k = from + 1; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return (Math.imul(to - from, 0x9e3779b1) ^ h) | 0;
}

function cached<T extends QName>(
  cache: Map<number, T[]>,
  slots: (T | undefined)[],
  text: string,
  from: number,
  to: number,
  hash: number,
): T | undefined {
  const slot = slots[hash & (NAME_SLOTS - 1)];
  if (slot !== undefined && slot.qname.length === to - from && text.startsWith(slot.qname, from)) {
    return slot;
  }
  const found = inBucket(cache, text, from, to, hash);
  if (found !== undefined) slots[hash & (NAME_SLOTS - 1)] = found;
  return found;
}

function inBucket<T extends QName>(
  cache: Map<number, T[]>,
  text: string,
  from: number,
  to: number,
  hash: number,
): T | undefined {
  const bucket = cache.get(hash);
  if (bucket === undefined) return undefined;
  const len = to - from;
  for (let b = 0; b < bucket.length; b++) {
    const qn = bucket[b]!;
    if (qn.qname.length === len && text.startsWith(qn.qname, from)) return qn;
  }
  return undefined;
}

function remember<T extends QName>(cache: Map<number, T[]>, hash: number, qn: T): T {
  const bucket = cache.get(hash);
  if (bucket === undefined) cache.set(hash, [qn]);
  else bucket.push(qn);
  return qn;
}

/** The attribute name's namespace in `scope` (Namespaces in XML §6.2: unprefixed = none). */
function attributeName(qualified: string, scope: NsScope): QName | null {
  const colon = qualified.indexOf(":");
  if (colon === -1) return qName(qualified === "xmlns" ? XMLNS_NS : null, qualified);
  const prefix = qualified.slice(0, colon);
  if (colon === 0 || colon === qualified.length - 1 || qualified.indexOf(":", colon + 1) > 0) {
    return null;
  }
  const uri = prefix === "xmlns" ? XMLNS_NS : scope.lookup(prefix);
  return uri === undefined || uri === null ? null : qName(uri, qualified);
}

/** The attribute `nextAttribute` stopped at: its name and value offsets in the source text. */
const at = { from: 0, to: 0, valueFrom: 0, valueTo: 0 };

/**
 * Finds the next attribute of a parsed start tag at or after `k` (the parser checked the tag: the
 * scan stops at its ">" or "/>"), leaves its offsets in `at` and returns where the following one
 * may start; -1 at the end of the tag. A cursor, not a callback: `readAttributeValue` runs for
 * most elements the engine looks at.
 */
function nextAttribute(text: string, k: number): number {
  const end = text.length;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (k >= end || c === 0x3e || c === 0x2f) return -1;
  let an = k + 1;
  while (an < end) {
    const ch = text.charCodeAt(an);
    if (ch === 0x3d || isSpace(ch)) break;
    an++;
  }
  let v = an;
  while (text.charCodeAt(v) !== 0x22 && text.charCodeAt(v) !== 0x27) v++;
  const close = text.indexOf(text[v]!, v + 1);
  at.from = k;
  at.to = an;
  at.valueFrom = v + 1;
  at.valueTo = close;
  return close + 1;
}

/** Where a parsed start tag's attributes begin: just after its name. */
function attributesStart(e: XElement): number {
  return e.start + 1 + e.qn.qname.length;
}

/**
 * The qualified names of the attributes of a parsed start tag whose attributes were not built,
 * read from the source text without building them (the serializer's prefixes of a fragment).
 */
export function sourceAttributeNames(e: XElement): string[] {
  const text = e.ownerDocument.source;
  const names: string[] = [];
  for (let k = attributesStart(e); (k = nextAttribute(text, k)) !== -1;) {
    names.push(text.slice(at.from, at.to));
  }
  return names;
}

/** The resolved name of the attribute at `text[from, to)` of `e`'s start tag (cached per scope). */
function attributeQName(e: XElement, text: string, from: number, to: number): QName {
  const hash = hashName(text, from, to);
  return (
    cached(e.scope.attributeNames, e.scope.attributeSlots, text, from, to, hash) ??
    remember(e.scope.attributeNames, hash, attributeName(text.slice(from, to), e.scope)!)
  );
}

/** Builds the attributes of a parsed start tag from the source text, when first asked for. */
function readAttributes(e: XElement): XAttr[] | null {
  const text = e.ownerDocument.source;
  const out: XAttr[] = [];
  for (let k = attributesStart(e); (k = nextAttribute(text, k)) !== -1;) {
    const qn = attributeQName(e, text, at.from, at.to);
    out.push(new XAttr(qn, decodeRange(text, at.valueFrom, at.valueTo, true, noFail)));
  }
  return out.length === 0 ? null : out;
}

/**
 * One attribute of a parsed start tag read from the source text without building the others
 * (the engine reads one or two attributes of most elements it looks at — w:val, w:w — and
 * building every attribute of 85,000 cells is most of the garbage of a class file's model).
 * `qualified` null: match by namespace and local name; otherwise by qualified name.
 */
function readAttributeValue(
  e: XElement,
  namespaceURI: string | null,
  localName: string,
  qualified: string | null,
): string | null {
  const text = e.ownerDocument.source;
  for (let k = attributesStart(e); (k = nextAttribute(text, k)) !== -1;) {
    const { from, to } = at;
    // Cheap test first: the local name must end the attribute's name.
    if (to - from < localName.length || !text.startsWith(localName, to - localName.length)) {
      continue;
    }
    const qn = attributeQName(e, text, from, to);
    const match =
      qualified !== null
        ? qn.qname === qualified
        : qn.localName === localName && qn.namespaceURI === namespaceURI;
    if (match) return decodeRange(text, at.valueFrom, at.valueTo, true, noFail);
  }
  return null;
}

setAttributeReader(readAttributes, readAttributeValue);

/**
 * Parses an XML document into an `XDocument` whose nodes remember their offsets in `text`.
 * One pass, no recursion. Refuses what is not well-formed XML 1.0 with namespaces (XML 1.0 §2.1,
 * Namespaces in XML 1.0 §5) and what OOXML forbids: a document type declaration (ISO/IEC 29500-2
 * §8.1.4, which also keeps entity expansion out). Lenient, like Word and xmldom before, on
 * character references to control characters (`&#11;`) and on raw characters' validity.
 * Attributes are checked here but built only when read (`readAttributes`).
 */
export function parseXmlTree(text: string, options?: ParseOptions): XDocument {
  const doc = new XDocument(text);
  const n = text.length;
  const maxDepth = Math.min(options?.maxDepth ?? MAX_XML_DEPTH, MAX_XML_DEPTH);
  const strict = options?.strictCharacters === true;
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

  /** In strict mode, refuses the first forbidden character of `text[from, to)`. */
  function checkChars(from: number, to: number): void {
    if (!strict) return;
    const bad = illegalCharAt(text, from, to);
    if (bad !== -1) fail(`caractère ${hex(text.charCodeAt(bad))} interdit en XML`, bad);
  }

  let nameHash = 0;
  /** Reads a name starting at `at`, leaving its hash in `nameHash`; returns its end offset. */
  function nameEnd(at: number): number {
    const c0 = text.charCodeAt(at);
    if (!(c0 < 128 ? NAME_START[c0] === 1 : at < n)) fail("nom attendu", at);
    let h = c0;
    let k = at + 1;
    let wide = c0 >= 128;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 128) {
        if (NAME_CHAR[c] === 0) break;
      } else {
        wide = true;
      }
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (wide) checkChars(at, k);
    nameHash = (Math.imul(k - at, 0x9e3779b1) ^ h) | 0;
    return k;
  }

  // The XML declaration (§2.8) is kept verbatim as the prolog; it must come first.
  if (text.startsWith("<?xml") && isSpace(text.charCodeAt(5))) {
    const close = text.indexOf("?>", 5);
    if (close === -1) fail("déclaration XML non terminée", 0);
    checkChars(0, close);
    i = close + 2;
    doc.prologEnd = i;
  }

  const stack: XElement[] = [];
  let parent: XParent = doc;
  // The last child linked to `parent` (the tree keeps no back links: `XNodeBase`).
  let last: XChild | null = null;
  let scope: NsScope = new NsScope(null, new Map());
  const scopes: NsScope[] = [];
  let sawRoot = false;
  // Per start tag, reused: where each attribute name starts and ends, and its resolved name.
  const attrFrom: number[] = [];
  const attrTo: number[] = [];
  const attrValueFrom: number[] = [];
  const attrValueTo: number[] = [];
  const attrHash: number[] = [];
  const attrReference: boolean[] = [];
  const attrQn: QName[] = [];

  function resolveElement(from: number, to: number, hash: number): ElementName {
    const known = cached(scope.elementNames, scope.elementSlots, text, from, to, hash);
    if (known !== undefined) return known;
    const qualified = text.slice(from, to);
    const colon = qualified.indexOf(":");
    let uri: string | null | undefined;
    if (colon === -1) {
      uri = scope.lookup("") ?? null;
    } else {
      if (colon === 0 || colon === qualified.length - 1 || qualified.indexOf(":", colon + 1) > 0) {
        fail(`nom qualifié invalide « ${qualified} »`, from);
      }
      const prefix = qualified.slice(0, colon);
      uri = scope.lookup(prefix);
      if (uri === undefined || uri === null) fail(`préfixe non déclaré « ${prefix} »`, from);
    }
    return remember(scope.elementNames, hash, elementName(qName(uri, qualified), doc, scope));
  }

  function resolveAttribute(from: number, to: number, hash: number): QName {
    const known = cached(scope.attributeNames, scope.attributeSlots, text, from, to, hash);
    if (known !== undefined) return known;
    const qualified = text.slice(from, to);
    const qn = attributeName(qualified, scope);
    if (qn === null) fail(`préfixe non déclaré ou nom invalide « ${qualified} »`, from);
    return remember(scope.attributeNames, hash, qn);
  }

  while (i < n) {
    // Tags mostly follow one another: a call to indexOf only where text lies between them.
    const lt = text.charCodeAt(i) === 0x3c /* < */ ? i : text.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      checkChars(i, textEnd);
      if (parent === doc) {
        for (let k = i; k < textEnd; k++) {
          if (!isSpace(text.charCodeAt(k))) fail("texte hors de l'élément racine", k);
        }
      } else {
        const node = newText(doc, decodeRange(text, i, textEnd, false, fail, strict));
        node.start = i;
        node.end = textEnd;
        parent.linkAfter(node, last);
        last = node;
      }
    }
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);

    if (c === 0x2f /* / */) {
      const top = stack.pop();
      // The expected name is the open element's: compared as it stands, without hashing it again
      // (end tags are half the names of a document); anything else is read as a name for the error.
      const q = top?.qn.qname;
      const after = q === undefined ? -1 : lt + 2 + q.length;
      const matched =
        q !== undefined &&
        text.startsWith(q, lt + 2) &&
        !(after < n && isNameChar(text.charCodeAt(after)));
      const ne = matched ? after : nameEnd(lt + 2);
      let k = ne;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3e /* > */) {
        fail(`« > » attendu après </${text.slice(lt + 2, ne)}`, k);
      }
      if (top === undefined || q === undefined) {
        fail(`balise fermante </${text.slice(lt + 2, ne)}> sans balise ouvrante`, lt);
      }
      if (!matched) {
        fail(`balise fermante </${text.slice(lt + 2, ne)}> inattendue (attendu </${q}>)`, lt);
      }
      top.end = k + 1;
      if (top.scope !== scope) scope = scopes.pop()!; // leaving an element that declared namespaces
      parent = (stack.length === 0 ? doc : stack[stack.length - 1]!) as XParent;
      last = top;
      parent.below |= top.below | top.qn.bit;
      i = k + 1;
      continue;
    }

    if (c === 0x21 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const close = text.indexOf("--", lt + 4);
        if (close === -1) fail("commentaire non terminé", lt);
        if (text.charCodeAt(close + 2) !== 0x3e) fail("« -- » interdit dans un commentaire", close);
        checkChars(lt + 4, close);
        const node = new XComment(doc, text.slice(lt + 4, close));
        node.start = lt;
        node.end = close + 3;
        parent.linkAfter(node, last);
        last = node;
        i = close + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        if (parent === doc) fail("section CDATA hors de l'élément racine", lt);
        const close = text.indexOf("]]>", lt + 9);
        if (close === -1) fail("section CDATA non terminée", lt);
        checkChars(lt + 9, close);
        const node = newText(doc, text.slice(lt + 9, close).replace(/\r\n?/g, "\n"), true);
        node.start = lt;
        node.end = close + 3;
        parent.linkAfter(node, last);
        last = node;
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
      checkChars(ne, close);
      const node = new XProcessingInstruction(doc, target, text.slice(ne, close).trimStart());
      node.start = lt;
      node.end = close + 2;
      parent.linkAfter(node, last);
      last = node;
      i = close + 2;
      continue;
    }

    // A start tag (§3.1).
    if (parent === doc && sawRoot) fail("un seul élément racine est permis", lt);
    const ne = nameEnd(lt + 1);
    const elementHash = nameHash;
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
      if (k >= n) fail(`balise <${text.slice(lt + 1, ne)}> non terminée`, lt);
      if (k === ws) fail("espace attendu entre les attributs", k);
      const an = nameEnd(k);
      let e = an;
      while (e < n && isSpace(text.charCodeAt(e))) e++;
      if (text.charCodeAt(e) !== 0x3d /* = */) fail(`« = » attendu après ${text.slice(k, an)}`, e);
      e++;
      while (e < n && isSpace(text.charCodeAt(e))) e++;
      const quote = text.charCodeAt(e);
      if (quote !== 0x22 && quote !== 0x27) fail(`guillemet attendu pour ${text.slice(k, an)}`, e);
      const close = text.indexOf(quote === 0x22 ? '"' : "'", e + 1);
      if (close === -1) fail(`valeur de ${text.slice(k, an)} non terminée`, e);
      // One scan of the value (values are short): "<" is refused (§3.1), "&" noted for below.
      let hasReference = false;
      for (let v = e + 1; v < close; v++) {
        const vc = text.charCodeAt(v);
        if (vc === 0x3c /* < */) fail(`« < » interdit dans la valeur de ${text.slice(k, an)}`, v);
        if (vc === 0x26 /* & */) hasReference = true;
      }
      checkChars(e + 1, close);
      attrFrom[count] = k;
      attrTo[count] = an;
      attrValueFrom[count] = e + 1;
      attrValueTo[count] = close;
      // Names are compared by hash and text here; their namespaces once declarations are known.
      attrHash[count] = nameHash;
      attrReference[count] = hasReference;
      for (let a = 0; a < count; a++) {
        if (
          attrTo[a]! - attrFrom[a]! === an - k &&
          attrHash[a] === nameHash &&
          text.startsWith(text.slice(k, an), attrFrom[a]!)
        ) {
          fail(`attribut ${text.slice(k, an)} en double`, k);
        }
      }
      count++;
      if (
        text.charCodeAt(k) === 0x78 /* x */ &&
        text.startsWith("xmlns", k) &&
        (an === k + 5 || text.charCodeAt(k + 5) === 0x3a)
      ) {
        declares = true;
      }
      k = close + 1;
    }

    const outer = scope;
    if (declares) {
      const own = new Map<string, string | null>();
      for (let a = 0; a < count; a++) {
        const name = text.slice(attrFrom[a]!, attrTo[a]!);
        if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
        const value = decodeRange(text, attrValueFrom[a]!, attrValueTo[a]!, true, fail);
        if (name === "xmlns") {
          own.set("", value === "" ? null : value);
          continue;
        }
        const prefix = name.slice(6);
        if (value === "") fail(`le préfixe ${prefix} ne peut pas être déclaré vide`, attrFrom[a]!);
        if (prefix === "xmlns" || (prefix === "xml") !== (value === XML_NS)) {
          fail(`déclaration réservée ${name}`, attrFrom[a]!);
        }
        own.set(prefix, value);
      }
      scopes.push(scope);
      scope = new NsScope(scope, own);
    }

    const name = resolveElement(lt + 1, ne, elementHash);
    // The scope an element keeps is the one before its own declarations (`XElement.scope`).
    const el = newElement(declares ? elementName(name, doc, outer) : name);
    el.start = lt;
    if (count > 0) {
      for (let a = 0; a < count; a++) {
        const from = attrFrom[a]!;
        const to = attrTo[a]!;
        const qn = resolveAttribute(from, to, attrHash[a]!);
        attrQn[a] = qn;
        // Namespaces in XML §6.3: no two attributes with the same expanded name.
        if (qn.namespaceURI !== null) {
          for (let b = 0; b < a; b++) {
            const other = attrQn[b]!;
            if (other.localName === qn.localName && other.namespaceURI === qn.namespaceURI) {
              fail(`attribut ${qn.qname} en double`, from);
            }
          }
        }
        // References in values are checked now, decoded when the value is read.
        if (attrReference[a] === true) {
          decodeRange(text, attrValueFrom[a]!, attrValueTo[a]!, true, fail, strict);
        }
      }
      if (declares) {
        // The element's scope must resolve its own attributes: build them now.
        const attrs: XAttr[] = [];
        for (let a = 0; a < count; a++) {
          attrs.push(
            new XAttr(
              attrQn[a]!,
              decodeRange(text, attrValueFrom[a]!, attrValueTo[a]!, true, fail),
            ),
          );
        }
        el.attrs = attrs;
      } else {
        el.lazyAttributes();
      }
    }
    parent.linkAfter(el, last);
    last = el;
    if (parent === doc) sawRoot = true;
    if (selfClosing) {
      el.end = k;
      parent.below |= el.qn.bit;
      if (declares) scope = scopes.pop()!;
    } else {
      if (stack.length >= maxDepth) {
        try {
          fail(`imbrication trop profonde (plus de ${maxDepth} éléments)`, lt);
        } catch (error) {
          const e = error as XmlSyntaxError;
          throw new XmlTooDeepError(e.message, lt, maxDepth);
        }
      }
      stack.push(el);
      parent = el;
      last = null;
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
