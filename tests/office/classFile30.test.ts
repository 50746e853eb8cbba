/**
 * The 30-pupil class file (generated from the template by `scripts/template/`'s builder, as
 * class-3.docx is): ~13 MB of OOXML, more than Word on the web sends in one response. Load and
 * save must stay under the double's 4 MB ceiling, with syncs growing with the file's size.
 */
import { buildLivretDocx } from "../../scripts/template/buildLivretDocx";
import { measureRoundTrips } from "../../src/office/measureSyncs";

jest.setTimeout(1_500_000);

describe("the 30-pupil class file within Word on the web's payload limits", () => {
  it("loads by slices and saves a whole livret under the 4 MB ceiling", async () => {
    const trips = await measureRoundTrips(buildLivretDocx({ copies: 30 }));
    // Printed for the record (the bench reports the same numbers).
    console.log(`30-pupil class file: ${JSON.stringify(trips)}`);
    expect(trips.detectSyncs).toBeGreaterThan(2); // the whole body does not fit in one response
    expect(trips.detectSyncs).toBeLessThan(40); // …but slices are grouped, not one per table
    expect(trips.saveSyncs).toBeGreaterThanOrEqual(2);
    expect(trips.saveSyncs).toBeLessThanOrEqual(4);
    expect(trips.writes).toBeGreaterThan(600);
    expect(trips.largestResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
