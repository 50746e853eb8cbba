import * as xmldom from "@xmldom/xmldom";

/**
 * The XML DOM the engine runs on: the platform's own `DOMParser`/`XMLSerializer` where there is
 * one (browsers: Word's webviews and the demo; their C++ parsers read a livret's 440 kB
 * document.xml about ten times faster than xmldom), `@xmldom/xmldom` in Node. The pane's webpack
 * build aliases `@xmldom/xmldom` to an empty module, so only the native DOM is bundled there.
 * Both implement DOM Level 2 Core with namespaces, which is all the engine uses.
 */
interface XmlPlatform {
  readonly name: "native" | "xmldom";
  parse(xml: string, onError: (message: string) => void): Document;
  serialize(node: Node): string;
  createDocument(): Document;
}

const XML_DECLARATION = /^\s*<\?xml[^?]*\?>\s*/;

/**
 * The prolog (XML declaration and the whitespace after it) of each parsed document: a native DOM
 * drops the declaration and xmldom rewrites the line break after it; both get the original back.
 */
const declarations = new WeakMap<Document, string>();

function nativePlatform(): XmlPlatform | null {
  const g = globalThis as { DOMParser?: typeof DOMParser; XMLSerializer?: typeof XMLSerializer };
  if (typeof g.DOMParser !== "function" || typeof g.XMLSerializer !== "function") return null;
  const Parser = g.DOMParser;
  const Serializer = g.XMLSerializer;
  return {
    name: "native",
    parse(xml, onError) {
      const doc = new Parser().parseFromString(xml, "text/xml");
      // Browsers report malformed XML with a <parsererror> element instead of throwing.
      const error = doc.getElementsByTagName("parsererror")[0];
      if (error !== undefined) onError(error.textContent ?? "parsererror");
      return doc;
    },
    serialize: (node) => new Serializer().serializeToString(node),
    createDocument: () => document.implementation.createDocument(null, null, null),
  };
}

function xmldomPlatform(): XmlPlatform {
  return {
    name: "xmldom",
    parse(xml, onError) {
      const parser = new xmldom.DOMParser({
        onError: (level, message) => {
          if (level !== "warning") onError(message);
        },
      });
      return parser.parseFromString(xml, "text/xml") as unknown as Document;
    },
    serialize: (node) => new xmldom.XMLSerializer().serializeToString(node as never),
    createDocument: () =>
      new xmldom.DOMImplementation().createDocument(null, "", null) as unknown as Document,
  };
}

let platform: XmlPlatform | null = null;

function current(): XmlPlatform {
  platform ??= nativePlatform() ?? xmldomPlatform();
  return platform;
}

/** Which DOM is in use (reported by the bench and the demo). */
export function xmlPlatformName(): "native" | "xmldom" {
  return current().name;
}

/** Parses XML; throws the first error message (malformed XML) as an `Error`. */
export function parseXml(xml: string): Document {
  const problems: string[] = [];
  const doc = current().parse(xml, (message) => problems.push(message));
  if (problems.length > 0) throw new Error(problems[0]);
  if (doc.documentElement === null) throw new Error("document vide");
  const declaration = XML_DECLARATION.exec(xml);
  if (declaration !== null) declarations.set(doc, declaration[0]);
  return doc;
}

/** Serialises a node; a whole document keeps the prolog it was parsed with, byte for byte. */
export function serializeXml(node: Node): string {
  const text = current().serialize(node);
  const prolog =
    node.nodeType === 9 /* DOCUMENT_NODE */ ? declarations.get(node as Document) : undefined;
  return prolog === undefined ? text : prolog + text.replace(XML_DECLARATION, "");
}

/** An empty XML document to import nodes into. */
export function createXmlDocument(): Document {
  return current().createDocument();
}
