/**
 * The port against the Word API double with each of Word's undocumented or web-only behaviours
 * switched on (issue 9, reference "Second review"): every save either lands correctly or is
 * refused with nothing written.
 */
import { readFileSync } from "fs";
import { indexBody } from "../../src/docx/bodyIndex";
import { readDocxPackage } from "../../src/docx/docxPackage";
import { getParagraphText } from "../../src/docx/paragraphText";
import { W_NS } from "../../src/docx/wml";
import type { LivretData } from "../../src/domain/livretData";
import { createWordDouble } from "../../src/office/double";
import type { DoublePolicy } from "../../src/office/double";
import { everyRowData } from "../../src/office/everyRowData";
import { measureRoundTrips } from "../../src/office/measureSyncs";
import { OfficeDocumentPort, PartialSaveError } from "../../src/office/officeDocumentPort";
import type { SaveProgress } from "../../src/services/documentPort";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { isLivretError } from "../../src/shared/livretError";
import type { LivretErrorCode } from "../../src/shared/livretError";
import { TEMPLATE_PATH, W14_NS, checkboxLivret, editDocx, fragment } from "./helpers/editDocx";
import { makeDocx, p, tbl, tc, tr } from "./helpers/makeDocx";

jest.setTimeout(120_000);

const TEMPLATE = readFileSync(TEMPLATE_PATH);

function engineRead(docx: Uint8Array) {
  return readDocument(openDocument(docx, "out.docx"));
}

function bodyTexts(docx: Uint8Array): string[] {
  return indexBody(readDocxPackage(docx, "out.docx").document).paragraphs.map(getParagraphText);
}

function setup(docx: Uint8Array, policy: Partial<DoublePolicy> = {}) {
  const double = createWordDouble(docx, { policy });
  const port = new OfficeDocumentPort(double.Word, { host: double.host });
  return { double, port };
}

async function refusal(promise: Promise<unknown>, code: LivretErrorCode): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isLivretError(error)).toBe(true);
  expect((error as { code: string }).code).toBe(code);
  return error as Error;
}

/** Levels of the first competence rows of the first grid (PFMP of its first slot). */
function someLevels(snapshot: Awaited<ReturnType<OfficeDocumentPort["load"]>>, n = 4): LivretData {
  const grid = snapshot.map.livrets[0]!.grids[0]!;
  const rows = grid.rows.filter((r) => r.kind === "competence" && r.key !== null).slice(0, n);
  const pfmp = String(rows[0]!.slots[0]!.pfmp);
  return { periods: { [pfmp]: { levels: Object.fromEntries(rows.map((r) => [r.key!, "A"])) } } };
}

describe("§1 multi-line values", () => {
  it("the double follows Word: insertText '\\n' starts a paragraph, '\\v' is a line break", async () => {
    const docx = makeDocx(tbl(tr(tc(p("a")), tc(p("b")))));
    const double = createWordDouble(docx);
    await double.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.getCell(0, 0).body.paragraphs.getFirst().insertText("un\ndeux", "Replace");
      t.getCell(0, 1).body.paragraphs.getFirst().insertText("trois\vquatre", "Replace");
      await context.sync();
    });
    expect(bodyTexts(double.toDocx())).toEqual(["un", "deux", "trois\nquatre"]);
  });

  it("writes a two-line observation and activity as line breaks; the next save plans on what Word reports", async () => {
    const { double, port } = setup(TEMPLATE);
    const snapshot = await port.load();
    const paragraphsBefore = bodyTexts(TEMPLATE).length;
    const row = snapshot.map.livrets[0]!.grids[0]!.rows.find((r) => r.kind === "competence")!;
    const data: LivretData = {
      periods: {
        "1": {
          observations: "Absent le lundi 6\nRetard le mardi 7",
          activities: { [row.key!]: "Vente\nConseil client" },
        },
      },
    };
    double.resetSyncCount();
    await port.save(0, data);
    expect(double.syncCount).toBe(2);
    const written = double.toDocx();
    // Had the port sent "\n", the double would have split paragraphs (Word's behaviour).
    expect(bodyTexts(written).length).toBe(paragraphsBefore);
    const back = engineRead(written).livrets[0]!.data.periods?.["1"];
    expect(back?.observations).toBe("Absent le lundi 6\nRetard le mardi 7");
    expect(back?.activities?.[row.key!]).toBe("Vente\nConseil client");
    // The baseline is what Word reported: the same data is no change, a new one saves.
    double.resetSyncCount();
    expect((await port.save(0, data)).writes).toEqual([]);
    expect(double.syncCount).toBe(0);
    const next = await port.save(0, { periods: { "1": { observations: "Rien\nà\nsignaler" } } });
    expect(next.writes.length).toBe(1);
    expect(engineRead(double.toDocx()).livrets[0]!.data.periods?.["1"]?.observations).toBe(
      "Rien\nà\nsignaler",
    );
  });
});

describe("§2 no write without proof that Word's cell is the engine's cell", () => {
  /** The template with a vertically merged continuation cell in the first written grid row. */
  function templateWithContinuation() {
    const map = engineRead(TEMPLATE).map;
    const grid = map.livrets[0]!.grids[0]!;
    const rows = grid.rows.filter((r) => r.kind === "competence");
    const [upper, lower] = [rows[0]!, rows[1]!];
    const last = lower.slots[lower.slots.length - 1]!.levels.E;
    const docx = editDocx(TEMPLATE, (doc) => {
      const index = indexBody(doc);
      const mark = (row: number, value: string) => {
        const cell = index.tables[grid.table]!.rows[row]!.cells[last.cell]!.element;
        let tcPr = cell.getElementsByTagNameNS(W_NS, "tcPr").item(0);
        if (tcPr === null) {
          tcPr = doc.createElementNS(W_NS, "w:tcPr");
          cell.insertBefore(tcPr, cell.firstChild);
        }
        tcPr.appendChild(fragment(doc, `<w:vMerge${value}/>`));
      };
      mark(upper.row, ' w:val="restart"');
      mark(lower.row, "");
    });
    const data: LivretData = {
      periods: { [String(lower.slots[0]!.pfmp)]: { levels: { [lower.key!]: "D" } } },
    };
    return { docx, data, key: lower.key!, pfmp: String(lower.slots[0]!.pfmp) };
  }

  it("vMerge continuation cells counted as Word cells (default): the row is written", async () => {
    const { docx, data, key, pfmp } = templateWithContinuation();
    const { double, port } = setup(docx);
    await port.load();
    await port.save(0, data);
    expect(engineRead(double.toDocx()).livrets[0]!.data.periods?.[pfmp as "1"]?.levels?.[key]).toBe(
      "D",
    );
  });

  it("vMerge continuation cells skipped by Word: the save is refused, nothing written", async () => {
    const { docx, data } = templateWithContinuation();
    const { double, port } = setup(docx, { vMergeContinuation: "skipped" });
    await port.load();
    const before = double.toDocx();
    double.resetSyncCount();
    const error = await refusal(port.save(0, data), "UncertainTarget");
    expect(error.message).toMatch(/^Rien n'a été écrit/);
    expect(error.message).toMatch(/cellules/);
    expect(error.message).toMatch(/Relire le document$/);
    expect(double.syncCount).toBe(1); // the proof only
    expect(bodyTexts(double.toDocx())).toEqual(bodyTexts(before));
  });

  it("vMerge skipped, rows without continuation cells: written (the proof is per row)", async () => {
    const { double, port } = setup(TEMPLATE, { vMergeContinuation: "skipped" });
    const snapshot = await port.load();
    const data = someLevels(snapshot);
    await port.save(0, data);
    const [pfmp, period] = Object.entries(data.periods!)[0]!;
    expect(engineRead(double.toDocx()).livrets[0]!.data.periods?.[pfmp as "1"]?.levels).toEqual(
      expect.objectContaining(period!.levels),
    );
  });

  it("end-of-row marks in body.paragraphs: body lines are refused, grid cells are written", async () => {
    const { double, port } = setup(TEMPLATE, { endOfRowParagraphs: true });
    const snapshot = await port.load();
    expect(snapshot.map.warnings.map((w) => w.code)).toContain("ParagraphsMisaligned");
    const before = double.toDocx();
    double.resetSyncCount();
    const error = await refusal(
      port.save(0, { student: { lastName: "MARTIN", firstName: "Léa" }, ...someLevels(snapshot) }),
      "UncertainTarget",
    );
    expect(error.message).toMatch(/paragraphes/);
    expect(double.syncCount).toBe(1);
    expect(bodyTexts(double.toDocx())).toEqual(bodyTexts(before));
    await port.save(0, someLevels(snapshot));
    expect(engineRead(double.toDocx()).livrets[0]!.data.periods).toEqual(
      expect.objectContaining(
        Object.fromEntries(
          Object.entries(someLevels(snapshot).periods!).map(([k, v]) => [
            k,
            expect.objectContaining({ levels: expect.objectContaining(v!.levels) }),
          ]),
        ),
      ),
    );
  });

  it.each([true, false])(
    "body.tables listing nested tables (%s) does not change where writes go",
    async (nested) => {
      const { double, port } = setup(TEMPLATE, { bodyTablesIncludeNested: nested });
      const snapshot = await port.load();
      const data = everyRowData(snapshot);
      await port.save(0, data);
      const back = engineRead(double.toDocx()).livrets[0]!.data.periods ?? {};
      for (const [k, v] of Object.entries(data.periods ?? {})) {
        expect(back[k as "1"]?.levels).toEqual(v?.levels);
      }
    },
  );

  it("a table Word sees with another row count is refused before any write", async () => {
    const { double, port } = setup(TEMPLATE);
    const snapshot = await port.load();
    const data = someLevels(snapshot);
    // A row appears in Word only (the engine's baseline still has the old table).
    const grid = snapshot.map.livrets[0]!.grids[0]!;
    double.editDocument((doc) => {
      const table = indexBody(doc).tables[grid.table]!.element;
      const rows = table.getElementsByTagNameNS(W_NS, "tr");
      table.appendChild(rows.item(rows.length - 1)!.cloneNode(true));
    });
    const before = double.toDocx();
    await refusal(port.save(0, data), "DocumentChanged");
    expect(bodyTexts(double.toDocx())).toEqual(bodyTexts(before));
  });
});

describe("§3 within Word on the web's payload limits", () => {
  it("the double raises ResponsePayloadSizeLimitExceeded above its ceiling", async () => {
    const double = createWordDouble(TEMPLATE, { policy: { responseCeilingBytes: 100_000 } });
    const error = await double.Word.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value;
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("loads and saves the template by slices under a small ceiling, as the engine reads it", async () => {
    const ceiling = 150_000;
    const { double, port } = setup(TEMPLATE, { responseCeilingBytes: ceiling });
    const snapshot = await port.load();
    const loadSyncs = double.syncCount;
    expect(loadSyncs).toBeGreaterThan(2);
    expect(double.largestResponseBytes).toBeLessThanOrEqual(ceiling);
    const engine = engineRead(TEMPLATE);
    expect(snapshot.livrets).toEqual(engine.livrets);
    expect(snapshot.map.livrets).toEqual(engine.map.livrets);
    // Body lines too: the paragraphs' list is then read in pages under the ceiling.
    const data = { ...everyRowData(snapshot), student: { lastName: "MARTIN", firstName: "Léa" } };
    double.resetSyncCount();
    await port.save(0, data);
    expect(double.syncCount).toBeGreaterThan(2);
    expect(double.largestResponseBytes).toBeLessThanOrEqual(ceiling);
    expect(engineRead(double.toDocx()).livrets[0]!.data.student).toEqual(data.student);
    const back = engineRead(double.toDocx()).livrets[0]!.data.periods ?? {};
    for (const [k, v] of Object.entries(data.periods ?? {})) {
      expect(back[k as "1"]?.levels).toEqual(v?.levels);
      expect(back[k as "1"]?.activities).toEqual(v?.activities);
    }
  });

  it("a body whose getOoxml fails (#6059) still loads its tables one by one", async () => {
    const { double, port } = setup(TEMPLATE, { bodyOoxmlFails: true });
    const snapshot = await port.load();
    expect(double.syncCount).toBeGreaterThan(1);
    expect(snapshot.livrets).toEqual(engineRead(TEMPLATE).livrets);
  });

  it("the template: one sync to load, two to save, largest response under 4 MB", async () => {
    const trips = await measureRoundTrips(TEMPLATE);
    expect(trips.detectSyncs).toBe(1);
    expect(trips.saveSyncs).toBe(2);
    expect(trips.writes).toBeGreaterThan(600);
    expect(trips.largestResponseBytes).toBeGreaterThan(100_000);
    expect(trips.largestResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});

describe("§4 Track Changes", () => {
  it("tells the teacher that writes will be tracked where WordApi 1.4 says so", async () => {
    const { port } = setup(TEMPLATE, { changeTrackingMode: "TrackAll" });
    const snapshot = await port.load();
    const notice = snapshot.notices?.find((n) => n.code === "TrackChanges");
    expect(notice?.message).toMatch(/suivi des modifications/);
  });

  it("does not ask changeTrackingMode of a WordApi 1.3 host (it would fail the sync)", async () => {
    const { double, port } = setup(TEMPLATE, { changeTrackingMode: "TrackAll", wordApi: "1.3" });
    const snapshot = await port.load();
    expect(double.syncCount).toBe(1);
    expect(snapshot.notices?.some((n) => n.code === "TrackChanges") ?? false).toBe(false);
  });
});

describe("§5 checkboxes", () => {
  function checkedStates(docx: Uint8Array): string[] {
    const doc = readDocxPackage(docx, "c.docx").document;
    const boxes = doc.getElementsByTagNameNS(W14_NS, "checked");
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) out.push(boxes.item(i)!.getAttributeNS(W14_NS, "val")!);
    return out;
  }

  it("sets checkbox content controls through checkboxContentControl (WordApi 1.7), glyph included", async () => {
    const { docx, targets } = checkboxLivret(2);
    const { double, port } = setup(docx);
    await port.load();
    double.resetSyncCount();
    const writes = [targets[3]!, targets[5]!].map((target) => ({
      kind: "checkbox" as const,
      target,
      checked: true,
      expected: false,
    }));
    const report = await port.saveWrites(0, writes);
    expect(report.checkboxes).toEqual(writes);
    expect(double.syncCount).toBe(2);
    expect(checkedStates(double.toDocx())).toEqual([
      "0",
      "0",
      "0",
      "1",
      "0",
      "1",
      "0",
      "0",
      "0",
      "0",
    ]);
    const pkg = readDocxPackage(double.toDocx(), "c.docx");
    const t = targets[3]!;
    const cell = indexBody(pkg.document).tables[t.table]!.rows[t.row]!.cells[t.cell]!;
    expect(getParagraphText(cell.paragraphs[0]!)).toBe("☒");
    // Planned on what Word reported: the same write again is a DocumentChanged (expected false).
    await refusal(port.saveWrites(0, writes), "DocumentChanged");
  });

  it("where WordApi 1.7 is missing: a notice at load, and the save of those rows is refused", async () => {
    const { docx, targets } = checkboxLivret(1);
    const { double, port } = setup(docx, { wordApi: "1.6" });
    const snapshot = await port.load();
    expect(snapshot.notices?.map((n) => n.code)).toContain("CheckboxesUnsupported");
    double.resetSyncCount();
    const error = await refusal(
      port.saveWrites(0, [
        { kind: "checkbox", target: targets[0]!, checked: true, expected: false },
      ]),
      "CheckboxUnsupported",
    );
    expect(error.message).toMatch(/^Rien n'a été écrit/);
    expect(double.syncCount).toBe(0);
    expect(checkedStates(double.toDocx()).every((v) => v === "0")).toBe(true);
  });

  it("legacy form checkboxes are refused with a French message", async () => {
    const { double, port } = setup(TEMPLATE);
    await port.load();
    double.resetSyncCount();
    const error = await refusal(
      port.saveWrites(0, [
        {
          kind: "checkbox",
          target: { table: 1, row: 2, cell: 2, box: 0, control: "formField" },
          checked: true,
          expected: false,
        },
      ]),
      "CheckboxUnsupported",
    );
    expect(error.message).toMatch(/formulaire/);
    expect(double.syncCount).toBe(0);
  });
});

describe("§6 slow and failing hosts", () => {
  it("on Mac, writes in chunks of one sync each and reports progress", async () => {
    const { double, port } = setup(TEMPLATE, { platform: "Mac" });
    const snapshot = await port.load();
    expect(snapshot.notices?.map((n) => n.code)).toContain("SlowHost");
    const data = everyRowData(snapshot);
    const progress: SaveProgress[] = [];
    double.resetSyncCount();
    const report = await port.save(0, data, { onProgress: (p) => progress.push(p) });
    const total = report.writes.length;
    expect(progress.length).toBe(Math.ceil(total / 20));
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
    expect(double.syncCount).toBe(1 + progress.length);
    const back = engineRead(double.toDocx()).livrets[0]!.data.periods ?? {};
    for (const [k, v] of Object.entries(data.periods ?? {})) {
      expect(back[k as "1"]?.levels).toEqual(v?.levels);
    }
  });

  it.each([
    ["Mac chunks", { platform: "Mac" }, 280],
    [
      "one batch that keeps what ran before the failure",
      { failedBatchKeepsEarlierWrites: true },
      299,
    ],
    ["one batch rolled back", {}, 0],
  ] as const)(
    "a failure half-way (%s) says exactly which writes landed; a retry writes only the rest",
    async (_, policy, landed) => {
      const { double, port } = setup(TEMPLATE, { ...policy, failAtWrite: 300 });
      const snapshot = await port.load();
      const data = everyRowData(snapshot);
      const error = await refusal(port.save(0, data), "PartialSave");
      expect(error).toBeInstanceOf(PartialSaveError);
      const partial = error as PartialSaveError;
      expect(partial.landed.length).toBe(landed);
      expect(error.message).toContain(`${landed} modification(s) sur`);
      expect(error.message).toMatch(/Relire le document$/);
      const retry = await port.save(0, data);
      expect(retry.writes.length).toBe(partial.missing.length);
      const back = engineRead(double.toDocx()).livrets[0]!.data.periods ?? {};
      for (const [k, v] of Object.entries(data.periods ?? {})) {
        expect(back[k as "1"]?.levels).toEqual(v?.levels);
        expect(back[k as "1"]?.activities).toEqual(v?.activities);
      }
    },
  );
});
