import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { indexBody } from "../../src/docx/bodyIndex";
import { readDocxPackage } from "../../src/docx/docxPackage";
import { getParagraphText } from "../../src/docx/paragraphText";
import { createWordDouble, policyFromRecording } from "../../src/office/double";
import { buildSnippet, SNIPPET_PATH } from "./build-snippet";
import { recordCalibration } from "./calibrate-word";
import type { CalibrationDeps, CalibrationRecord } from "./calibrate-word";
import { makeCalibrationDocx } from "./makeCalibrationDocx";

const FIXTURES = path.join(__dirname, "fixtures");
const RECORDINGS = path.join(__dirname, "recordings");
const CALIBRATION_DOCX = path.join(FIXTURES, "calibration-tables.docx");

const deps: CalibrationDeps = {
  parseXml: (xml) => new DOMParser().parseFromString(xml, "text/xml") as unknown as Document,
  serialize: (node) => new XMLSerializer().serializeToString(node as never),
};

function fixturePath(fixture: string): string {
  const candidates = [
    path.join(FIXTURES, `${fixture}.docx`),
    path.join(__dirname, "..", "fixtures", `${fixture}.docx`),
    path.join(__dirname, "..", "..", "assets", `${fixture}.docx`),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new Error(`no .docx for golden fixture "${fixture}"`);
  return found;
}

/** What the double must reproduce; raw XML is compared through facts (rsids, prefixes differ). */
function comparable(record: CalibrationRecord) {
  return {
    bodyText: record.bodyText,
    paragraphs: record.paragraphs,
    tables: record.tables,
    ooxml: {
      hasMainPart: record.ooxml.partNames.includes("/word/document.xml"),
      tables: record.ooxml.tables,
      paragraphs: record.ooxml.paragraphs,
    },
    writes:
      record.writes?.map((w) => ({
        at: [w.table, w.row, w.cell],
        outcome: w.outcome,
        textWritten: w.textWritten,
        textBefore: w.textBefore,
        textAfter: w.textAfter,
        paragraphsAfter: w.paragraphsAfter,
        pPrKept: w.pPrAfter === w.pPrBefore,
        rPrKept: w.rPrAfter === w.rPrBefore,
      })) ?? null,
  };
}

describe("calibration tooling", () => {
  it("keeps the Script Lab snippet in step with calibrate-word.ts", () => {
    expect(readFileSync(SNIPPET_PATH, "utf8")).toBe(buildSnippet());
  });

  it("gives Script Lab a script that type-checks against the real Word typings", () => {
    // Extract the snippet's script as Script Lab will compile it (a global script, `Word` global).
    const yaml = readFileSync(SNIPPET_PATH, "utf8");
    const script = yaml
      .split("script:\n  content: |\n")[1]!
      .split("\n  language: typescript")[0]!
      .split("\n")
      .map((line) => line.replace(/^ {4}/, ""))
      .join("\n");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "snippet-")), "snippet.ts");
    writeFileSync(file, script);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      lib: ["lib.es2020.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: ["office-js"],
      typeRoots: [path.join(__dirname, "..", "..", "node_modules", "@types")],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });

  it("keeps the committed calibration .docx in step with its generator", () => {
    const committed = unzipSync(readFileSync(CALIBRATION_DOCX))["word/document.xml"];
    const generated = unzipSync(makeCalibrationDocx())["word/document.xml"];
    expect(new TextDecoder().decode(committed)).toBe(new TextDecoder().decode(generated));
  });

  it("records the double's answers, consistent with the .docx engine", async () => {
    const docx = readFileSync(CALIBRATION_DOCX);
    const double = createWordDouble(docx);
    const record = await recordCalibration(double.Word, deps, {
      fixture: "calibration-tables",
      host: "double",
      writes: true,
    });
    const index = indexBody(readDocxPackage(docx, "calibration-tables.docx").document);
    expect(record.paragraphs.map((p) => p.text)).toEqual(index.paragraphs.map(getParagraphText));
    const topLevel = index.tables.filter((t) => t.nesting === 0);
    expect(record.tables.map((t) => t.rows.map((r) => r.cellCount))).toEqual(
      topLevel.map((t) => t.rows.map((r) => r.cells.length)),
    );
    // The merged table: gridSpan → one cell, vMerge continuation → its own empty cell, the row
    // inside a content control is a row.
    expect(record.tables[1]!.values[1]).toEqual(["a", "b", "", "e"]);
    expect(record.tables[1]!.rowCount).toBe(5);
    expect(record.tables[2]!.childTableNestingLevels).toEqual([2]);
    expect(record.ooxml.partNames).toContain("/word/document.xml");
    // Writes: every cell written, paragraph and run formatting kept (the double's reading).
    expect(record.writes!.length).toBeGreaterThan(10);
    for (const w of record.writes!) {
      expect(w.outcome).toBe("ok");
      expect(w.textAfter).toBe(w.textWritten);
      expect(w.pPrAfter).toBe(w.pPrBefore);
      if (w.textBefore !== "" && w.textWritten !== "") expect(w.rPrAfter).toBe(w.rPrBefore);
    }
    expect(record.writes!.filter((w) => w.textWritten === "").length).toBeGreaterThan(3);
    expect(
      record.writes!.find((w) => w.table === 0 && w.row === 0 && w.cell === 0)!.rPrAfter,
    ).toContain("w:b");
  });
});

const recordings = existsSync(RECORDINGS)
  ? readdirSync(RECORDINGS).filter((f) => f.endsWith(".json"))
  : [];

describe("the double against Word's recorded answers (tests/calibration/recordings/)", () => {
  if (recordings.length === 0) {
    // Nothing is faked: recordings can only be made in real Word, and there is none on Linux.
    it.skip(
      "no recording yet — record one in Word (README.md, five minutes), save it under " +
        "tests/calibration/recordings/, and this test replays it on the double",
      () => undefined,
    );
    return;
  }
  it.each(recordings)("%s: the double, set by the recording, answers as Word did", async (file) => {
    const golden = JSON.parse(
      readFileSync(path.join(RECORDINGS, file), "utf8"),
    ) as CalibrationRecord;
    const docx = readFileSync(fixturePath(golden.fixture));
    const double = createWordDouble(docx, { policy: policyFromRecording(golden, docx) });
    const record = await recordCalibration(double.Word, deps, {
      fixture: golden.fixture,
      host: "double",
      writes: golden.writes !== null,
      maxWriteCells: golden.writes?.length,
    });
    expect(comparable(record)).toEqual(comparable(golden));
  });
});

describe("policyFromRecording", () => {
  it("reads the double's switches from a recording", async () => {
    const docx = readFileSync(CALIBRATION_DOCX);
    for (const policy of [
      { vMergeContinuation: "cells", endOfRowParagraphs: false, bodyTablesIncludeNested: false },
      { vMergeContinuation: "skipped", endOfRowParagraphs: true, bodyTablesIncludeNested: true },
    ] as const) {
      const record = await recordCalibration(createWordDouble(docx, { policy }).Word, deps, {
        fixture: "calibration-tables",
        host: "mac",
        writes: false,
      });
      const probes = {
        payload: [
          { mb: 1, request: "ok", response: "ok" },
          { mb: 5, request: "ok", response: "ResponsePayloadSizeLimitExceeded" },
        ],
        failedBatch: { earlierWriteApplied: true },
      };
      expect(policyFromRecording({ ...record, probes }, docx)).toEqual({
        ...policy,
        responseCeilingBytes: 5 * 1024 * 1024,
        failedBatchKeepsEarlierWrites: true,
        platform: "Mac",
      });
    }
  });
});
