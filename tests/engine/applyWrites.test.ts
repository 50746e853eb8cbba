import { applyWrites } from "../../src/docx/applyWrites";
import { buildDocModel } from "../../src/docx/buildDocModel";
import { serializeDocument } from "../../src/docx/docxPackage";
import { isLivretError } from "../../src/shared/livretError";
import { p, parseBody, tbl, tc, tr } from "./xmlHelpers";

const body = () =>
  parseBody(
    p("titre") +
      tbl([tr([tc(p("a") + p("b")), tc(p(""))]), tr([tc(tbl([tr([tc(p("nested"))])]))])]) +
      p("fin"),
  );

describe("applyWrites", () => {
  it("resolves cell and body targets with the model's indices, nested tables included", () => {
    const doc = body();
    applyWrites(doc, [
      {
        target: { kind: "cell", table: 0, row: 0, cell: 0, paragraph: 1 },
        text: "B",
        expected: "b",
      },
      {
        target: { kind: "cell", table: 1, row: 0, cell: 0, paragraph: 0 },
        text: "N",
        expected: "nested",
      },
      { target: { kind: "body", paragraph: 5 }, text: "FIN", expected: "fin" },
    ]);
    expect(buildDocModel(doc).paragraphs.map((x) => x.text)).toEqual([
      "titre",
      "a",
      "B",
      "",
      "N",
      "FIN",
    ]);
  });

  it("writes nothing when one expected text is stale, and can restore what it wrote", () => {
    const doc = body();
    const before = serializeDocument(doc);
    let caught: unknown;
    try {
      applyWrites(doc, [
        { target: { kind: "body", paragraph: 0 }, text: "T", expected: "titre" },
        {
          target: { kind: "cell", table: 0, row: 0, cell: 1, paragraph: 0 },
          text: "X",
          expected: "déjà",
        },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && caught.code).toBe("DocumentChanged");
    expect(serializeDocument(doc)).toBe(before);
    const missing = () =>
      applyWrites(doc, [{ target: { kind: "body", paragraph: 99 }, text: "", expected: "" }]);
    expect(missing).toThrow(/introuvable/);
    const restore = applyWrites(doc, [
      { target: { kind: "body", paragraph: 0 }, text: "T", expected: "titre" },
    ]);
    expect(serializeDocument(doc)).not.toBe(before);
    restore();
    expect(serializeDocument(doc)).toBe(before);
  });
});
