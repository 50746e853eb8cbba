/**
 * The JSON Schema formats of the data format (`livretDataSchema.ts`): our own "date" instead of
 * ajv-formats (one function, no extra dependency). Read by the validators generated from the
 * schema (`generated/livretDataValidators.ts`, `scripts/writeDataValidators.ts`).
 */
import { parseStrictIsoDate } from "../domain/calendar/strictIsoDate";

/** A real calendar date in ISO form, untrimmed: the pattern alone would let 2025-02-30 through. */
export function isIsoDate(value: string): boolean {
  return parseStrictIsoDate(value) !== null;
}

export const DATA_FORMATS = { date: { type: "string", validate: isIsoDate } } as const;
