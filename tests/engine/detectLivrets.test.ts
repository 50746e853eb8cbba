import { detectLivrets } from "../../src/domain/detection/detectLivrets";
import { planWrites, textWritesOnly } from "../../src/domain/filling/planWrites";
import { readLivret } from "../../src/domain/reading/readLivret";
import { applyWrites } from "../../src/docx/applyWrites";
import { buildDocModel } from "../../src/docx/buildDocModel";
import { isLivretError } from "../../src/shared/livretError";
import { p, parseBody, tbl, tc, tr } from "./xmlHelpers";

const LEVELS = ["NE", "N", "D", "A", "E"];
const empty = () => tc(p(""));

/** Header in the seed's first style: "PFMP n" on the level row, level header spanning 5. */
function header(pfmp: [number, number]): string[] {
  const act = () => tc(p("Activités professionnelles prévues"));
  return [
    tr(
      [
        empty(),
        act(),
        tc(p("Niveau de compétences atteint"), '<w:gridSpan w:val="5"/>'),
        act(),
        tc(p("Niveau de compétences atteint"), '<w:gridSpan w:val="5"/>'),
      ],
      "<w:tblHeader/>",
    ),
    tr(
      [
        empty(),
        tc(p(`PFMP ${pfmp[0]}`)),
        ...LEVELS.map((l) => tc(p(`${l}*`))),
        tc(p(`PFMP ${pfmp[1]}`)),
        ...LEVELS.map((l) => tc(p(l))),
      ],
      "<w:tblHeader/>",
    ),
  ];
}

function dataRow(labelXml: string, marks: Record<number, string> = {}): string {
  const cells = [tc(labelXml)];
  for (let i = 0; i < 12; i++) cells.push(tc(p(marks[i] ?? "")));
  return tr(cells);
}

const spanning = (text: string) => tr([tc(p(text), '<w:gridSpan w:val="13"/>')]);

describe("detectLivrets on hand-made XML", () => {
  it("matches labels split across runs, with bookmarks, 'et ou' and a literal bullet", () => {
    const split =
      '<w:p><w:r><w:t xml:space="preserve">· Présenter l’entre</w:t></w:r><w:bookmarkStart w:id="1" w:name="_Hlk1"/>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>prise et ou ses </w:t></w:r><w:bookmarkEnd w:id="1"/><w:proofErr w:type="spellStart"/>' +
      "<w:r><w:t>produits et/ou ses services</w:t></w:r></w:p>";
    const doc = parseBody(
      p("Classe de Première Professionnelle") +
        tbl([
          ...header([1, 2]),
          spanning("Compétences 1 - Conseiller et vendre"),
          dataRow(p("1.2 Réaliser la vente dans un cadre omni-canal")),
          dataRow(split, { 3: "x", 11: "✓" }),
          dataRow(p("Une compétence inconnue"), { 1: "X", 2: "X" }),
          dataRow(p("")),
        ]),
    );
    const model = buildDocModel(doc);
    const map = detectLivrets(model);
    expect(map.livrets).toHaveLength(1);
    const grid = map.livrets[0]!.grids[0]!;
    expect([grid.year, grid.pfmp, grid.kind, grid.blockIds]).toEqual([
      "premiere",
      [1, 2],
      "competences",
      ["1"],
    ]);
    expect(grid.rows.map((r) => [r.kind, r.key, r.matched])).toEqual([
      ["header", null, false],
      ["header", null, false],
      ["block", null, false],
      ["section", null, false],
      ["competence", "1.2.6", true],
      ["competence", "?0.5", false],
      ["blank", null, false],
    ]);
    expect(map.warnings.map((w) => w.code)).toEqual(["UnmatchedRow"]);
    const { data, conflicts } = readLivret(model, map.livrets[0]!);
    expect(data).toEqual({
      periods: { "1": { levels: { "1.2.6": "D" } }, "2": { levels: { "1.2.6": "E" } } },
    });
    expect(conflicts).toEqual([{ period: 1, key: "?0.5", levels: ["NE", "N"] }]);
  });

  it("never writes to an unmatched row except through its positional key", () => {
    const doc = parseBody(
      p("Classe de 1ère") +
        tbl([
          ...header([1, 2]),
          spanning("Compétences 2 - Suivre les ventes"),
          dataRow(p("Argumenter")),
        ]),
    );
    const model = buildDocModel(doc);
    const livret = detectLivrets(model).livrets[0]!;
    expect(livret.grids[0]!.rows[3]!.key).toBe("?0.3");
    let caught: unknown;
    try {
      planWrites(model, livret, { periods: { "2": { levels: { "1.2.8": "A" } } } });
    } catch (error) {
      caught = error;
    }
    expect(isLivretError(caught) && caught.path).toBe("periods.2.levels.1.2.8");
    const writes = planWrites(model, livret, {
      periods: { "2": { levels: { "?0.3": "A" }, activities: { "?0.3": "Vente" } } },
    });
    applyWrites(doc, writes);
    const after = buildDocModel(doc);
    expect(readLivret(after, detectLivrets(after).livrets[0]!).data).toEqual({
      periods: { "2": { levels: { "?0.3": "A" }, activities: { "?0.3": "Vente" } } },
    });
  });

  it("lets the cover's year win over a header that says PFMP 1 / PFMP 2", () => {
    const doc = parseBody(
      p("Classe de Terminale Professionnelle") +
        tbl([
          ...header([1, 2]),
          spanning("Compétences 4B - Valoriser les produits et/ou les services"),
          dataRow(
            p(
              "· Mettre en valeur l'offre dans un salon, show-room, un espace de vente éphémère, chez le client, sur les sites marchands et sur les réseaux sociaux",
            ),
          ),
        ]),
    );
    const map = detectLivrets(buildDocModel(doc));
    const grid = map.livrets[0]!.grids[0]!;
    expect([grid.year, grid.pfmp]).toEqual(["terminale", [3, 4]]);
    expect(grid.rows[3]!.key).toBe("4B.5.1");
    expect(map.warnings.map((w) => w.code)).toEqual(["PfmpHeaderMismatch"]);
  });

  it("finds the PFMP number inside the activities header cell and continues a block over tables", () => {
    const styleB = [
      tr([
        empty(),
        tc(p("Activités professionnelles") + p("Prévues") + p("PFMP 3")),
        tc(p("Niveau"), '<w:gridSpan w:val="5"/>'),
        tc(p("Activités professionnelles Prévues PFMP 4")),
        tc(p("Niveau"), '<w:gridSpan w:val="5"/>'),
      ]),
      tr([
        empty(),
        empty(),
        ...LEVELS.map((l) => tc(p(l))),
        empty(),
        ...LEVELS.map((l) => tc(p(l))),
      ]),
    ];
    const doc = parseBody(
      tbl([
        ...styleB,
        spanning("Compétences 3 – Fidéliser la clientèle"),
        dataRow(p("Effectuer des ventes au rebond")),
      ]) +
        p("") +
        tbl([...styleB, dataRow(p("Enrichir et actualiser le SIC"))]),
    );
    const map = detectLivrets(buildDocModel(doc));
    const grids = map.livrets[0]!.grids;
    expect(grids.map((g) => [g.year, g.pfmp])).toEqual([
      ["terminale", [3, 4]],
      ["terminale", [3, 4]],
    ]);
    expect(grids[1]!.rows[2]!.key).toBe("3.3.1");
    expect(map.warnings).toEqual([]);
  });

  it("finds attestation, identity lines and recap, and fills them", () => {
    const attestation =
      p("ATTESTATION - année de première") +
      p("Nom : ……………") +
      p("Prénom : ………") +
      tbl([
        tr([
          tc(p("Raison sociale de l’entreprise")),
          tc(p("Période")),
          tc(p("Observations (motifs absences, jours à récupérer)")),
        ]),
        tr([tc(p("")), tc(p("") + p("Du…………au ……………")), tc(p(""))]),
        tr([tc(p("")), tc(p("") + p("Du…………au ……………")), tc(p(""))]),
      ]) +
      p("") +
      p("Nombre de jours à récupérer : …………………");
    const recap = tbl([
      tr([
        empty(),
        tc(p("Dates")),
        tc(p("Tuteur en entreprise")),
        tc(p("Professeur chargé du suivi")),
      ]),
      tr([tc(p("PÉRIODE N° 2")), tc(p("Du……………….   au ……………………..")), empty(), empty()]),
      tr([tc(p("ENTREPRISE") + p("D’ACUEIL")), empty(), empty(), empty()]),
    ]);
    const doc = parseBody(
      p("Classe de Première") +
        tbl([
          ...header([1, 2]),
          spanning("Compétences 1 - Conseiller et vendre"),
          dataRow(p("Argumenter")),
        ]) +
        attestation +
        recap,
    );
    const model = buildDocModel(doc);
    const livret = detectLivrets(model).livrets[0]!;
    expect(livret.attestations).toHaveLength(1);
    expect(livret.attestations[0]!.year).toBe("premiere");
    expect(livret.attestations[0]!.lastName).toEqual({
      kind: "body",
      paragraph: model.paragraphs.findIndex((x) => x.text.startsWith("Nom :")),
    });
    expect(model.paragraphs[34]!.text).toBe("Nom : ……………");
    expect(livret.recap?.periods.map((x) => x.pfmp)).toEqual([2]);
    const data = {
      student: { lastName: "MARTIN", firstName: "Léa" },
      daysToRecover: { premiere: 2 },
      periods: {
        "2": {
          company: "Boulangerie Dupain",
          from: "2025-03-03",
          to: "2025-03-28",
          observations: "RAS",
          tutor: "M. Durand",
          teacher: "Mme Petit",
          levels: { "1.2.8": "A" as const },
        },
      },
    };
    const writes = textWritesOnly(planWrites(model, livret, data));
    expect(writes.find((w) => w.text.startsWith("Nom"))?.text).toBe("Nom : MARTIN");
    expect(writes.filter((w) => w.text === "Du 03/03/2025 au 28/03/2025")).toHaveLength(2);
    applyWrites(doc, writes);
    const after = buildDocModel(doc);
    expect(readLivret(after, detectLivrets(after).livrets[0]!).data).toEqual(data);
    expect(after.paragraphs.map((x) => x.text)).toContain("Nombre de jours à récupérer : 2");
  });

  it("parses dates with dots, dashes and two-digit years, and reads placeholder dots as absent", () => {
    const doc = parseBody(
      p("Classe de Terminale") +
        tbl([
          tr([tc(p("Raison sociale de l'entreprise")), tc(p("Période")), tc(p("Observations"))]),
          tr([tc(p("……")), tc(p("Du 06.01.25 au 31-01-2025")), tc(p("…"))]),
          tr([tc(p("Garage")), tc(p("Du ……… au 14/03/2026")), tc(p(""))]),
        ]),
    );
    const model = buildDocModel(doc);
    const map = detectLivrets(model);
    expect(readLivret(model, map.livrets[0]!).data).toEqual({
      periods: {
        "3": { from: "2025-01-06", to: "2025-01-31" },
        "4": { company: "Garage", to: "2026-03-14" },
      },
    });
  });

  it("separates the livrets of a class file", () => {
    const one = (name: string) =>
      p("Classe de Première") +
      tbl([
        ...header([1, 2]),
        spanning("Compétences 1 - Conseiller et vendre"),
        dataRow(p("Argumenter"), { 0: name }),
      ]) +
      p("Classe de Terminale") +
      tbl([
        ...header([3, 4]),
        spanning("Compétences 1 - Conseiller et vendre"),
        dataRow(p("Argumenter")),
      ]);
    const map = detectLivrets(buildDocModel(parseBody(one("A") + one("B") + one("C"))));
    expect(map.livrets.map((l) => l.grids.map((g) => `${g.table}:${g.year}`))).toEqual([
      ["0:premiere", "1:terminale"],
      ["2:premiere", "3:terminale"],
      ["4:premiere", "5:terminale"],
    ]);
  });
});

describe("grid rows whose spans disagree with the header", () => {
  it("maps a row with as many cells as the level row by cell index", () => {
    const cells = [tc(p("Argumenter"), '<w:gridSpan w:val="2"/>')];
    for (let i = 0; i < 12; i++) cells.push(tc(p(i === 3 ? "X" : "")));
    const doc = parseBody(
      p("Classe de Première") +
        tbl([...header([1, 2]), spanning("Compétences 1 - Conseiller et vendre"), tr(cells)]),
    );
    const model = buildDocModel(doc);
    const livret = detectLivrets(model).livrets[0]!;
    expect(livret.grids[0]!.rows[3]!.slots[0]!.levels.D).toEqual({ table: 0, row: 3, cell: 4 });
    expect(readLivret(model, livret).data).toEqual({
      periods: { "1": { levels: { "1.2.8": "D" } } },
    });
  });
});

describe("school year without a plain cover paragraph", () => {
  const box = (text: string) =>
    `<w:p><w:r><w:drawing><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></w:drawing></w:r></w:p>`;
  const grid = (pfmp: [number, number], heading: string, label: string) =>
    tbl([...header(pfmp), spanning(heading), dataRow(p(label))]);

  it("reads the cover of a text box", () => {
    const doc = parseBody(
      box("Classe de Première Professionnelle") +
        grid([1, 2], "Compétences 1 - Conseiller et vendre", "Argumenter") +
        box("Classe de Terminale Professionnelle") +
        grid(
          [1, 2],
          "Compétences 4B - Valoriser les produits et/ou les services",
          "Mettre en valeur l'offre dans un salon, show-room, un espace de vente éphémère, chez le client, sur les sites marchands et sur les réseaux sociaux",
        ),
    );
    const map = detectLivrets(buildDocModel(doc));
    expect(map.livrets[0]!.grids.map((g) => [g.year, g.pfmp])).toEqual([
      ["premiere", [1, 2]],
      ["terminale", [3, 4]],
    ]);
  });

  it("without any cover, takes PFMP numbers from the header and keeps a 'PFMP 1 / 2' 4B grid after Terminale grids in Terminale", () => {
    const doc = parseBody(
      grid([1, 2], "Compétences 1 - Conseiller et vendre", "Argumenter") +
        grid([3, 4], "Compétences 1 - Conseiller et vendre", "Argumenter") +
        grid([1, 2], "Compétences 4B - Mettre en œuvre une opération de prospection", "Conclure"),
    );
    const map = detectLivrets(buildDocModel(doc));
    expect(map.livrets).toHaveLength(1);
    expect(map.livrets[0]!.grids.map((g) => [g.year, g.pfmp])).toEqual([
      ["premiere", [1, 2]],
      ["terminale", [3, 4]],
      ["terminale", [3, 4]],
    ]);
    expect(map.livrets[0]!.grids[2]!.rows[3]!.key).toBe("4B.3.8");
    expect(map.warnings.map((w) => w.code)).toEqual(["PfmpHeaderMismatch"]);
  });
});
