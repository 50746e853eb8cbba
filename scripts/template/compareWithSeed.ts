import { readFileSync } from "node:fs";
import { join } from "node:path";
import { docxToSeedText, textLines } from "./seedText";

/**
 * Compares the template's text with the seed livret, line by line (blank lines ignored).
 * Usage: npx tsx scripts/template/compareWithSeed.ts [SEED.txt] [FILE.docx]
 * Exit code 0 when every text line matches, 1 otherwise (the differences are printed).
 */

const seedPath = process.argv[2] ?? "/work/shared/seeds/000_3d2a7c14c3cbbcd5.txt";
const docxPath = process.argv[3] ?? join(__dirname, "..", "..", "assets/livret-mcv-option-b.docx");

const seed = textLines(readFileSync(seedPath, "utf8"));
const mine = textLines(docxToSeedText(new Uint8Array(readFileSync(docxPath))));
let differences = 0;
for (let i = 0; i < Math.max(seed.length, mine.length); i++) {
  if (seed[i] !== mine[i]) {
    differences++;
    console.log(
      `line ${i + 1}\n  seed: ${JSON.stringify(seed[i])}\n  docx: ${JSON.stringify(mine[i])}`,
    );
    if (differences >= 20) break;
  }
}
console.log(
  differences === 0
    ? `${docxPath}: ${mine.length} lignes de texte identiques à ${seedPath}`
    : `${docxPath}: ${differences} différence(s) avec ${seedPath}`,
);
process.exitCode = differences === 0 ? 0 : 1;
