/**
 * Writes `schemas/livret-data.schema.json` from `src/services/livretDataSchema.ts` (the one source
 * of the schema). Run: `npx tsx scripts/writeDataSchema.ts`. A test fails when the two drift.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { LIVRET_DATA_SCHEMA } from "../src/services/livretDataSchema";

export function dataSchemaText(): string {
  return `${JSON.stringify(LIVRET_DATA_SCHEMA, null, 2)}\n`;
}

if (require.main === module) {
  const target = path.join(__dirname, "..", "schemas", "livret-data.schema.json");
  writeFileSync(target, dataSchemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
