import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import type * as BuildDocModel from "../../src/docx/buildDocModel";
import type * as XmlPlatform from "../../src/docx/xmlPlatform";
import type * as XmlNodes from "../../src/docx/xml/xmlNodes";
import { decodePart } from "../../src/docx/xml/decodePart";
import {
  EMPTY_SCOPE,
  XDocument,
  XElement,
  XText,
  elementName,
  literalElement,
  literalText,
  qName,
} from "../../src/docx/xml/xmlNodes";

/**
 * The tree's nodes are made by `new` or as literals with their class's prototype, depending on
 * the engine (`literalNodes.ts`); jest runs one of the two ways by itself, so both are checked
 * here: same fields in the same order (one hidden class), same behaviour, same model.
 */
const ROOT = join(__dirname, "../..");
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("the two ways of making nodes", () => {
  const doc = new XDocument("");
  const name = elementName(qName(W_NS, "w:p"), doc, EMPTY_SCOPE);

  it("give elements the same fields, in the same order, and the same prototype", () => {
    const made = new XElement(name);
    const literal = literalElement(name);
    expect(Object.keys(literal)).toEqual(Object.keys(made));
    expect(Object.getPrototypeOf(literal)).toBe(XElement.prototype);
    expect(literal).toBeInstanceOf(XElement);
    expect({ ...literal }).toEqual({ ...made });
    expect([literal.localName, literal.namespaceURI, literal.nodeType]).toEqual(["p", W_NS, 1]);
  });

  it("give text nodes the same fields, in the same order, and the same prototype", () => {
    const made = new XText(doc, "Léa", true);
    const literal = literalText(doc, "Léa", true);
    expect(Object.keys(literal)).toEqual(Object.keys(made));
    expect(literal).toBeInstanceOf(XText);
    expect({ ...literal }).toEqual({ ...made });
    expect([literal.data, literal.nodeType]).toEqual(["Léa", 4]);
  });

  function modelWith(literal: boolean, xml: string): unknown {
    let model: unknown;
    jest.isolateModules(() => {
      jest.doMock("../../src/docx/xml/literalNodes", () => ({ LITERAL_NODES: literal }));
      const { parseXml, serializeXml } = jest.requireActual<typeof XmlPlatform>(
        "../../src/docx/xmlPlatform",
      );
      const { buildDocModel } = jest.requireActual<typeof BuildDocModel>(
        "../../src/docx/buildDocModel",
      );
      const nodes = jest.requireActual<typeof XmlNodes>("../../src/docx/xml/xmlNodes");
      // The way asked for is the one the parser and the document use.
      expect(nodes.newElement === nodes.literalElement).toBe(literal);
      expect(nodes.newText === nodes.literalText).toBe(literal);
      const tree = parseXml(xml);
      const first = tree.getElementsByTagNameNS(W_NS, "p").item(0)!;
      const copy = first.cloneNode(true) as Element;
      copy.appendChild(tree.createElementNS(W_NS, "w:r"));
      first.parentNode!.replaceChild(copy, first);
      model = { model: buildDocModel(tree), xml: serializeXml(tree) };
    });
    jest.dontMock("../../src/docx/xml/literalNodes");
    return model;
  }

  it.each(["assets/livret-mcv-option-b.docx", "tests/fixtures/class-3.docx"])(
    "%s: the same model and the same XML after an edit, either way",
    (file) => {
      const xml = decodePart(
        unzipSync(new Uint8Array(readFileSync(join(ROOT, file))))["word/document.xml"]!,
      );
      const byNew = modelWith(false, xml);
      expect(modelWith(true, xml)).toEqual(byNew);
      expect((byNew as { xml: string }).xml).toContain("<w:r/>");
    },
  );
});
