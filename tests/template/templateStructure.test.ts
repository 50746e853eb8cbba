import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { CATALOG, REFERENTIEL } from "../../src/domain/catalog/referentiel";
import type { DocxOutline, OutlineTable } from "./docxOutline";
import { W_NS, children, isGrid, normaliseLabel, parseXml, readDocx, tables } from "./docxOutline";

const root = join(__dirname, "..", "..");
const template = readDocx(readFileSync(join(root, "assets/livret-mcv-option-b.docx")));
const grids = tables(template).filter(isGrid);
const premiere = grids.slice(0, 7);
const terminale = grids.slice(7);

function headerRows(grid: OutlineTable): OutlineTable["rows"] {
  return grid.rows.slice(0, 2);
}

/** Competence rows: a label cell followed by the 12 activity/level cells. */
function competenceLabels(grid: OutlineTable): string[] {
  return grid.rows
    .slice(2)
    .filter((r) => r.cells.length === 13 && r.cells[0]?.paras[0]?.numId != null)
    .map((r) => normaliseLabel(r.cells[0]?.paras[0]?.text ?? ""));
}

function pfmpOf(grid: OutlineTable): string[] {
  const [row1, row2] = headerRows(grid);
  const fromRow2 = (row2?.cells ?? []).map((c) => c.text).filter((t) => /^PFMP \d$/.test(t));
  if (fromRow2.length > 0) return fromRow2;
  return (row1?.cells ?? [])
    .map((c) => c.paras[c.paras.length - 1]?.text ?? "")
    .filter((t) => /^PFMP \d$/.test(t));
}

describe("the school's template (assets/livret-mcv-option-b.docx)", () => {
  test("every XML part is well-formed and the package has the parts Word needs", () => {
    const names = Object.keys(template.parts);
    expect(names[0]).toBe("[Content_Types].xml");
    for (const part of [
      "_rels/.rels",
      "word/document.xml",
      "word/_rels/document.xml.rels",
      "word/styles.xml",
      "word/numbering.xml",
      "word/settings.xml",
      "docProps/core.xml",
      "docProps/app.xml",
    ]) {
      expect(names).toContain(part);
    }
    for (const [name, bytes] of Object.entries(template.parts)) {
      expect(() => parseXml(strFromU8(bytes), name)).not.toThrow();
    }
  });

  test("holds 14 grids: blocks 1, 2, 3, three 4B grids and attitudes, for each year", () => {
    expect(grids).toHaveLength(14);
    const firstBlockRow = (g: OutlineTable): string => g.rows[2]?.cells[0]?.paras[0]?.text ?? "";
    const common = [
      "Compétences 4B - Rechercher et analyser les informations à des fins d'exploitation",
      "Compétences 4B - Mettre en œuvre une opération de prospection",
      "Compétences 4B - Suivre et évaluer l'action de prospection",
      "Attitudes professionnelles et savoir-être (1)",
    ];
    expect(premiere.map(firstBlockRow)).toEqual([
      "Compétences 1 - Conseiller et vendre",
      "Compétences 2 - Suivre les ventes ",
      "Compétences 3 - Fidéliser la clientèle et développer la relation client ",
      ...common,
    ]);
    // The seed's Terminale grids use an en dash in blocks 2 and 3.
    expect(terminale.map(firstBlockRow)).toEqual([
      "Compétences 1 - Conseiller et vendre",
      "Compétences 2 – Suivre les ventes ",
      "Compétences 3 – Fidéliser la clientèle et développer la relation client ",
      ...common,
    ]);
  });

  test("each year's grids hold every catalog label once, as a bulleted competence row", () => {
    for (const year of [premiere, terminale]) {
      const labels = year.flatMap(competenceLabels);
      expect(labels).toHaveLength(CATALOG.length);
      expect(labels).toEqual(CATALOG.map((c) => normaliseLabel(c.label)));
    }
  });

  test("grid headers are built like Word's: vMerge label column, gridSpan 5 levels, repeated rows", () => {
    for (const grid of grids) {
      const [row1, row2] = headerRows(grid);
      expect(row1?.header).toBe(true);
      expect(row2?.header).toBe(true);
      expect(row1?.cells[0]?.vMerge).toBe("restart");
      expect(row2?.cells[0]?.vMerge).toBe("continue");
      expect(row1?.cells.map((c) => c.gridSpan)).toEqual([1, 1, 5, 1, 5]);
      expect(row2?.cells).toHaveLength(13);
      expect(grid.grid).toHaveLength(13);
      expect(grid.grid.reduce((a, b) => a + b, 0)).toBe(grid.width);
      for (const row of grid.rows) {
        expect(row.cells.reduce((a, c) => a + c.gridSpan, 0)).toBe(13);
      }
    }
  });

  test("block rows span the whole grid; sub-block and competence rows have 13 cells", () => {
    const block1 = premiere[0] as OutlineTable;
    const blockRow = block1.rows[2];
    expect(blockRow?.cells).toHaveLength(1);
    expect(blockRow?.cells[0]?.gridSpan).toBe(13);
    expect(blockRow?.cells[0]?.text).toBe("Compétences 1 - Conseiller et vendre");
    const section = block1.rows[3];
    expect(section?.cells).toHaveLength(13);
    expect(section?.cells[0]?.text).toBe("1-1 Assurer la veille commerciale");
    expect(section?.cells[0]?.paras[0]?.numId).toBeNull();
    expect(section?.cells.slice(1).every((c) => c.text === "")).toBe(true);
  });

  test("bullets are list numbering: no '·' typed in the text, numPr points to a bullet list", () => {
    const xml = strFromU8(template.parts["word/document.xml"] as Uint8Array);
    const texts = Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1] ?? "");
    expect(texts.some((t) => t.includes("·"))).toBe(false);
    const numbering = parseXml(
      strFromU8(template.parts["word/numbering.xml"] as Uint8Array),
      "numbering.xml",
    );
    const labelNumId = premiere[0]?.rows[4]?.cells[0]?.paras[0]?.numId;
    expect(labelNumId).toBe("1");
    const num = children(numbering, "num").find((n) => n.getAttributeNS(W_NS, "numId") === "1");
    const abstractId = num && children(num, "abstractNumId")[0]?.getAttributeNS(W_NS, "val");
    const abstract = children(numbering, "abstractNum").find(
      (a) => a.getAttributeNS(W_NS, "abstractNumId") === abstractId,
    );
    const numFmt = abstract?.getElementsByTagNameNS(W_NS, "numFmt")[0];
    expect(numFmt?.getAttributeNS(W_NS, "val")).toBe("bullet");
  });

  test("reproduces both header styles of the seed", () => {
    // Block 1 and 4B: "PFMP n" on its own row-2 cell.
    for (const grid of [premiere[0], premiere[3], premiere[4], premiere[5]]) {
      expect(grid?.rows[1]?.cells[1]?.text).toBe("PFMP 1");
      expect(grid?.rows[0]?.cells[1]?.text).not.toContain("PFMP");
    }
    // Blocks 2 and 3: "PFMP n" is the last paragraph of the "Activités … Prévues" cell.
    for (const grid of [premiere[1], premiere[2], terminale[1], terminale[2]]) {
      const activities = grid?.rows[0]?.cells[1];
      expect(activities?.paras.map((p) => p.text)).toEqual([
        "Activités professionnelles ",
        "Prévues ",
        grid === premiere[1] || grid === premiere[2] ? "PFMP 1" : "PFMP 3",
      ]);
      expect(grid?.rows[1]?.cells[1]?.text).toBe("");
    }
    expect(premiere[0]?.rows[0]?.cells[2]?.text).toBe("Niveau de compétences\natteint");
    expect(premiere[6]?.rows[0]?.cells[2]?.paras[0]?.text).toBe("Niveau de maîtrise");
  });

  test("PFMP numbers: 1/2 in Première, 3/4 in Terminale, but the Terminale 4B grids say 1/2", () => {
    for (const grid of premiere) expect(pfmpOf(grid)).toEqual(["PFMP 1", "PFMP 2"]);
    const terminalePfmp = terminale.map(pfmpOf);
    expect(terminalePfmp).toEqual([
      ["PFMP 3", "PFMP 4"],
      ["PFMP 3", "PFMP 4"],
      ["PFMP 3", "PFMP 4"],
      ["PFMP 1", "PFMP 2"],
      ["PFMP 1", "PFMP 2"],
      ["PFMP 1", "PFMP 2"],
      ["PFMP 3", "PFMP 4"],
    ]);
  });

  test("covers precede each year's grids; seed variants are kept", () => {
    const order = template.body.map((b) =>
      b.kind === "table" ? (isGrid(b) ? "GRID" : "TABLE") : b.text,
    );
    const premiereCover = order.indexOf("Classe de Première Professionnelle");
    const terminaleCover = order.indexOf("Classe de Terminale Professionnelle");
    const gridPositions = order.flatMap((x, i) => (x === "GRID" ? [i] : []));
    expect(premiereCover).toBeGreaterThan(-1);
    expect(premiereCover).toBeLessThan(gridPositions[0] as number);
    expect(terminaleCover).toBeGreaterThan(gridPositions[6] as number);
    expect(terminaleCover).toBeLessThan(gridPositions[7] as number);
    const terminaleLabels = terminale.flatMap((g) => g.rows.map((r) => r.cells[0]?.text ?? ""));
    expect(terminaleLabels).toContain("Compétences 2 – Suivre les ventes ");
    expect(terminaleLabels).toContain(
      "   3-3 Évaluer les actions de fidélisation et de développement de la relation client",
    );
    expect(order.filter((t) => t === "*NE : non évalué").length).toBeGreaterThanOrEqual(10);
  });

  test("grid pages are landscape sections, the other pages portrait", () => {
    const sectPrs = Array.from(template.document.getElementsByTagNameNS(W_NS, "sectPr"));
    const orientations = sectPrs.map((s) => {
      const pgSz = s.getElementsByTagNameNS(W_NS, "pgSz")[0];
      const w = Number(pgSz?.getAttributeNS(W_NS, "w"));
      const h = Number(pgSz?.getAttributeNS(W_NS, "h"));
      const orient = pgSz?.getAttributeNS(W_NS, "orient");
      if (w > h) expect(orient).toBe("landscape");
      return w > h ? "landscape" : "portrait";
    });
    expect(orientations).toEqual(["portrait", "landscape", "portrait", "landscape", "portrait"]);
  });

  test("attestations: 3 columns, a header row and 4 period rows with the dotted dates", () => {
    const attestations = tables(template).filter((t) =>
      t.rows[0]?.cells[0]?.text.startsWith("Raison sociale"),
    );
    expect(attestations).toHaveLength(2);
    for (const t of attestations) {
      expect(t.rows).toHaveLength(5);
      expect(t.rows[0]?.cells.map((c) => c.text)).toEqual([
        "Raison sociale de l’entreprise",
        "Période",
        "Observations (motifs absences, jours à récupérer)",
      ]);
      for (const row of t.rows.slice(1)) {
        expect(row.cells).toHaveLength(3);
        expect(row.cells[1]?.paras.map((p) => p.text)[1]).toMatch(/^Du…+ ?au …+$/);
      }
    }
    const texts = template.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(texts.filter((t) => t.startsWith("Nombre de jours à récupérer"))).toHaveLength(2);
    expect(texts.filter((t) => t.startsWith("Nom\u00a0: …"))).toHaveLength(2);
    expect(texts.filter((t) => t.startsWith("Prénom\u00a0: …"))).toHaveLength(2);
  });

  test("fiche récapitulative: a period row and a company row per PFMP, seed typo kept", () => {
    const fiche = tables(template).find((t) => t.rows[0]?.cells[1]?.text === "Dates ");
    expect(fiche?.rows).toHaveLength(9);
    expect(fiche?.rows[0]?.cells.map((c) => c.text)).toEqual([
      "",
      "Dates ",
      "Tuteur en entreprise",
      "Professeur chargé du suivi",
    ]);
    for (let n = 1; n <= 4; n++) {
      const period = fiche?.rows[2 * n - 1];
      const company = fiche?.rows[2 * n];
      expect(period?.cells[0]?.text).toBe(`PÉRIODE N° ${n}`);
      expect(period?.cells[1]?.text).toMatch(/^Du[….]+ +au [….]+/);
      expect(company?.cells[0]?.paras.map((p) => p.text)).toEqual([
        "ENTREPRISE",
        n === 1 ? "D’ACUEIL" : "D’ACCUEIL",
        "(Nom et cachet)",
      ]);
      expect(company?.cells).toHaveLength(4);
    }
  });

  test("the catalog's blocks are all present in the referentiel order", () => {
    expect(REFERENTIEL.map((b) => b.id)).toEqual(["1", "2", "3", "4B", "AP"]);
  });
});

describe("fixtures derived from the template", () => {
  const read = (path: string): DocxOutline => readDocx(readFileSync(join(root, path)));

  test("class-3.docx holds three whole livrets one after another", () => {
    const cls = read("tests/fixtures/class-3.docx");
    expect(tables(cls).filter(isGrid)).toHaveLength(42);
    const covers = cls.body.filter(
      (b) => b.kind === "paragraph" && b.text === "Classe de Première Professionnelle",
    );
    expect(covers).toHaveLength(3);
    // Each livret starts on a new page: a section break precedes every copy after the first.
    const sectPrs = cls.document.getElementsByTagNameNS(W_NS, "sectPr");
    expect(sectPrs.length).toBe(15);
  });

  test("livret-literal-bullets.docx types '· ' into the labels instead of numbering", () => {
    const literal = tables(read("tests/fixtures/livret-literal-bullets.docx")).filter(isGrid);
    expect(literal).toHaveLength(14);
    const labelCell = literal[0]?.rows[4]?.cells[0];
    expect(labelCell?.paras[0]?.numId).toBeNull();
    expect(labelCell?.text).toBe(
      "· Rechercher, hiérarchiser, exploiter et actualiser en continu les informations sur l’entreprise et son marché",
    );
  });
});
