import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildLivretDocx } from "./buildLivretDocx";

/**
 * Writes the school's template and the fixtures derived from it. Run with `npm run template`
 * after any change under scripts/template/ (a test checks the committed asset is up to date).
 */

const root = join(__dirname, "..", "..");

const outputs: readonly [string, Uint8Array][] = [
  ["assets/livret-mcv-option-b.docx", buildLivretDocx()],
  ["tests/fixtures/class-3.docx", buildLivretDocx({ copies: 3 })],
  ["tests/fixtures/livret-literal-bullets.docx", buildLivretDocx({ bullets: "literal" })],
];

for (const [path, bytes] of outputs) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`${path}: ${bytes.length} octets`);
}
