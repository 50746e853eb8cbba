/**
 * `npx tsx tests/office/helpers/printRoundTrips.ts [FILE.docx…]`: the pane's round trips (syncs of
 * a load, of a save changing every row of the first livret, largest response per sync) on the
 * Word API double with Word on the web's 4 MB ceiling, as JSON. Default: the template and a
 * generated 30-pupil class file. The bench (`npm run bench`) reports the same numbers.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { buildLivretDocx } from "../../../scripts/template/buildLivretDocx";
import { measureRoundTrips } from "../../../src/office/measureSyncs";
import { TEMPLATE_PATH } from "./editDocx";

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const inputs: [string, Uint8Array][] =
    files.length > 0
      ? files.map((f) => [path.basename(f), readFileSync(f)])
      : [
          ["template", readFileSync(TEMPLATE_PATH)],
          ["class-30", buildLivretDocx({ copies: 30 })],
        ];
  const out: Record<string, unknown> = {};
  for (const [name, docx] of inputs) out[name] = await measureRoundTrips(docx);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

void main();
