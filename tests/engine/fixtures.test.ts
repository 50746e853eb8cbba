import { readFileSync } from "fs";
import { join } from "path";
import { fillDocument, openDocument, readDocument } from "../../src/services/livretEngine";
import { fullData } from "./fullData";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "../fixtures", name)));

function keysPerYear(bytes: Uint8Array, name: string): Record<string, number> {
  const doc = openDocument(bytes, name);
  const out: Record<string, number> = {};
  for (const g of doc.map.livrets[0]!.grids) {
    const matched = g.rows.filter((r) => r.kind === "competence" && r.matched).length;
    out[`${g.year}/${g.kind}`] = (out[`${g.year}/${g.kind}`] ?? 0) + matched;
  }
  return out;
}

const EXPECTED = {
  "premiere/competences": 72,
  "premiere/attitudes": 12,
  "terminale/competences": 72,
  "terminale/attitudes": 12,
};

describe("fixtures from the template script", () => {
  it("detects every row of a copy whose labels carry a literal '·' bullet", () => {
    expect(keysPerYear(fixture("livret-literal-bullets.docx"), "bullets.docx")).toEqual(EXPECTED);
  });

  it("detects and round-trips a copy re-saved by LibreOffice", () => {
    const bytes = fixture("livret-libreoffice.docx");
    expect(keysPerYear(bytes, "lo.docx")).toEqual(EXPECTED);
    const data = fullData(1);
    const filled = fillDocument(openDocument(bytes, "lo.docx"), data, 0);
    expect(readDocument(openDocument(filled.bytes, "out.docx")).livrets[0]!.data).toEqual(data);
  });

  it("finds the three livrets of a class file and fills only the chosen one", () => {
    const doc = openDocument(fixture("class-3.docx"), "class-3.docx");
    expect(doc.map.livrets).toHaveLength(3);
    for (const l of doc.map.livrets) {
      expect(l.grids.filter((g) => g.year === "premiere")).toHaveLength(7);
      expect(l.grids.filter((g) => g.year === "terminale")).toHaveLength(7);
      expect(l.attestations.map((a) => a.year)).toEqual(["premiere", "terminale"]);
      expect(l.recap).not.toBeNull();
    }
    const data = fullData(2);
    const filled = openDocument(fillDocument(doc, data, 1).bytes, "out.docx");
    const livrets = readDocument(filled).livrets;
    expect(livrets.map((l) => l.data)).toEqual([{}, data, {}]);
  });
});
