import type { WordLike } from "../../src/office/wordLike";

/**
 * Compile-time proof that the real `Word` namespace (@types/office-js) fits `WordLike`, so the
 * adapter written against `WordLike` runs unchanged in Word. ts-jest type-checks this file: if a
 * member of `WordLike` is typed narrower than Office.js types it, this test fails to compile.
 */
type RealWordFits = typeof Word extends WordLike ? true : false;

describe("WordLike", () => {
  it("accepts the real Word namespace from @types/office-js", () => {
    const fits: RealWordFits = true;
    expect(fits).toBe(true);
  });
});
