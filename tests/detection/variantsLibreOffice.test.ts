import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { LEVELS } from "../../src/domain/level";
import { readCellMark } from "../../src/domain/marks/cellMark";
import { fillDocument, openDocument, readDocument } from "../../src/services/livretEngine";
import { variant } from "./variantKit";

const SOFFICE = "/usr/bin/soffice";
const run = existsSync(SOFFICE) ? it : it.skip;

const NAMES = ["checkbox-content-controls", "form-checkboxes", "wingdings-glyphs", "unicode-boxes"];
const DATA = {
  periods: { "1": { levels: { "1.1.1": "E", "1.1.2": "N", "1.2.1": "D" } } },
} as const;

describe("filled checkbox and glyph livrets in LibreOffice", () => {
  run(
    "show exactly one ticked box per filled row once LibreOffice has read and saved them",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "livret-variants-"));
      try {
        for (const name of NAMES) {
          writeFileSync(join(dir, `${name}.docx`), fillDocument(variant(name), DATA, 0).bytes);
        }
        execFileSync(
          SOFFICE,
          [
            `-env:UserInstallation=file://${join(dir, "profile")}`,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            join(dir, "out"),
            ...NAMES.map((n) => join(dir, `${n}.docx`)),
          ],
          { stdio: "ignore", timeout: 240_000 },
        );
        for (const name of NAMES) {
          const bytes = new Uint8Array(readFileSync(join(dir, "out", `${name}.docx`)));
          const doc = openDocument(bytes, `${name}.docx`);
          const state = readDocument(doc).livrets[0]!;
          expect([name, state.data.periods?.["1"]?.levels]).toEqual([
            name,
            DATA.periods["1"].levels,
          ]);
          expect([name, state.conflicts]).toEqual([name, []]);
          // Every row of the first grid, both PFMPs: at most one ticked cell, exactly one in the
          // rows filled for PFMP 1 (what a person sees in LibreOffice).
          const grid = doc.map.livrets[0]!.grids[0]!;
          for (const row of grid.rows) {
            for (const slot of row.slots) {
              const ticked = LEVELS.filter((level) => {
                const a = slot.levels[level];
                const cell = doc.model.tables[a.table]!.rows[a.row]!.cells[a.cell]!;
                return readCellMark(cell).kind === "ticked";
              });
              const filled =
                slot.pfmp === 1 && row.key !== null && row.key in DATA.periods["1"].levels;
              expect([name, row.key, slot.pfmp, ticked.length]).toEqual([
                name,
                row.key,
                slot.pfmp,
                filled ? 1 : 0,
              ]);
            }
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
