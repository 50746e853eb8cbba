/**
 * Writes `schemas/livret-data.schema.json` from `src/services/livretDataSchema.ts` (the one source
 * of the schema), formatted by prettier. Run: `npx tsx scripts/writeDataSchema.ts`. A test fails
 * when the two drift.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { format, resolveConfig } from "prettier";
import { LIVRET_DATA_SCHEMA } from "../src/services/livretDataSchema";

export function dataSchemaText(): string {
  return `${JSON.stringify(LIVRET_DATA_SCHEMA, null, 2)}\n`;
}

async function write(): Promise<void> {
  const target = path.join(__dirname, "..", "schemas", "livret-data.schema.json");
  const config = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(dataSchemaText(), { ...config, filepath: target }));
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}

if (require.main === module) {
  write().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
