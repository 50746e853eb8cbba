import { CATALOG } from "../../src/domain/catalog/referentiel";
import { progressMatrix } from "../../src/domain/progress/progressMatrix";
import { draftFromPrevious } from "../../src/domain/progress/draftFromPrevious";
import type { LivretData } from "../../src/domain/livretData";

describe("progressMatrix", () => {
  const data: LivretData = {
    periods: {
      "1": { levels: { "1.1.1": "A", "1.1.2": "NE", "1.2.1": "N", "AP.1": "E" } },
      "2": { levels: { "1.1.1": "E", "1.1.2": "D" } },
      "3": { levels: { "?12.4": "A" } },
    },
  };
  const matrix = progressMatrix(data);

  it("has every catalog row, grouped by block in livret order", () => {
    expect(matrix.blocks.map((b) => [b.blockId, b.rows.length])).toEqual([
      ["1", 20],
      ["2", 13],
      ["3", 14],
      ["4B", 25],
      ["AP", 12],
    ]);
    expect(matrix.blocks.flatMap((b) => b.rows.map((r) => r.key))).toEqual(
      CATALOG.map((c) => c.key),
    );
  });

  it("gives each cell its level or 'empty'", () => {
    const row = matrix.blocks[0]?.rows.find((r) => r.key === "1.1.2");
    expect(row?.cells).toEqual({ 1: "NE", 2: "D", 3: "empty", 4: "empty" });
    expect(row?.evaluatedOnce).toBe(true);
    expect(matrix.blocks[0]?.rows.find((r) => r.key === "1.1.3")?.evaluatedOnce).toBe(false);
  });

  it("counts evaluated, NE and empty per block and PFMP", () => {
    const block1 = matrix.blocks[0];
    expect(block1?.counts[1]).toEqual({ evaluated: 2, ne: 1, empty: 17, total: 20 });
    expect(block1?.counts[2]).toEqual({ evaluated: 2, ne: 0, empty: 18, total: 20 });
    expect(block1?.counts[4]).toEqual({ evaluated: 0, ne: 0, empty: 20, total: 20 });
    expect(block1?.evaluatedOnce).toBe(3);
    expect(matrix.blocks[4]?.counts[1]).toEqual({ evaluated: 1, ne: 0, empty: 11, total: 12 });
    expect(matrix.totals[1]).toEqual({ evaluated: 3, ne: 1, empty: 80, total: 84 });
  });

  it("leaves out keys the catalog does not know", () => {
    expect(matrix.totals[3]).toEqual({ evaluated: 0, ne: 0, empty: 84, total: 84 });
  });
});

describe("draftFromPrevious", () => {
  it("copies the levels of PFMP n−1, NE included, into a fresh object", () => {
    const levels = { "1.1.1": "A", "1.1.2": "NE" } as const;
    const data: LivretData = { periods: { "2": { levels }, "3": { levels: { "1.1.1": "E" } } } };
    const draft = draftFromPrevious(data, 3);
    expect(draft).toEqual({ "1.1.1": "A", "1.1.2": "NE" });
    expect(draft).not.toBe(levels);
    expect(draftFromPrevious(data, 4)).toEqual({ "1.1.1": "E" });
  });

  it("gives an empty draft when the previous PFMP has no levels", () => {
    expect(draftFromPrevious({}, 2)).toEqual({});
  });
});
