/**
 * The JSON Schema formats of the data format (`livretDataSchema.ts`): our own "date" instead of
 * ajv-formats (one function, no extra dependency). Read by the validators generated from the
 * schema (`generated/livretDataValidators.ts`, `scripts/writeDataValidators.ts`).
 */
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** A real calendar date in ISO form: the pattern alone would let 2025-02-30 through. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const DATA_FORMATS = { date: { type: "string", validate: isIsoDate } } as const;
