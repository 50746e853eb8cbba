/**
 * A small XML tree with the DOM Level 2 Core subset the engine uses (see ARCHITECTURE.md, "XML
 * tree"): nodes are linked like DOM nodes (parentNode, firstChild, nextSibling…), elements carry
 * their namespace, prefix and attributes, and every node parsed from a text remembers where it was
 * in that text (`start`/`end`, UTF-16 offsets) so that the serializer copies untouched nodes from
 * the source instead of rebuilding them (`serializeXmlTree.ts`). Mutations mark the changed element
 * and its ancestors (`changed`), which is how a fill knows what to rewrite.
 *
 * Differences from the DOM, on purpose: `childNodes` and `getElementsByTagName(NS)` return static
 * snapshots (arrays with `item`), not live collections; no events, no DocumentFragment, no
 * DocumentType (a DTD is refused by the parser).
 */

import { internalized } from "./internalized";
import { LITERAL_NODES } from "./literalNodes";
import { trackedBit } from "./trackedNames";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** A qualified name resolved to its namespace, shared by every node or attribute that uses it. */
export interface QName {
  readonly qname: string;
  readonly prefix: string | null;
  readonly localName: string;
  readonly namespaceURI: string | null;
  /** `trackedBit(localName)`: what an element of this name adds to its ancestors' `below`. */
  readonly bit: number;
}

/**
 * A resolved name (the parser shares one per name and scope). Its strings are `internalized`, so
 * that the engine's tests of names and namespaces against its constants are pointer compares.
 */
export function qName(namespaceURI: string | null, qualified: string): QName {
  const colon = qualified.indexOf(":");
  const localName = internalized(colon < 0 ? qualified : qualified.slice(colon + 1));
  return {
    qname: internalized(qualified),
    prefix: colon < 0 ? null : internalized(qualified.slice(0, colon)),
    localName,
    namespaceURI: namespaceURI === "" || namespaceURI === null ? null : internalized(namespaceURI),
    bit: trackedBit(localName),
  };
}

/**
 * An element's name with what every element of that name parsed in one scope shares: its
 * document and the namespaces in force before its start tag (`XElement.scope`). One object per
 * name and scope, not two fields on each element: a class file has 650,000 elements, and each
 * field is 5 MB of heap the garbage collector walks and copies.
 */
export interface ElementName extends QName {
  readonly doc: XDocument;
  readonly scope: NsScope;
}

export function elementName(qn: QName, doc: XDocument, scope: NsScope): ElementName {
  return {
    qname: qn.qname,
    prefix: qn.prefix,
    localName: qn.localName,
    namespaceURI: qn.namespaceURI,
    bit: qn.bit,
    doc,
    scope,
  };
}

/** The tracked-name bits `child` brings to its ancestors (itself and its subtree). */
function bitsOf(child: XChild): number {
  return child instanceof XElement ? child.below | child.qn.bit : 0;
}

/** Adds `bits` to `node` and its ancestors' `below` (stops where they are already there). */
function addBelow(node: XParent | null, bits: number): void {
  if (bits === 0) return;
  for (let n: XParent | null = node; n !== null && (n.below & bits) !== bits; n = n.parentNode) {
    n.below |= bits;
  }
}

/** Slots of the scopes' direct-mapped name caches (a power of two). */
export const NAME_SLOTS = 256;

/** In-scope namespace bindings (prefix "" = the default namespace), as parsed. */
export class NsScope {
  readonly parent: NsScope | null;
  readonly own: ReadonlyMap<string, string | null>;
  private keyCache: string | null = null;
  /** The parser's caches of names resolved in this scope, by a hash of their characters. */
  readonly elementNames = new Map<number, ElementName[]>();
  readonly attributeNames = new Map<number, QName[]>();
  /**
   * The last name seen per low bits of its hash, looked at before the maps (`NAME_SLOTS`): a
   * document uses a few dozen names, so nearly every lookup ends here, without a map lookup.
   */
  readonly elementSlots: (ElementName | undefined)[] = new Array<ElementName | undefined>(
    NAME_SLOTS,
  ).fill(undefined);
  readonly attributeSlots: (QName | undefined)[] = new Array<QName | undefined>(NAME_SLOTS).fill(
    undefined,
  );

  constructor(parent: NsScope | null, own: ReadonlyMap<string, string | null>) {
    this.parent = parent;
    this.own = own;
  }

  lookup(prefix: string): string | null | undefined {
    const own = this.own.get(prefix);
    if (own !== undefined) return own;
    for (let s = this.parent; s !== null; s = s.parent) {
      const uri = s.own.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix === "xml" ? XML_NS : undefined;
  }

  /** Every binding in force (nearest wins). */
  bindings(): Map<string, string | null> {
    const chain: NsScope[] = [this];
    for (let s = this.parent; s !== null; s = s.parent) chain.push(s);
    const out = new Map<string, string | null>();
    for (let i = chain.length - 1; i >= 0; i--) for (const [p, u] of chain[i]!.own) out.set(p, u);
    return out;
  }

  /** A canonical text of the bindings, to compare two scopes cheaply. */
  get key(): string {
    this.keyCache ??= [...this.bindings()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([p, u]) => `${p}=${u ?? ""}`)
      .join(" ");
    return this.keyCache;
  }
}

export const EMPTY_SCOPE = new NsScope(null, new Map());

export type XParent = XElement | XDocument;
export type XChild = XElement | XText | XComment | XProcessingInstruction;

/** A static node list: an array with the DOM's `item`. */
export type XNodeList<T> = T[] & { item(index: number): T | null };
function itemOf<T>(this: T[], index: number): T | null {
  return this[index] ?? null;
}
export function nodeList<T>(items: T[]): XNodeList<T> {
  const list = items as XNodeList<T>;
  list.item = itemOf;
  return list;
}

/**
 * Marks `node` and its ancestors as no longer what the source text says, and counts a change of
 * the document when `node` is in its tree: a detached copy being edited (`spliceWrites` edits
 * copies of the target paragraphs) leaves what was computed from the tree valid.
 */
export function touch(node: XParent | null): void {
  if (node === null) return;
  let root: XParent = node;
  while (root.parentNode !== null) root = root.parentNode;
  if (root instanceof XDocument) root.version++;
  for (let n: XParent | null = node; n !== null && !n.changed; n = n.parentNode) n.changed = true;
}

function notFound(): Error {
  const error = new Error("NotFoundError: le nœud n'est pas un enfant de ce nœud");
  error.name = "NotFoundError";
  return error;
}

function hierarchy(): Error {
  const error = new Error("HierarchyRequestError: insertion impossible à cet endroit");
  error.name = "HierarchyRequestError";
  return error;
}

/**
 * What every node has. There is no `previousSibling` field, nor a `last` child one: both are
 * found by walking the siblings (`previousSibling`, `lastChild`), which the engine rarely asks
 * for, rather than kept on every node (see `ElementName` for why each field counts).
 */
abstract class XNodeBase {
  abstract ownerDocument: XDocument;
  parentNode: XParent | null = null;
  nextSibling: XChild | null = null;
  /** Offsets in `ownerDocument.source` of the node as parsed; -1 when created or rewritten. */
  start = -1;
  end = -1;

  abstract get nodeType(): number;
  abstract get nodeName(): string;

  get firstChild(): XChild | null {
    return null;
  }
  get lastChild(): XChild | null {
    return null;
  }
  get childNodes(): XNodeList<XChild> {
    return nodeList([]);
  }
  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }
  /** Walks the parent's children from the first (no back link is kept). */
  get previousSibling(): XChild | null {
    const parent = this.parentNode;
    if (parent === null) return null;
    let prev: XChild | null = null;
    for (let n = parent.first; n !== null && n !== (this as unknown); n = n.nextSibling) prev = n;
    return prev;
  }
}

/** Text and CDATA sections (nodeType 3 and 4). */
export class XText extends XNodeBase {
  ownerDocument: XDocument;
  private text: string;
  readonly cdata: boolean;

  constructor(owner: XDocument, data: string, cdata = false) {
    super();
    this.ownerDocument = owner;
    this.text = data;
    this.cdata = cdata;
  }
  get nodeType(): number {
    return this.cdata ? 4 : 3;
  }
  get nodeName(): string {
    return this.cdata ? "#cdata-section" : "#text";
  }
  get data(): string {
    return this.text;
  }
  set data(value: string) {
    this.text = String(value);
    this.start = -1;
    this.end = -1;
    touch(this.parentNode);
  }
  get nodeValue(): string {
    return this.text;
  }
  set nodeValue(value: string) {
    this.data = value;
  }
  get textContent(): string {
    return this.text;
  }
  set textContent(value: string) {
    this.data = value;
  }
  get length(): number {
    return this.text.length;
  }
  cloneNode(_deep?: boolean): XText {
    const c = newText(this.ownerDocument, this.text, this.cdata);
    c.start = this.start;
    c.end = this.end;
    return c;
  }
}

export class XComment extends XNodeBase {
  ownerDocument: XDocument;
  private text: string;
  constructor(owner: XDocument, data: string) {
    super();
    this.ownerDocument = owner;
    this.text = data;
  }
  get nodeType(): number {
    return 8;
  }
  get nodeName(): string {
    return "#comment";
  }
  get data(): string {
    return this.text;
  }
  set data(value: string) {
    this.text = String(value);
    this.start = -1;
    touch(this.parentNode);
  }
  get nodeValue(): string {
    return this.text;
  }
  get textContent(): string {
    return this.text;
  }
  cloneNode(_deep?: boolean): XComment {
    const c = new XComment(this.ownerDocument, this.text);
    c.start = this.start;
    c.end = this.end;
    return c;
  }
}

export class XProcessingInstruction extends XNodeBase {
  ownerDocument: XDocument;
  readonly target: string;
  private text: string;
  constructor(owner: XDocument, target: string, data: string) {
    super();
    this.ownerDocument = owner;
    this.target = target;
    this.text = data;
  }
  get nodeType(): number {
    return 7;
  }
  get nodeName(): string {
    return this.target;
  }
  get data(): string {
    return this.text;
  }
  set data(value: string) {
    this.text = String(value);
    this.start = -1;
    touch(this.parentNode);
  }
  get nodeValue(): string {
    return this.text;
  }
  get textContent(): string {
    return this.text;
  }
  cloneNode(_deep?: boolean): XProcessingInstruction {
    const c = new XProcessingInstruction(this.ownerDocument, this.target, this.text);
    c.start = this.start;
    c.end = this.end;
    return c;
  }
}

/** An attribute (DOM `Attr` subset); `ownerElement` is not kept. */
export class XAttr {
  qn: QName;
  value: string;
  constructor(qn: QName, value: string) {
    this.qn = qn;
    this.value = value;
  }
  get nodeType(): number {
    return 2;
  }
  get name(): string {
    return this.qn.qname;
  }
  get nodeName(): string {
    return this.qn.qname;
  }
  get localName(): string {
    return this.qn.localName;
  }
  get prefix(): string | null {
    return this.qn.prefix;
  }
  get namespaceURI(): string | null {
    return this.qn.namespaceURI;
  }
  get nodeValue(): string {
    return this.value;
  }
  get textContent(): string {
    return this.value;
  }
}

/** Children handling shared by elements and the document. */
abstract class XParentBase extends XNodeBase {
  first: XChild | null = null;
  /**
   * Bit 0: `changed`; bit 1: `attrsChanged` (elements). One small integer, not two fields: a
   * class file has 650,000 elements and every field is 5 MB the garbage collector copies.
   */
  state = 0;

  /** The node's content is no longer what `source[start, end)` says (set by `touch`). */
  get changed(): boolean {
    return (this.state & 1) !== 0;
  }
  set changed(value: boolean) {
    this.state = value ? this.state | 1 : this.state & ~1;
  }
  /**
   * Bits (`trackedNames.ts`) of the tracked names of the elements in this node's subtree, itself
   * excluded: set by the parser as each element ends, and on insertion; never cleared, so a 0 bit
   * proves absence and a 1 bit only says "may be there".
   */
  below = 0;

  override get firstChild(): XChild | null {
    return this.first;
  }
  override get lastChild(): XChild | null {
    let n = this.first;
    if (n === null) return null;
    while (n.nextSibling !== null) n = n.nextSibling;
    return n;
  }
  override get childNodes(): XNodeList<XChild> {
    const out: XChild[] = [];
    for (let n = this.first; n !== null; n = n.nextSibling) out.push(n);
    return nodeList(out);
  }

  /**
   * Links `child` after `last`, this node's last child (null: none), without any check: the fast
   * path of the parser and of copies, which know the last child they linked.
   */
  linkAfter(child: XChild, last: XChild | null): void {
    child.parentNode = this as unknown as XParent;
    if (last === null) this.first = child;
    else last.nextSibling = child;
  }

  /** `prev`: `child.previousSibling` when the caller knows it (it is found by a walk). */
  private unlink(child: XChild, prev: XChild | null = child.previousSibling): void {
    const next = child.nextSibling;
    if (prev === null) this.first = next;
    else prev.nextSibling = next;
    child.parentNode = null;
    child.nextSibling = null;
  }

  insertBefore<T extends XChild>(node: T, ref: XChild | null): T {
    if (ref !== null && ref.parentNode !== (this as unknown)) throw notFound();
    if (node === (ref as unknown)) return node;
    for (let a: XParent | null = this as unknown as XParent; a !== null; a = a.parentNode) {
      if (a === (node as unknown)) throw hierarchy();
    }
    if (!(node instanceof XNodeBase) || node.nodeType === 9) throw hierarchy();
    const old = node.parentNode;
    if (old !== null) {
      (old as XParentBase).unlink(node);
      touch(old);
    }
    adopt(node, this.ownerDocumentOrSelf());
    addBelow(this as unknown as XParent, bitsOf(node));
    if (ref === null) {
      this.linkAfter(node, this.lastChild);
    } else {
      const prev = ref.previousSibling;
      node.parentNode = this as unknown as XParent;
      node.nextSibling = ref;
      if (prev === null) this.first = node;
      else prev.nextSibling = node;
    }
    this.structureChanged();
    return node;
  }

  appendChild<T extends XChild>(node: T): T {
    return this.insertBefore(node, null);
  }

  removeChild<T extends XChild>(child: T): T {
    if (child.parentNode !== (this as unknown)) throw notFound();
    this.unlink(child);
    this.structureChanged();
    return child;
  }

  replaceChild<T extends XChild>(node: XChild, old: T): T {
    if (old.parentNode !== (this as unknown)) throw notFound();
    if (node === old) return old;
    // `node` goes in before `old` (one walk to find old's previous sibling), then `old`, whose
    // previous sibling is now `node`, is unlinked without another (a fill puts back 11,000
    // paragraphs this way, some among the body's thousands of children).
    this.insertBefore(node, old);
    this.unlink(old, node);
    this.structureChanged();
    return old;
  }

  protected structureChanged(): void {
    touch(this as unknown as XParent);
  }

  protected abstract ownerDocumentOrSelf(): XDocument;

  getElementsByTagNameNS(namespaceURI: string | null, localName: string): XNodeList<XElement> {
    const anyNs = namespaceURI === "*";
    const anyName = localName === "*";
    const ns = namespaceURI === "" ? null : namespaceURI;
    if (!anyName && !this.mayContain(localName)) return nodeList([]);
    return this.collect(
      (e) => (anyNs || e.qn.namespaceURI === ns) && (anyName || e.qn.localName === localName),
    );
  }

  getElementsByTagName(qualifiedName: string): XNodeList<XElement> {
    const any = qualifiedName === "*";
    return this.collect((e) => any || e.qn.qname === qualifiedName);
  }

  /**
   * False when no descendant element can have this local name (a tracked name whose bit is not in
   * `below`); true means "walk to know" (an untracked name always is).
   */
  mayContain(localName: string): boolean {
    const bit = trackedBit(localName);
    return bit === 0 || (this.below & bit) !== 0;
  }

  /** `mayContain` for several names at once: `mask` from `trackedMask` (-1: an untracked name). */
  mayContainMask(mask: number): boolean {
    return mask === -1 || (this.below & mask) !== 0;
  }

  /**
   * Calls `visit` on each descendant element in document order (iterative: deep trees do not
   * grow the stack).
   */
  forEachElement(visit: (e: XElement) => void): void {
    let n: XChild | null = this.first;
    while (n !== null) {
      if (n instanceof XElement) {
        visit(n);
        if (n.first !== null) {
          n = n.first;
          continue;
        }
      }
      n = this.following(n);
    }
  }

  /** Descendant elements in document order that `match`. */
  private collect(match: (e: XElement) => boolean): XNodeList<XElement> {
    const out: XElement[] = [];
    this.forEachElement((e) => {
      if (match(e)) out.push(e);
    });
    return nodeList(out);
  }

  /** The next node in document order after `n`'s subtree, inside this node; null at the end. */
  protected following(from: XChild): XChild | null {
    let n: XChild = from;
    while (n.nextSibling === null) {
      const up = n.parentNode;
      if (up === null || up === (this as unknown)) return null;
      n = up as XElement;
    }
    return n.nextSibling;
  }

  get textContent(): string | null {
    const first = this.first;
    if (first !== null && first.nextSibling === null && first instanceof XText) return first.data;
    const parts: string[] = [];
    let n: XChild | null = first;
    while (n !== null) {
      if (n instanceof XText) parts.push(n.data);
      else if (n instanceof XElement && n.first !== null) {
        n = n.first;
        continue;
      }
      n = this.following(n);
    }
    return parts.join("");
  }
}

/** Moves a subtree into `doc`; offsets stay only when both documents share one source text. */
function adopt(node: XChild, doc: XDocument): void {
  if (node.ownerDocument === doc) return;
  const keep = node.ownerDocument.source === doc.source && doc.source !== "";
  let n: XChild | null = node;
  while (n !== null) {
    // Attributes still only in the old document's source must be read before the node leaves it.
    if (!keep && n instanceof XElement) void n.attrs;
    n.ownerDocument = doc;
    if (!keep) {
      n.start = -1;
      n.end = -1;
      if (n instanceof XElement) {
        n.changed = true;
      }
    }
    if (n instanceof XElement && n.first !== null) {
      n = n.first;
      continue;
    }
    while (n !== null && n !== node && n.nextSibling === null) n = n.parentNode as XChild | null;
    if (n === null || n === node) break;
    n = n.nextSibling;
  }
}

/** Reads the attributes of a parsed start tag on first use (set by the parser). */
let attributeReader: ((e: XElement) => XAttr[] | null) | null = null;
type ValueReader = (
  e: XElement,
  namespaceURI: string | null,
  localName: string,
  qualified: string | null,
) => string | null;
let valueReader: ValueReader | null = null;
export function setAttributeReader(
  reader: (e: XElement) => XAttr[] | null,
  readValue: ValueReader,
): void {
  attributeReader = reader;
  valueReader = readValue;
}

export class XElement extends XParentBase {
  /** The name, and with it the document and the scope (`ElementName`). */
  qn: ElementName;
  /**
   * The attributes; `undefined` while they are still only in the source text (the parser checked
   * them; most elements' attributes are never read, so they are not built until asked for).
   */
  private attrList: XAttr[] | null | undefined = null;
  /**
   * Offset just after the start tag's `>` (== `end` for `<x/>`), -1 when created: found again
   * in the source when asked (the serializer, for changed elements only) rather than kept.
   */
  get openEnd(): number {
    if (this.start < 0) return -1;
    const text = this.ownerDocument.source;
    let quote = 0;
    for (let k = this.start + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
      } else if (c === 0x3e /* > */) {
        return k + 1;
      }
    }
    return -1;
  }
  /**
   * The namespaces in force before the start tag's own declarations, as parsed: what a copy of
   * the source text of this element needs around it (the serializer checks it).
   */
  get scope(): NsScope {
    return this.qn.scope;
  }
  get ownerDocument(): XDocument {
    return this.qn.doc;
  }
  set ownerDocument(doc: XDocument) {
    if (doc !== this.qn.doc) this.qn = elementName(this.qn, doc, this.qn.scope);
  }
  /** The attributes differ from the parsed start tag. */
  get attrsChanged(): boolean {
    return (this.state & 2) !== 0;
  }
  set attrsChanged(value: boolean) {
    this.state = value ? this.state | 2 : this.state & ~2;
  }

  constructor(name: ElementName) {
    super();
    this.qn = name;
  }

  get nodeType(): number {
    return 1;
  }
  get nodeName(): string {
    return this.qn.qname;
  }
  get tagName(): string {
    return this.qn.qname;
  }
  get localName(): string {
    return this.qn.localName;
  }
  get prefix(): string | null {
    return this.qn.prefix;
  }
  get namespaceURI(): string | null {
    return this.qn.namespaceURI;
  }
  get nodeValue(): null {
    return null;
  }
  override get textContent(): string {
    return super.textContent ?? "";
  }
  set textContent(value: string) {
    while (this.first !== null) this.removeChild(this.first);
    if (value !== "") this.appendChild(newText(this.ownerDocument, String(value)));
  }

  protected ownerDocumentOrSelf(): XDocument {
    return this.ownerDocument;
  }

  get attrs(): XAttr[] | null {
    if (this.attrList === undefined) this.attrList = attributeReader!(this);
    return this.attrList;
  }
  set attrs(value: XAttr[] | null) {
    this.attrList = value;
  }
  /** Marks the attributes as still in the source text (the parser). */
  lazyAttributes(): void {
    this.attrList = undefined;
  }
  get attributesRead(): boolean {
    return this.attrList !== undefined;
  }

  get attributes(): XNodeList<XAttr> & { getNamedItem(name: string): XAttr | null } {
    const list = nodeList([...(this.attrs ?? [])]) as XNodeList<XAttr> & {
      getNamedItem(name: string): XAttr | null;
    };
    list.getNamedItem = (name) => list.find((a) => a.qn.qname === name) ?? null;
    return list;
  }

  private findAttr(name: string): XAttr | undefined {
    const attrs = this.attrs;
    if (attrs === null) return undefined;
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.qn.qname === name) return attrs[i];
    return undefined;
  }

  private findAttrNS(namespaceURI: string | null, localName: string): XAttr | undefined {
    const attrs = this.attrs;
    if (attrs === null) return undefined;
    const ns = namespaceURI === "" ? null : namespaceURI;
    for (let i = 0; i < attrs.length; i++) {
      const qn = attrs[i]!.qn;
      if (qn.localName === localName && qn.namespaceURI === ns) return attrs[i];
    }
    return undefined;
  }

  getAttribute(name: string): string | null {
    if (this.attrList === undefined) {
      const colon = name.indexOf(":");
      return valueReader!(this, null, colon < 0 ? name : name.slice(colon + 1), name);
    }
    return this.findAttr(name)?.value ?? null;
  }
  getAttributeNS(namespaceURI: string | null, localName: string): string | null {
    if (this.attrList === undefined) {
      return valueReader!(this, namespaceURI === "" ? null : namespaceURI, localName, null);
    }
    return this.findAttrNS(namespaceURI, localName)?.value ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  hasAttributeNS(namespaceURI: string | null, localName: string): boolean {
    return this.getAttributeNS(namespaceURI, localName) !== null;
  }
  getAttributeNode(name: string): XAttr | null {
    return this.findAttr(name) ?? null;
  }

  private attrsTouched(): void {
    this.attrsChanged = true;
    touch(this);
  }

  setAttribute(name: string, value: string): void {
    const existing = this.findAttr(name);
    if (existing !== undefined) {
      existing.value = String(value);
    } else {
      const ns = name === "xmlns" || name.startsWith("xmlns:") ? XMLNS_NS : null;
      (this.attrs ??= []).push(new XAttr(qName(ns, name), String(value)));
    }
    this.attrsTouched();
  }

  setAttributeNS(namespaceURI: string | null, qualifiedName: string, value: string): void {
    const qn = qName(namespaceURI, qualifiedName);
    const existing = this.findAttrNS(qn.namespaceURI, qn.localName);
    if (existing !== undefined) {
      existing.qn = qn;
      existing.value = String(value);
    } else {
      (this.attrs ??= []).push(new XAttr(qn, String(value)));
    }
    this.attrsTouched();
  }

  removeAttribute(name: string): void {
    const a = this.findAttr(name);
    if (a === undefined) return;
    this.attrs!.splice(this.attrs!.indexOf(a), 1);
    this.attrsTouched();
  }

  removeAttributeNS(namespaceURI: string | null, localName: string): void {
    const a = this.findAttrNS(namespaceURI, localName);
    if (a === undefined) return;
    this.attrs!.splice(this.attrs!.indexOf(a), 1);
    this.attrsTouched();
  }

  /** Deep or shallow copy; copies keep their source offsets (same content, same text). */
  cloneNode(deep = false): XElement {
    const root = shallowClone(this);
    if (!deep) {
      if (this.first !== null) root.changed = true;
      return root;
    }
    // Iterative copy in document order: `parent` is the copy being filled, `last` its last copied
    // child, `lasts` the same for the levels above (deep trees do not grow the stack).
    let parent: XElement = root;
    let last: XChild | null = null;
    const lasts: XChild[] = [];
    for (let src: XChild | null = this.first; src !== null;) {
      const copy = src instanceof XElement ? shallowClone(src) : src.cloneNode();
      parent.linkAfter(copy, last);
      last = copy;
      if (src instanceof XElement && src.first !== null) {
        lasts.push(copy);
        parent = copy as XElement;
        last = null;
        src = src.first;
        continue;
      }
      while (src.nextSibling === null) {
        const up = src.parentNode as XElement;
        if (up === this) return root;
        src = up;
        parent = parent.parentNode as XElement;
        last = lasts.pop()!;
      }
      src = src.nextSibling;
    }
    return root;
  }
}

/**
 * Every element and text node is made by these two, in one of two ways chosen once per engine
 * (`literalNodes.ts`): by `new`, or as an object literal whose prototype is its class's, which
 * V8 11 (Node 20) allocates directly in the old generation once it has seen most of them live on.
 * The literals' fields are those the constructors set, in the same order (one hidden class per
 * kind of node either way; `tests/engine/xmlNodeFactory.test.ts` checks they agree).
 */
export const newElement: (name: ElementName) => XElement = LITERAL_NODES
  ? literalElement
  : (name) => new XElement(name);

export const newText: (owner: XDocument, data: string, cdata?: boolean) => XText = LITERAL_NODES
  ? literalText
  : (owner, data, cdata = false) => new XText(owner, data, cdata);

/** An element as an object literal (`LITERAL_NODES`): exported for the tests of both ways. */
export function literalElement(name: ElementName): XElement {
  return {
    __proto__: ELEMENT_PROTO,
    parentNode: null,
    nextSibling: null,
    start: -1,
    end: -1,
    first: null,
    state: 0,
    below: 0,
    attrList: null,
    qn: name,
  } as unknown as XElement;
}

/** A text node as an object literal (`LITERAL_NODES`). */
export function literalText(owner: XDocument, data: string, cdata = false): XText {
  return {
    __proto__: TEXT_PROTO,
    parentNode: null,
    nextSibling: null,
    start: -1,
    end: -1,
    ownerDocument: owner,
    text: data,
    cdata,
  } as unknown as XText;
}

const ELEMENT_PROTO: object = XElement.prototype;
const TEXT_PROTO: object = XText.prototype;

function shallowClone(e: XElement): XElement {
  const c = newElement(e.qn);
  if (!e.attributesRead) c.lazyAttributes();
  else if (e.attrs !== null) c.attrs = e.attrs.map((a) => new XAttr(a.qn, a.value));
  c.start = e.start;
  c.end = e.end;
  c.state = e.state;
  c.below = e.below;
  return c;
}

export class XDocument extends XParentBase {
  /** The text this document was parsed from ("" for a created document). */
  readonly source: string;
  /** End of the XML declaration (and of the prolog kept verbatim before the root). */
  prologEnd = 0;
  /**
   * Counts the changes made to the tree since parsing (every `touch`): what is computed from the
   * tree (the body index) can be kept while it has not moved.
   */
  version = 0;
  /** `createdName`'s names, by namespace URI ("" for none) and qualified name. */
  private createdNames: Map<string, Map<string, ElementName>> | null = null;

  constructor(source = "") {
    super();
    this.source = source;
    this.start = source === "" ? -1 : 0;
    this.end = source.length;
  }

  /** A document's own is null (DOM Level 2 Core). */
  get ownerDocument(): XDocument {
    return null as unknown as XDocument;
  }

  get nodeType(): number {
    return 9;
  }
  get nodeName(): string {
    return "#document";
  }
  get nodeValue(): null {
    return null;
  }
  override get textContent(): null {
    return null;
  }

  protected ownerDocumentOrSelf(): XDocument {
    return this;
  }

  get documentElement(): XElement | null {
    for (let n = this.first; n !== null; n = n.nextSibling) if (n instanceof XElement) return n;
    return null;
  }

  createElementNS(namespaceURI: string | null, qualifiedName: string): XElement {
    const e = newElement(this.createdName(namespaceURI, qualifiedName));
    e.changed = true;
    return e;
  }
  /**
   * One name per namespace and qualified name created in this document, as the parser shares
   * one per name and scope: a fill creates ~20,000 runs and texts of a handful of names, and
   * building each name again (`qName` interns its strings) was 6 % of a fill's time.
   */
  private createdName(namespaceURI: string | null, qualifiedName: string): ElementName {
    const byNamespace = (this.createdNames ??= new Map());
    let names = byNamespace.get(namespaceURI ?? "");
    if (names === undefined) byNamespace.set(namespaceURI ?? "", (names = new Map()));
    let name = names.get(qualifiedName);
    if (name === undefined) {
      name = elementName(qName(namespaceURI, qualifiedName), this, EMPTY_SCOPE);
      names.set(qualifiedName, name);
    }
    return name;
  }

  createElement(qualifiedName: string): XElement {
    return this.createElementNS(null, qualifiedName);
  }
  createTextNode(data: string): XText {
    return newText(this, String(data));
  }
  createComment(data: string): XComment {
    return new XComment(this, String(data));
  }
  createCDATASection(data: string): XText {
    return newText(this, String(data), true);
  }

  importNode<T extends XChild>(node: T, deep = false): T {
    const copy = (node instanceof XElement ? node.cloneNode(deep) : node.cloneNode()) as T;
    const holder = copy;
    adopt(holder, this);
    return copy;
  }

  cloneNode(): XDocument {
    throw new Error("NotSupportedError: Document.cloneNode");
  }
}
