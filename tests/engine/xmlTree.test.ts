import { parseDocumentXml } from "../../src/docx/buildDocModel";
import { decodePart, encodePart } from "../../src/docx/xml/decodePart";
import { MAX_XML_DEPTH, XmlTooDeepError, parseXmlTree } from "../../src/docx/xml/parseXmlTree";
import { serializeXmlTree } from "../../src/docx/xml/serializeXmlTree";
import type { XElement } from "../../src/docx/xml/xmlNodes";
import {
  createXmlDocument,
  documentOfElement,
  elementNames,
  mayContainAny,
  parseXml,
  serializeXml,
} from "../../src/docx/xmlPlatform";
import { W_NS, XML_NS } from "../../src/docx/wml";
import { isLivretError } from "../../src/shared/livretError";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const W = `xmlns:w="${W_NS}"`;

function malformed(xml: string): string {
  try {
    parseDocumentXml(xml, "word/document.xml");
  } catch (error) {
    if (isLivretError(error) && error.code === "MalformedXml") return error.message;
    throw error;
  }
  throw new Error(`accepted: ${xml}`);
}

describe("the XML tree: reading", () => {
  const doc = parseXml(
    `${DECL}<w:document ${W} xmlns:x="urn:x"><w:body>` +
      `<w:p w:rsidR='00AB'><w:r><w:t xml:space="preserve"> A &amp; B &lt;C&gt; &#233;&#x2713; </w:t></w:r></w:p>` +
      `<!-- a comment --><?pi data?><w:p><w:r><w:t><![CDATA[<raw & text>]]></w:t></w:r></w:p>` +
      `<x:thing x:a="1" b="tab&#9;kept	normalised"/></w:body></w:document>`,
  );

  it("gives namespaces, prefixes, local names and node types as the DOM does", () => {
    const root = doc.documentElement!;
    expect([root.namespaceURI, root.prefix, root.localName, root.nodeName, root.nodeType]).toEqual([
      W_NS,
      "w",
      "document",
      "w:document",
      1,
    ]);
    const thing = doc.getElementsByTagNameNS("urn:x", "thing").item(0)!;
    expect(thing.getAttributeNS("urn:x", "a")).toBe("1");
    expect(thing.getAttribute("x:a")).toBe("1");
    expect(thing.getAttributeNS(null, "b")).toBe("tab\tkept normalised");
    expect(thing.hasAttributeNS("urn:x", "b")).toBe(false);
    expect(doc.getElementsByTagName("*").length).toBe(9);
  });

  it("decodes entities and character references, keeps CDATA and white space", () => {
    const ts = doc.getElementsByTagNameNS(W_NS, "t");
    expect(ts[0]!.textContent).toBe(" A & B <C> é✓ ");
    expect(ts[0]!.getAttributeNS(XML_NS, "space")).toBe("preserve");
    expect(ts[1]!.textContent).toBe("<raw & text>");
    expect(ts[1]!.firstChild!.nodeType).toBe(4);
    const p = doc.getElementsByTagNameNS(W_NS, "p")[0]!;
    expect(p.getAttributeNS(W_NS, "rsidR")).toBe("00AB");
    const body = p.parentNode!;
    expect(Array.from(body.childNodes).map((n) => n.nodeType)).toEqual([1, 8, 7, 1, 1]);
    expect(body.childNodes.item(1)!.nodeValue).toBe(" a comment ");
  });

  it("gives back an untouched document exactly as it was", () => {
    const odd =
      `${DECL}<w:document ${W}  >\r\n  <w:body ><w:p w:a = 'x' ><w:r><w:t>a&#11;b</w:t></w:r></w:p>` +
      `<w:p/><!--c--></w:body ></w:document >\r\n`;
    expect(serializeXml(parseXml(odd))).toBe(odd);
    expect(parseXml(odd).getElementsByTagNameNS(W_NS, "t")[0]!.textContent).toBe("a\u000bb");
  });
});

describe("the XML tree: refusing what Word refuses", () => {
  it.each([
    ["a bare &", `<w:document ${W}><w:t>A & B</w:t></w:document>`, /ne commence pas une référence/],
    ["mismatched tags", `<w:document ${W}><w:p><w:r></w:p></w:document>`, /attendu <\/w:r>/],
    [
      "an end tag of the same length",
      `<w:document ${W}><w:p><w:r></w:x></w:p></w:document>`,
      /<\/w:x> inattendue \(attendu <\/w:r>\)/,
    ],
    [
      "an end tag the open name only begins",
      `<w:document ${W}><w:p></w:pPr></w:document>`,
      /<\/w:pPr> inattendue \(attendu <\/w:p>\)/,
    ],
    ["an end tag with nothing open", `<w:document ${W}/></w:document>`, /sans balise ouvrante/],
    ["an unclosed end tag", `<w:document ${W}></w:document`, /« > » attendu après <\/w:document/],
    ["an unclosed element", `<w:document ${W}><w:body>`, /non fermé/],
    ["two roots", `<w:a ${W}/><w:b ${W}/>`, /un seul élément racine/],
    ["an undeclared prefix", `<w:document ${W}><v:shape/></w:document>`, /préfixe non déclaré/],
    ["a duplicate attribute", `<w:document ${W} a="1" a="2"/>`, /en double/],
    ["a < in an attribute", `<w:document ${W} a="<"/>`, /interdit dans la valeur/],
    ["an unknown entity", `<w:document ${W}>&nbsp;</w:document>`, /entité &nbsp; non déclarée/],
    ["a DTD", `<!DOCTYPE x [<!ENTITY a "b">]><x/>`, /DTD/],
    ["text after the root", `<w:document ${W}/>junk`, /hors de l'élément racine/],
    ["an empty part", ``, /aucun élément racine/],
  ])("refuses %s (MalformedXml, with line and column)", (_, xml, pattern) => {
    const message = malformed(xml);
    expect(message).toMatch(/^word\/document\.xml: XML mal formé \(ligne \d+, colonne \d+ : /);
    expect(message).toMatch(pattern);
  });

  it("reads end tags with white space before their >", () => {
    const doc = parseXmlTree(`<w:document ${W}><w:p ></w:p \n></w:document\t>`);
    expect(doc.documentElement?.firstChild?.nodeName).toBe("w:p");
  });

  it(`accepts ${MAX_XML_DEPTH} nested elements and refuses one more, without recursion`, () => {
    const nested = (depth: number): string => "<a>".repeat(depth) + "</a>".repeat(depth);
    expect(parseXmlTree(nested(MAX_XML_DEPTH)).getElementsByTagName("a").length).toBe(
      MAX_XML_DEPTH,
    );
    expect(malformed(nested(MAX_XML_DEPTH + 1))).toMatch(/imbrication trop profonde/);
    // A hostile part a million levels deep: a clear error, not a stack overflow.
    expect(malformed(nested(1_000_000))).toMatch(/imbrication trop profonde/);
    // A lower limit asked by the caller is told apart (the .docx reader calls it "too large").
    expect(() => parseXmlTree(nested(13), { maxDepth: 12 })).toThrow(XmlTooDeepError);
    expect(() => parseXmlTree(nested(12), { maxDepth: 12 })).not.toThrow();
  });

  it.each([
    ["a raw U+0001 in text", `<t>a\u0001b</t>`, "caractère U+0001 interdit", 5],
    ["a raw U+000B in an attribute", `<t a="\u000b"/>`, "caractère U+000B interdit", 7],
    ["a U+FFFE in a comment", `<t><!--\ufffe--></t>`, "caractère U+FFFE interdit", 8],
    ["a lone surrogate in CDATA", `<t><![CDATA[\ud800x]]></t>`, "caractère U+D800", 13],
    ["a lone low surrogate in a name", `<t\udc00/>`, "caractère U+DC00", 3],
    ["&#11;", `<t>&#11;</t>`, "référence &#11; à un caractère interdit", 4],
    ["&#xFFFF; in an attribute", `<t a="&#xFFFF;"/>`, "référence &#xFFFF;", 7],
  ])("in strict mode refuses %s, where it is", (_, xml, problem, column) => {
    let message = "";
    try {
      parseXmlTree(xml, { strictCharacters: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(problem);
    expect(message).toContain(`ligne 1, colonne ${column} :`);
    // Without strict mode Word's lenience is kept: raw characters pass, references to controls too.
    if (!xml.includes("&")) expect(() => parseXmlTree(xml)).not.toThrow();
  });

  it("in strict mode keeps surrogate pairs, tabs and line ends", () => {
    const doc = parseXmlTree(`<t a="\t">\ud83d\ude00\r\n&#x1F600;&#9;</t>`, {
      strictCharacters: true,
    });
    expect(doc.documentElement!.textContent).toBe("\u{1F600}\n\u{1F600}\t");
  });
});

describe("the XML tree: changes and what is written", () => {
  const source =
    `${DECL}<w:document ${W}><w:body>` +
    `<w:p><w:r><w:t>one</w:t></w:r></w:p><w:p w:x='q'><w:r><w:t>two&#11;</w:t></w:r></w:p>` +
    `<w:p/></w:body></w:document>`;

  it("rewrites only the changed node; the rest is copied from the source", () => {
    const doc = parseXml(source);
    const t = doc.getElementsByTagNameNS(W_NS, "t")[0]!;
    t.firstChild!.nodeValue = "un & deux";
    expect(serializeXml(doc)).toBe(source.replace("<w:t>one</w:t>", "<w:t>un &amp; deux</w:t>"));
  });

  it("writes new elements with the document's prefixes, and fills an empty <x/>", () => {
    const doc = parseXml(source);
    const empty = doc.getElementsByTagNameNS(W_NS, "p")[2]!;
    const r = doc.createElementNS(W_NS, "w:r");
    const t = doc.createElementNS(W_NS, "w:t");
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(' "<new>" '));
    r.appendChild(t);
    empty.appendChild(r);
    expect(serializeXml(doc)).toBe(
      source.replace(
        "<w:p/>",
        '<w:p><w:r><w:t xml:space="preserve"> "&lt;new&gt;" </w:t></w:r></w:p>',
      ),
    );
  });

  it("keeps copies exact: clones, moves and a fragment on its own declare what they need", () => {
    const doc = parseXml(source);
    const [first, second] = Array.from(doc.getElementsByTagNameNS(W_NS, "p"));
    const copy = second!.cloneNode(true) as Element;
    first!.parentNode!.replaceChild(copy, first!);
    expect(first!.parentNode).toBeNull();
    expect(serializeXml(doc)).toBe(
      source.replace(
        "<w:p><w:r><w:t>one</w:t></w:r></w:p>",
        "<w:p w:x='q'><w:r><w:t>two&#11;</w:t></w:r></w:p>",
      ),
    );
    expect(serializeXml(second!)).toBe(
      `<w:p xmlns:w="${W_NS}" w:x='q'><w:r><w:t>two&#11;</w:t></w:r></w:p>`,
    );
    const other = createXmlDocument();
    other.appendChild(other.importNode(second!, true));
    expect(serializeXml(other)).toBe(
      `<w:p w:x="q" xmlns:w="${W_NS}"><w:r><w:t>two&#11;</w:t></w:r></w:p>`,
    );
  });

  it("imports nodes from another document with their attributes (never read before)", () => {
    const target = parseXml(`<w:document ${W}><w:body><w:p/></w:body></w:document>`);
    const other = parseXml(`<w:root ${W}><w:id w:val="9"><w:x w:val="10">t</w:x></w:id></w:root>`);
    // The attributes of `other` are still only in its source text: importing must carry them.
    const imported = target.importNode(other.documentElement!.firstChild!, true);
    target.getElementsByTagNameNS(W_NS, "p").item(0)!.appendChild(imported);
    expect(serializeXml(target)).toBe(
      `<w:document ${W}><w:body><w:p><w:id w:val="9"><w:x w:val="10">t</w:x></w:id></w:p></w:body></w:document>`,
    );
  });

  it("a detached root becomes a document of its own without a copy", () => {
    const pkg = parseXml(
      `<pkg xmlns:w="${W_NS}"><data><w:document><w:body/></w:document></data></pkg>`,
    );
    const main = pkg.getElementsByTagNameNS(W_NS, "document")[0]!;
    const doc = documentOfElement(main);
    expect(doc.documentElement).toBe(main);
    expect(main.ownerDocument).toBe(doc);
    expect(serializeXml(doc)).toBe(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`);
  });

  it("follows the DOM's rules for children", () => {
    const doc = parseXml(source);
    const body = doc.getElementsByTagNameNS(W_NS, "body")[0]!;
    const stranger = doc.createElementNS(W_NS, "w:p");
    expect(() => body.removeChild(stranger)).toThrow(/NotFoundError/);
    expect(() => body.insertBefore(stranger, doc.createElementNS(W_NS, "w:r"))).toThrow(
      /NotFoundError/,
    );
    expect(() => body.firstChild!.appendChild(body)).toThrow(/HierarchyRequestError/);
    body.insertBefore(stranger, body.firstChild);
    expect(body.firstChild).toBe(stranger);
    expect(stranger.nextSibling!.previousSibling).toBe(stranger);
    body.removeChild(stranger);
    expect(serializeXml(doc)).toBe(source);
    const p = body.lastChild as Element;
    p.textContent = "x";
    expect(p.textContent).toBe("x");
    p.setAttribute("a", 'q"');
    expect(serializeXml(p)).toBe(`<w:p a="q&quot;" xmlns:w="${W_NS}">x</w:p>`);
    p.removeAttribute("a");
    expect(p.hasAttribute("a")).toBe(false);
  });
});

describe("the XML tree: sibling links (no back links are kept, they are walked)", () => {
  const names = (parent: Node): string[] => {
    const out: string[] = [];
    for (let n = parent.firstChild; n !== null; n = n.nextSibling) out.push(n.nodeName);
    return out;
  };
  const backwards = (parent: Node): string[] => {
    const out: string[] = [];
    for (let n = parent.lastChild; n !== null; n = n.previousSibling) out.push(n.nodeName);
    return out;
  };

  it("reads the same children both ways, after parsing and after every kind of change", () => {
    const doc = parseXml("<r><a/>t<b><c/></b><!--k--><d/></r>");
    const root = doc.documentElement!;
    expect(names(root)).toEqual(["a", "#text", "b", "#comment", "d"]);
    expect(backwards(root)).toEqual([...names(root)].reverse());
    expect(root.firstChild!.previousSibling).toBeNull();
    expect(root.lastChild!.nextSibling).toBeNull();

    const [a, , b, , d] = Array.from(root.childNodes);
    root.appendChild(a!); // moved to the end
    root.insertBefore(doc.createElement("x"), b!);
    root.removeChild(d!);
    const y = doc.createElement("y");
    root.replaceChild(y, b!); // a node from nowhere takes b's place
    root.replaceChild(b!, root.firstChild!); // b back, in place of the text
    expect(names(root)).toEqual(["b", "x", "y", "#comment", "a"]);
    expect(backwards(root)).toEqual(["a", "#comment", "y", "x", "b"]);
    expect(d!.parentNode).toBeNull();
    expect(d!.nextSibling).toBeNull();
    expect(serializeXml(root)).toBe("<r><b><c/></b><x/><y/><!--k--><a/></r>");

    // A child of the same parent takes another's place: just before it, or from the far end.
    const [, x, y2] = Array.from(root.childNodes);
    root.replaceChild(x!, y2!);
    root.replaceChild(root.lastChild!, root.firstChild!);
    expect(names(root)).toEqual(["a", "x", "#comment"]);
    expect(backwards(root)).toEqual(["#comment", "x", "a"]);
    expect(y2!.parentNode).toBeNull();
  });

  it("copies deep trees in order, the copy's links as the original's", () => {
    const doc = parseXml("<r><a><b>1<c/>2</b><d/></a>3<e><f><g/></f></e></r>");
    const copy = doc.documentElement!.cloneNode(true);
    expect(serializeXml(copy)).toBe(serializeXml(doc.documentElement!));
    const walk = (n: Node): string =>
      `${n.nodeName}(${names(n).join()}|${backwards(n).join()})` +
      Array.from(n.childNodes).map(walk).join("");
    expect(walk(copy)).toBe(walk(doc.documentElement!));
  });

  it("keeps each parsed element's document and scope with its name", () => {
    const doc = parseXml(
      `<w:document ${W}><w:body><w:p xmlns:x="urn:x"><w:r/></w:p></w:body></w:document>`,
    );
    const [p] = Array.from(doc.getElementsByTagNameNS(W_NS, "p")) as unknown as XElement[];
    const [r] = Array.from(doc.getElementsByTagNameNS(W_NS, "r")) as unknown as XElement[];
    const body = p!.parentNode as unknown as XElement;
    expect(p!.ownerDocument).toBe(doc);
    // p declares a prefix: its own scope is its parent's; its children's includes x.
    expect(p!.scope).toBe(body.scope);
    expect(r!.scope.lookup("x")).toBe("urn:x");
    expect(p!.scope.lookup("x")).toBeUndefined();
    const other = parseXml("<o/>");
    const moved = other.importNode(p as unknown as Element, true);
    expect(moved.ownerDocument).toBe(other);
    expect(p!.ownerDocument).toBe(doc);
  });
});

describe("the XML tree: which names a subtree may hold (tracked names)", () => {
  const xml =
    `${DECL}<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<w:body><w:p><w:r><w:t>plain</w:t></w:r></w:p>` +
    `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:sym w:char="F0FE"/>` +
    `</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
    `<w:p><w:fldSimple w:instr="PAGE"/></w:p></w:body></w:document>`;

  const may = (node: Node, names: readonly string[]): boolean =>
    mayContainAny(node, elementNames(names));

  it("proves absence without a walk and never misses an element, parsed or inserted", () => {
    const doc = parseXml(xml);
    const [plain, boxed, field] = Array.from(
      doc.getElementsByTagNameNS(W_NS, "body").item(0)!.childNodes,
    ) as Element[];
    expect(may(plain!, ["txbxContent", "sym", "fldSimple", "AlternateContent"])).toBe(false);
    expect(may(boxed!, ["sym"])).toBe(true);
    expect(may(boxed!, ["fldSimple"])).toBe(false);
    expect(may(field!, ["fldSimple"])).toBe(true);
    expect(may(doc, ["txbxContent"])).toBe(true);
    // An untracked name is always "may": the caller walks.
    expect(may(plain!, ["pPr"])).toBe(true);
    expect(plain!.getElementsByTagNameNS(W_NS, "sym").length).toBe(0);
    expect(boxed!.getElementsByTagNameNS(W_NS, "sym").length).toBe(1);
    expect(doc.getElementsByTagNameNS(W_NS, "txbxContent").length).toBe(1);
    // Inserted below a run of the plain paragraph: the paragraph and the document know at once.
    const run = plain!.firstChild!;
    const sym = doc.createElementNS(W_NS, "w:sym");
    const wrapper = doc.createElementNS(W_NS, "w:ins");
    wrapper.appendChild(sym);
    run.appendChild(wrapper);
    expect(may(plain!, ["sym"])).toBe(true);
    expect(may(plain!, ["ins"])).toBe(true);
    expect(plain!.getElementsByTagNameNS(W_NS, "sym").length).toBe(1);
    // Clones and imports carry what they hold.
    const copy = boxed!.cloneNode(true) as Element;
    expect(copy.getElementsByTagNameNS(W_NS, "sym").length).toBe(1);
    const other = parseXml(`${DECL}<w:document ${W}><w:body/></w:document>`);
    const body = other.documentElement!.firstChild!;
    body.appendChild(other.importNode(field!, true));
    expect(other.getElementsByTagNameNS(W_NS, "fldSimple").length).toBe(1);
  });
});

describe("the XML tree: attributes read from the source one at a time", () => {
  it("finds one attribute by namespace or by name, decoded, without building the others", () => {
    const doc = parseXmlTree(
      `<w:x ${W} xmlns:v="urn:v"><w:y w:val="a&amp;b" v:val="2" val="3" w:w='40'/></w:x>`,
    );
    const y = doc.documentElement!.firstChild as XElement;
    expect(y.getAttributeNS(W_NS, "val")).toBe("a&b");
    expect(y.getAttributeNS("urn:v", "val")).toBe("2");
    expect(y.getAttributeNS(null, "val")).toBe("3");
    expect(y.getAttribute("val")).toBe("3");
    expect(y.getAttribute("w:val")).toBe("a&b");
    expect(y.getAttributeNS(W_NS, "w")).toBe("40");
    expect(y.hasAttributeNS(W_NS, "nope")).toBe(false);
    expect(y.hasAttribute("v:val")).toBe(true);
    expect(y.attributesRead).toBe(false);
    // The first change builds them all; the values read are the same.
    y.setAttributeNS(W_NS, "w:w", "50");
    expect(y.attributesRead).toBe(true);
    expect([y.getAttributeNS(W_NS, "val"), y.getAttributeNS(W_NS, "w")]).toEqual(["a&b", "50"]);
  });
});

describe("the XML tree: a fragment on its own", () => {
  it("declares the prefixes of attributes never read, found in the source, and no others", () => {
    const doc = parseXml(
      `<w:document ${W} xmlns:v="urn:v" xmlns:x="urn:x" xmlns:unused="urn:u"><w:body>` +
        `<w:p v:a="1" b="2"><w:r x:q=">"/></w:p></w:body></w:document>`,
    );
    const p = doc.getElementsByTagNameNS(W_NS, "p").item(0)!;
    expect(serializeXml(p)).toBe(
      `<w:p ${W} xmlns:v="urn:v" xmlns:x="urn:x" v:a="1" b="2"><w:r x:q=">"/></w:p>`,
    );
  });
});

describe("decodePart / encodePart", () => {
  const text = `<?xml version="1.0" encoding="UTF-16"?><a>é✓</a>`;
  const utf16 = (le: boolean, bom: boolean): Uint8Array => {
    const body = bom ? `\ufeff${text}` : text;
    const out = new Uint8Array(body.length * 2);
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };

  it.each([
    ["UTF-16LE with a BOM", utf16(true, true)],
    ["UTF-16BE with a BOM", utf16(false, true)],
    ["UTF-16LE without a BOM", utf16(true, false)],
    ["UTF-16BE without a BOM", utf16(false, false)],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ["UTF-8", new TextEncoder().encode(text)],
  ])("reads %s and writes it back the same way", (_, bytes) => {
    expect(decodePart(bytes)).toBe(text);
    expect(encodePart(decodePart(bytes), bytes)).toEqual(bytes);
    expect(serializeXmlTree(parseXmlTree(decodePart(bytes)))).toBe(text);
  });
});
