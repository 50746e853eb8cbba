import { compressKeys } from "../../src/cli/formatInspectReport";

describe("compressKeys", () => {
  it("collapses runs of consecutive keys of one section", () => {
    expect(compressKeys(["1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2"])).toBe(
      "1.1.1–1.1.3, 1.2.1–1.2.2",
    );
    expect(compressKeys(["4B.4.8", "4B.5.1"])).toBe("4B.4.8, 4B.5.1");
    expect(compressKeys(["AP.1", "AP.2", "AP.3"])).toBe("AP.1–AP.3");
  });

  it("keeps gaps, positional keys and single keys apart", () => {
    expect(compressKeys(["1.1.1", "1.1.3"])).toBe("1.1.1, 1.1.3");
    expect(compressKeys(["1.2.13", "?12.7", "?12.8", "1.2.14"])).toBe(
      "1.2.13, ?12.7, ?12.8, 1.2.14",
    );
    expect(compressKeys([])).toBe("");
  });
});
