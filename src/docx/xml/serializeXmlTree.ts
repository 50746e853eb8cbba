import { EMPTY_SCOPE, NsScope, XComment, XDocument, XElement, XMLNS_NS, XText } from "./xmlNodes";
import type { XChild } from "./xmlNodes";
import { sourceAttributeNames } from "./parseXmlTree";

/**
 * Serialises a tree made by `parseXmlTree` (or built with its documents' factories) so that every
 * node that did not change since parsing is copied from the source text, byte for byte — runs of
 * untouched siblings in one slice — and only changed or new nodes are written anew. A fill that
 * rewrites a few hundred paragraphs of a 13 MB document.xml therefore costs the size of those
 * paragraphs plus the slices around them, and every byte outside them stays as it was (odd
 * quoting, `&#11;`, white space, comments). Moving a node keeps it exact: a copied slice that
 * relies on namespace declarations no longer in force gets them added to its start tag.
 */
export function serializeXmlTree(node: XDocument | XChild): string {
  if (node instanceof XDocument) return serializeXmlTreePieces(node).join("");
  const out: string[] = [];
  if (node instanceof XElement) {
    // A fragment declares the namespaces it uses, no more (as XMLSerializer does).
    element(node, EMPTY_SCOPE, out, prefixesUsed(node));
  } else {
    out.push(leaf(node));
  }
  return out.join("");
}

/**
 * A document serialised as the list of pieces `serializeXmlTree` would join: slices of the source
 * (sliced strings, no copy) and the changed nodes' new text. Joining a class file's 13 MB
 * document.xml makes a 26 MB string (two bytes per character as soon as one is above U+00FF);
 * `encodePartPieces` encodes the pieces straight into the part's bytes instead.
 */
export function serializeXmlTreePieces(doc: XDocument): readonly string[] {
  if (!doc.changed && doc.source !== "") return [doc.source];
  const out: string[] = [];
  serializeDocument(doc, out);
  return out;
}

/**
 * An element serialised for the place it was parsed at: with no namespace declaration beyond its
 * start tag's own (its scope is the one in force there). What a splice writes in place of the
 * element's source text (`spliceWrites`): a copy of a parsed element, edited, serialises exactly
 * as the whole document's serialisation would write it there.
 */
export function serializeXmlTreeInScope(e: XElement): string {
  const out: string[] = [];
  element(e, e.scope, out, null);
  return out.join("");
}

/**
 * The prefixes a fragment's elements and attributes use, found in one walk of the subtree (no
 * element list: the Word double serialises every table of a class file this way). Attributes
 * still only in the source are not built: their names are read from the start tag.
 */
function prefixesUsed(root: XElement): Set<string> {
  const used = new Set<string>();
  const add = (e: XElement): void => {
    used.add(e.qn.prefix ?? "");
    if (e.attributesRead) {
      for (const a of e.attrs ?? []) if (a.qn.prefix !== null) used.add(a.qn.prefix);
      return;
    }
    for (const name of sourceAttributeNames(e)) {
      const colon = name.indexOf(":");
      if (colon > 0) used.add(name.slice(0, colon));
    }
  };
  add(root);
  root.forEachElement(add);
  return used;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function serializeDocument(doc: XDocument, out: string[]): void {
  const src = doc.source;
  let cursor = 0;
  if (doc.prologEnd > 0) {
    out.push(src.slice(0, doc.prologEnd));
    cursor = doc.prologEnd;
  }
  for (let c = doc.firstChild; c !== null; c = c.nextSibling) {
    // White space between top-level nodes is not a node (DOM): copy it from the source.
    if (c.start >= cursor && src !== "" && isBlank(src, cursor, c.start)) {
      out.push(src.slice(cursor, c.start));
    }
    if (c instanceof XElement) element(c, EMPTY_SCOPE, out, null);
    else out.push(leaf(c));
    if (c.start >= 0) cursor = c.end;
  }
  if (src !== "" && cursor > 0 && isBlank(src, cursor, src.length)) out.push(src.slice(cursor));
}

/** Control characters are only expressible as references (kept as Word's `&#11;` was). */
function escapeText(s: string): string {
  return s.replace(/[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `&#${c.charCodeAt(0)};`,
  );
}

function escapeAttr(s: string): string {
  return s.replace(/[&<"\u0000-\u001f]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === '"' ? "&quot;" : `&#${c.charCodeAt(0)};`,
  );
}

function leaf(n: Exclude<XChild, XElement>): string {
  if (n.start >= 0) return n.ownerDocument.source.slice(n.start, n.end);
  if (n instanceof XText) {
    return n.cdata
      ? `<![CDATA[${n.data.split("]]>").join("]]]]><![CDATA[>")}]]>`
      : escapeText(n.data);
  }
  if (n instanceof XComment) return `<!--${n.data}-->`;
  return `<?${n.target}${n.data === "" ? "" : ` ${n.data}`}?>`;
}

/** Declarations that `needed` has and `scope` lacks (or binds otherwise). */
function missingDeclarations(needed: NsScope, scope: NsScope, used: Set<string> | null): string {
  if (needed === scope) return "";
  let out = "";
  for (const [prefix, uri] of needed.bindings()) {
    if ((scope.lookup(prefix) ?? null) === uri || (used !== null && !used.has(prefix))) continue;
    if (prefix === "") out += ` xmlns="${escapeAttr(uri ?? "")}"`;
    else if (uri !== null) out += ` xmlns:${prefix}="${escapeAttr(uri)}"`;
  }
  return out;
}

/** `scope` extended with the namespace declarations among `e`'s attributes and `extra`. */
function innerScope(
  e: XElement,
  scope: NsScope,
  extra: Map<string, string | null> | null,
): NsScope {
  let own: Map<string, string | null> | null = extra;
  for (const a of e.attrs ?? []) {
    if (a.qn.namespaceURI !== XMLNS_NS) continue;
    own ??= new Map();
    own.set(a.qn.prefix === null ? "" : a.qn.localName, a.value === "" ? null : a.value);
  }
  return own === null ? scope : new NsScope(scope, own);
}

function copyWithDeclarations(e: XElement, src: string, to: number, decls: string): string {
  if (decls === "") return src.slice(e.start, to);
  const nameEnd = e.start + 1 + e.qn.qname.length;
  return src.slice(e.start, nameEnd) + decls + src.slice(nameEnd, to);
}

function element(e: XElement, scope: NsScope, out: string[], used: Set<string> | null): void {
  const src = e.ownerDocument.source;
  const parsed = e.start >= 0;
  if (parsed && !e.changed) {
    const decls =
      e.scope === scope || e.scope.key === scope.key
        ? ""
        : missingDeclarations(e.scope, scope, used);
    out.push(copyWithDeclarations(e, src, e.end, decls));
    return;
  }
  let inner: NsScope;
  const selfClosingSource = parsed && e.openEnd === e.end;
  if (parsed && !e.attrsChanged) {
    const decls =
      e.scope === scope || e.scope.key === scope.key
        ? ""
        : missingDeclarations(e.scope, scope, used);
    if (selfClosingSource && e.firstChild === null) {
      out.push(copyWithDeclarations(e, src, e.end, decls));
      return;
    }
    const tag = copyWithDeclarations(e, src, selfClosingSource ? e.openEnd - 2 : e.openEnd, decls);
    out.push(selfClosingSource ? `${tag}>` : tag);
    inner = innerScope(e, scope, decls === "" ? null : declarationsMap(e.scope, scope, used));
  } else {
    // A new or re-attributed element: written from its name and attributes, with any namespace
    // declaration its own prefix or its attributes' need in the output.
    const extra = new Map<string, string | null>();
    const base = innerScope(e, scope, null);
    const needs = (prefix: string | null, uri: string | null): void => {
      if (prefix === "xml" || uri === XMLNS_NS) return;
      const p = prefix ?? "";
      const current = extra.has(p) ? extra.get(p)! : (base.lookup(p) ?? null);
      if (current !== uri) extra.set(p, uri);
    };
    needs(e.qn.prefix, e.qn.namespaceURI);
    for (const a of e.attrs ?? []) if (a.qn.prefix !== null) needs(a.qn.prefix, a.qn.namespaceURI);
    let tag = `<${e.qn.qname}`;
    for (const a of e.attrs ?? []) tag += ` ${a.qn.qname}="${escapeAttr(a.value)}"`;
    for (const [p, uri] of extra)
      tag +=
        p === "" ? ` xmlns="${escapeAttr(uri ?? "")}"` : ` xmlns:${p}="${escapeAttr(uri ?? "")}"`;
    inner = extra.size === 0 ? base : new NsScope(base, extra);
    if (e.firstChild === null) {
      out.push(`${tag}/>`);
      return;
    }
    out.push(`${tag}>`);
  }

  // Children: untouched siblings that were adjacent in the source go out as one slice.
  let runStart = -1;
  let runEnd = -1;
  for (let c = e.firstChild; c !== null; c = c.nextSibling) {
    let clean = c.start >= 0;
    if (c instanceof XElement && clean) {
      if (c.changed) clean = false;
      else if (c.scope !== inner) {
        if (c.scope.key === inner.key) inner = c.scope;
        else if (used === null || missingDeclarations(c.scope, inner, used) !== "") clean = false;
      }
    }
    if (clean) {
      if (c.start === runEnd) {
        runEnd = c.end;
      } else {
        if (runStart >= 0) out.push(src.slice(runStart, runEnd));
        runStart = c.start;
        runEnd = c.end;
      }
      continue;
    }
    if (runStart >= 0) out.push(src.slice(runStart, runEnd));
    runStart = -1;
    runEnd = -1;
    if (c instanceof XElement) element(c, inner, out, used);
    else out.push(leaf(c));
  }
  if (runStart >= 0) out.push(src.slice(runStart, runEnd));

  if (parsed && !selfClosingSource) out.push(src.slice(src.lastIndexOf("<", e.end - 1), e.end));
  else out.push(`</${e.qn.qname}>`);
}

function declarationsMap(
  needed: NsScope,
  scope: NsScope,
  used: Set<string> | null,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [prefix, uri] of needed.bindings()) {
    if ((scope.lookup(prefix) ?? null) !== uri && (used === null || used.has(prefix))) {
      out.set(prefix, uri);
    }
  }
  return out;
}
