import { readFileSync } from "fs";
import * as path from "path";
import { getParagraphText } from "../../src/docx/paragraphText";
import { indexBody } from "../../src/docx/bodyIndex";
import { readDocxPackage } from "../../src/docx/docxPackage";
import type { LivretData } from "../../src/domain/livretData";
import { createWordDouble } from "../../src/office/double";
import { DoubleOfficeError } from "../../src/office/double/officeError";
import { everyRowData } from "../../src/office/everyRowData";
import { measureSyncs } from "../../src/office/measureSyncs";
import { OfficeDocumentPort } from "../../src/office/officeDocumentPort";
import type { WordLike } from "../../src/office/wordLike";
import { openDocument, readDocument } from "../../src/services/livretEngine";
import { isLivretError } from "../../src/shared/livretError";
import { makeDocx, p } from "./helpers/makeDocx";
import type { LivretErrorCode } from "../../src/shared/livretError";

const TEMPLATE = readFileSync(
  path.join(__dirname, "..", "..", "assets", "livret-mcv-option-b.docx"),
);

function engineRead(docx: Uint8Array) {
  return readDocument(openDocument(docx, "out.docx"));
}

function bodyTexts(docx: Uint8Array): string[] {
  return indexBody(readDocxPackage(docx, "out.docx").document).paragraphs.map(getParagraphText);
}

async function expectLivretError(promise: Promise<unknown>, code: LivretErrorCode): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isLivretError(error)).toBe(true);
  expect((error as { code: string }).code).toBe(code);
  return error as Error;
}

/** First competence row of the first grid, and its level cell for `level` in the first PFMP. */
function firstLevelCell(snapshot: Awaited<ReturnType<OfficeDocumentPort["load"]>>) {
  const grid = snapshot.map.livrets[0]!.grids[0]!;
  const row = grid.rows.find((r) => r.kind === "competence" && r.key !== null)!;
  return { key: row.key!, pfmp: row.slots[0]!.pfmp, cell: row.slots[0]!.levels.A };
}

describe("OfficeDocumentPort on the Word API double and the template", () => {
  it("detects and reads the whole template in exactly one sync, as the engine does", async () => {
    const double = createWordDouble(TEMPLATE);
    const snapshot = await new OfficeDocumentPort(double.Word).load();
    expect(double.syncCount).toBe(1);
    expect(snapshot.map.livrets.length).toBeGreaterThan(0);
    expect(snapshot.map.livrets[0]!.grids.length).toBeGreaterThan(0);
    // One code path: the pane's reading equals the command line's.
    expect(snapshot).toEqual(engineRead(TEMPLATE));
  });

  it("saves a change of every row of every grid in two syncs, and the .docx reads it back", async () => {
    const double = createWordDouble(TEMPLATE);
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = await port.load();
    const data = everyRowData(snapshot);
    const keys = Object.values(data.periods ?? {}).flatMap((p) => Object.keys(p?.levels ?? {}));
    expect(keys.length).toBeGreaterThan(100);
    double.resetSyncCount();
    const report = await port.save(0, data);
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(report.writes.length).toBeGreaterThanOrEqual(keys.length);

    const back = engineRead(double.toDocx()).livrets[0]!.data.periods ?? {};
    for (const [period, expected] of Object.entries(data.periods ?? {})) {
      const got = back[period as keyof typeof back];
      expect(got?.levels).toEqual(expected?.levels);
      expect(got?.activities).toEqual(expected?.activities);
    }
  });

  it("writes nothing and says DocumentChanged when a target was edited after load", async () => {
    const double = createWordDouble(TEMPLATE);
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = await port.load();
    const { key, pfmp, cell } = firstLevelCell(snapshot);
    // The teacher ticks the very cell the pane is about to tick, in Word, meanwhile.
    await double.Word.run(async (context) => {
      const table = context.document.body.tables.load("items");
      await context.sync();
      table.items[cell.table]!.getCell(cell.row, cell.cell)
        .body.paragraphs.getFirst()
        .insertText("✓", "Replace");
      await context.sync();
    });
    const edited = double.toDocx();
    double.resetSyncCount();
    const data: LivretData = {
      periods: { [String(pfmp)]: { levels: { [key]: "A" }, activities: {} } },
    };
    const error = await expectLivretError(port.save(0, data), "DocumentChanged");
    expect(error.message).toMatch(/^Le document a changé depuis la lecture/);
    expect(double.syncCount).toBe(1); // the re-read only: no write batch was sent
    expect(bodyTexts(double.toDocx())).toEqual(bodyTexts(edited));
    // After a fresh load the same save goes through.
    await port.load();
    await port.save(0, data);
    expect(
      engineRead(double.toDocx()).livrets[0]!.data.periods?.[String(pfmp) as "1"]?.levels?.[key],
    ).toBe("A");
  });

  it("says DocumentChanged when the livret's structure moved (a grid row deleted)", async () => {
    const double = createWordDouble(TEMPLATE);
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = await port.load();
    const { key, pfmp, cell } = firstLevelCell(snapshot);
    double.editDocument((doc) => {
      const tr = indexBody(doc).tables[cell.table]!.rows[cell.row]!.element;
      tr.parentNode!.removeChild(tr);
    });
    const edited = bodyTexts(double.toDocx());
    double.resetSyncCount();
    const data: LivretData = { periods: { [String(pfmp)]: { levels: { [key]: "E" } } } };
    await expectLivretError(port.save(0, data), "DocumentChanged");
    expect(double.syncCount).toBe(1);
    expect(bodyTexts(double.toDocx())).toEqual(edited);
  });

  it("saves without a prior load (load + re-read + write), and does nothing when nothing changes", async () => {
    const double = createWordDouble(TEMPLATE);
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = engineRead(TEMPLATE);
    const data = everyRowData(snapshot);
    await port.save(0, data);
    expect(double.syncCount).toBe(3);
    double.resetSyncCount();
    const again = await port.save(0, data); // planned on the state it wrote: no change left
    expect(again.writes).toEqual([]);
    expect(double.syncCount).toBe(0);
  });

  it("works whether or not Word lists nested tables in body.tables", async () => {
    const double = createWordDouble(TEMPLATE, { policy: { bodyTablesIncludeNested: true } });
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = await port.load();
    const data = everyRowData(snapshot);
    await port.save(0, data);
    expect(engineRead(double.toDocx()).livrets[0]!.data.periods?.["1"]?.levels).toEqual(
      data.periods?.["1"]?.levels,
    );
  });

  it("saves one pupil of a class file and leaves the others as they were", async () => {
    const classFile = readFileSync(path.join(__dirname, "..", "fixtures", "class-3.docx"));
    const double = createWordDouble(classFile);
    const port = new OfficeDocumentPort(double.Word);
    const snapshot = await port.load();
    expect(double.syncCount).toBe(1);
    expect(snapshot.map.livrets.length).toBe(3);
    await expectLivretError(port.save(3, {}), "LivretNotFound");
    const data = everyRowData(snapshot, 2);
    double.resetSyncCount();
    await port.save(2, data);
    expect(double.syncCount).toBe(2);
    const before = engineRead(classFile);
    const after = engineRead(double.toDocx());
    expect(after.livrets.slice(0, 2)).toEqual(before.livrets.slice(0, 2));
    expect(after.livrets[2]!.data.periods?.["3"]?.levels).toEqual(data.periods?.["3"]?.levels);
  });

  it("loads a document without a livret as an empty snapshot, in one sync", async () => {
    const double = createWordDouble(makeDocx(p("Compte rendu de réunion") + p("Rien à voir")));
    const snapshot = await new OfficeDocumentPort(double.Word).load();
    expect(double.syncCount).toBe(1);
    expect(snapshot.map.livrets).toEqual([]);
    expect(snapshot.livrets).toEqual([]);
  });

  it("turns Word's errors into LivretError(OfficeError) by code, with a French message", async () => {
    const failing: WordLike = {
      ...createWordDouble(TEMPLATE).Word,
      run: () =>
        Promise.reject(
          new DoubleOfficeError(
            "AccessDenied",
            "You cannot perform the requested operation.",
            "Body.getOoxml",
          ),
        ),
    };
    const error = await expectLivretError(new OfficeDocumentPort(failing).load(), "OfficeError");
    expect(error.message).toContain("lecture seule");
    expect(error.message).toContain("AccessDenied");
  });

  it("measures the round trips for the bench", async () => {
    await expect(measureSyncs(TEMPLATE)).resolves.toEqual({ detect: 1, save: 2 });
  });
});
