/**
 * The JSON Schema (draft 2020-12) of the public data format (`src/domain/livretData.ts`, README
 * "Data format"). `schemas/livret-data.schema.json` is this object written out by
 * `npx tsx scripts/writeDataSchema.ts`; a test keeps the two identical. It lives in TypeScript so
 * that the command line (compiled with rootDir `src`) and the browser bundle can embed it.
 *
 * Keys of `levels` and `activities` are checked syntactically here (`propertyNames`) and against
 * the catalog by `validateData` (an unknown key is `UnknownKey`, not a schema fault).
 */

const ISO_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/** Catalog keys ("1.2.14", "4B.3.6", "AP.12") or positional keys ("?12.7") of unmatched rows. */
export const ROW_KEY_PATTERN =
  "^(?:[1-3]\\.[0-9]+\\.[0-9]+|4B\\.[0-9]+\\.[0-9]+|AP\\.[0-9]+|\\?[0-9]+\\.[0-9]+)$";

export const LIVRET_DATA_SCHEMA_ID = "https://livret-pfmp.local/schemas/livret-data.schema.json";

const text = { type: "string" } as const;

export const LIVRET_DATA_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: LIVRET_DATA_SCHEMA_ID,
  title: "Livret de suivi des PFMP (Bac Pro MCV option B) — données",
  description:
    "What `livret export` prints and `livret fill --data` reads: one pupil's livret, or a class file { livrets: [...] }. Everything is optional: what is absent is left as it is in the document.",
  oneOf: [{ $ref: "#/$defs/livretData" }, { $ref: "#/$defs/classData" }],
  $defs: {
    classData: {
      description: "A class file: one entry per livret, in document order.",
      type: "object",
      properties: {
        livrets: { type: "array", minItems: 1, items: { $ref: "#/$defs/livretData" } },
      },
      required: ["livrets"],
      additionalProperties: false,
    },
    livretData: {
      type: "object",
      properties: {
        student: {
          type: "object",
          properties: { lastName: text, firstName: text },
          additionalProperties: false,
        },
        daysToRecover: {
          description: "« Nombre de jours à récupérer » per school year.",
          type: "object",
          properties: {
            premiere: { $ref: "#/$defs/days" },
            terminale: { $ref: "#/$defs/days" },
          },
          additionalProperties: false,
        },
        periods: {
          description: "Keyed by PFMP number: 1 and 2 in Première, 3 and 4 in Terminale.",
          type: "object",
          properties: {
            "1": { $ref: "#/$defs/period" },
            "2": { $ref: "#/$defs/period" },
            "3": { $ref: "#/$defs/period" },
            "4": { $ref: "#/$defs/period" },
          },
          additionalProperties: false,
        },
        conflicts: {
          description:
            "Reported by `export` (two levels ticked in one row and PFMP); ignored by `fill`.",
          type: "array",
          items: {
            type: "object",
            properties: {
              period: { type: "integer", minimum: 1, maximum: 4 },
              key: text,
              levels: { type: "array", items: { $ref: "#/$defs/level" } },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    days: { type: "integer", minimum: 0, maximum: 100 },
    date: {
      description: "ISO calendar date YYYY-MM-DD (a real date: no 2025-02-30).",
      type: "string",
      format: "date",
      pattern: ISO_DATE_PATTERN,
    },
    level: {
      description: "NE non évalué, N Novice, D Débrouillé, A Averti, E Expert.",
      enum: ["NE", "N", "D", "A", "E"],
    },
    period: {
      type: "object",
      properties: {
        company: text,
        from: { $ref: "#/$defs/date" },
        to: { $ref: "#/$defs/date" },
        observations: text,
        tutor: text,
        teacher: text,
        levels: {
          type: "object",
          propertyNames: { pattern: ROW_KEY_PATTERN },
          additionalProperties: { $ref: "#/$defs/level" },
        },
        activities: {
          type: "object",
          propertyNames: { pattern: ROW_KEY_PATTERN },
          additionalProperties: text,
        },
      },
      additionalProperties: false,
    },
  },
} as const;
