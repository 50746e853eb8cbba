import Ajv2020 from "ajv/dist/2020";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import { findCompetence } from "../domain/catalog/referentiel";
import type { LivretData } from "../domain/livretData";
import { LivretError } from "../shared/livretError";
import { LIVRET_DATA_SCHEMA, LIVRET_DATA_SCHEMA_ID } from "./livretDataSchema";

/** What a data file holds: one livret's data, or a class file with one entry per livret. */
export type DataInput =
  | { readonly kind: "livret"; readonly data: LivretData }
  | { readonly kind: "class"; readonly livrets: readonly LivretData[] };

/** Positional key of a competence row the catalog does not know (`GridRowMap.key`). */
const POSITIONAL_KEY = /^\?[0-9]+\.[0-9]+$/;
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

interface Validators {
  readonly livret: ValidateFunction;
  readonly classFile: ValidateFunction;
}

let validators: Validators | undefined;

/** Compiled once per process: ajv compilation costs far more than a validation. */
function getValidators(): Validators {
  if (validators === undefined) {
    const ajv = new Ajv2020({ allErrors: false, strict: true, verbose: true });
    // Our own "date" format instead of ajv-formats: one function, no extra dependency.
    ajv.addFormat("date", { type: "string", validate: isIsoDate });
    ajv.addSchema(LIVRET_DATA_SCHEMA);
    const get = (pointer: string): ValidateFunction => {
      const validate = ajv.getSchema(`${LIVRET_DATA_SCHEMA_ID}#/$defs/${pointer}`);
      if (validate === undefined) throw new Error(`schema definition ${pointer} is missing`);
      return validate;
    };
    validators = { livret: get("livretData"), classFile: get("classData") };
  }
  return validators;
}

/** RFC 6901 escaping of one JSON Pointer segment. */
function pointerSegment(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

function quote(value: unknown): string {
  return typeof value === "string" ? `« ${value} »` : JSON.stringify(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "un texte",
  integer: "un nombre entier",
  number: "un nombre",
  object: "un objet",
  array: "une liste",
  boolean: "un booléen",
};

function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Turns the first ajv error into one plain-words problem and the JSON path it points to. */
function describe(error: ErrorObject, root: unknown): { path: string; problem: string } {
  const path = error.instancePath === "" ? "/" : error.instancePath;
  const value = valueAt(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(
        ((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object,
      );
      return {
        path: `${error.instancePath}/${pointerSegment(name)}`,
        problem: `propriété inconnue ${quote(name)}${allowed.length > 0 ? ` (attendu : ${allowed.join(", ")})` : ""}`,
      };
    }
    case "required":
      return {
        path: `${error.instancePath}/${pointerSegment(String(params.missingProperty))}`,
        problem: "propriété obligatoire absente",
      };
    case "type":
      return {
        path,
        problem: `doit être ${TYPE_NAMES[String(params.type)] ?? params.type}, pas ${quote(value)}`,
      };
    case "enum":
      return {
        path,
        problem: `niveau ${quote(value)} inconnu (attendu : NE, N, D, A ou E)`,
      };
    case "minimum":
      return { path, problem: `doit être positif ou nul, pas ${quote(value)}` };
    case "maximum":
      return { path, problem: `doit valoir au plus ${String(params.limit)}, pas ${quote(value)}` };
    case "minItems":
      return { path, problem: "la liste ne doit pas être vide" };
    case "pattern":
    case "format":
      if (error.schemaPath.includes("date")) {
        return {
          path,
          problem: `date ${quote(value)} invalide (attendu : une vraie date AAAA-MM-JJ)`,
        };
      }
      return { path, problem: `valeur ${quote(value)} mal formée` };
    default:
      return { path, problem: error.message ?? "valeur non valide" };
  }
}

function throwFirstError(validate: ValidateFunction, root: unknown, fileName: string): never {
  const error = (validate.errors ?? [])[0];
  if (error === undefined) {
    throw new LivretError("InvalidData", `${fileName}: données non valides`, { path: "/" });
  }
  // propertyNames failures carry the offending key: it is an unknown key, not a malformed value.
  if (error.propertyName !== undefined) {
    const path = `${error.instancePath}/${pointerSegment(error.propertyName)}`;
    throw new LivretError(
      "UnknownKey",
      `${fileName}: ${path}: clé inconnue ${quote(error.propertyName)} (ni une compétence du référentiel, ni une clé de position ?tableau.ligne)`,
      { path },
    );
  }
  const { path, problem } = describe(error, root);
  throw new LivretError("InvalidData", `${fileName}: ${path}: ${problem}`, { path });
}

/** Checks the keys of levels/activities against the référentiel catalog (UnknownKey). */
function checkKeys(data: LivretData, base: string, fileName: string): void {
  for (const [period, periodData] of Object.entries(data.periods ?? {})) {
    for (const field of ["levels", "activities"] as const) {
      for (const key of Object.keys(periodData?.[field] ?? {})) {
        if (findCompetence(key) !== undefined || POSITIONAL_KEY.test(key)) continue;
        const path = `${base}/periods/${period}/${field}/${pointerSegment(key)}`;
        throw new LivretError(
          "UnknownKey",
          `${fileName}: ${path}: clé inconnue ${quote(key)} (pas dans le référentiel du livret)`,
          { path },
        );
      }
    }
  }
}

/** `conflicts` is what `export` reports; it is not something to write. */
function withoutConflicts(data: LivretData & { readonly conflicts?: unknown }): LivretData {
  if (!("conflicts" in data)) return data;
  const rest: Record<string, unknown> = { ...data };
  delete rest.conflicts;
  return rest as LivretData;
}

/**
 * Validates a parsed data file against `schemas/livret-data.schema.json` and the catalog.
 * Throws `LivretError("InvalidData" | "UnknownKey", "<file>: <JSON pointer>: <problem>", { path })`.
 */
export function validateData(value: unknown, fileName: string): DataInput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new LivretError(
      "InvalidData",
      `${fileName}: /: le fichier doit contenir un objet JSON ({ "student": …, "periods": … } ou { "livrets": [ … ] })`,
      { path: "/" },
    );
  }
  const { livret, classFile } = getValidators();
  if (Object.prototype.hasOwnProperty.call(value, "livrets")) {
    if (!classFile(value)) throwFirstError(classFile, value, fileName);
    const livrets = (value as { livrets: LivretData[] }).livrets;
    livrets.forEach((data, i) => checkKeys(data, `/livrets/${i}`, fileName));
    return { kind: "class", livrets: livrets.map(withoutConflicts) };
  }
  if (!livret(value)) throwFirstError(livret, value, fileName);
  const data = value as LivretData;
  checkKeys(data, "", fileName);
  return { kind: "livret", data: withoutConflicts(data) };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `ligne ${line}, colonne ${column}`;
}

/** Parses and validates the text of a data file (a leading BOM is allowed). */
export function parseDataJson(text: string, fileName: string): DataInput {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position === null ? "" : ` (${lineColumn(source, Number(position[1]))})`;
    throw new LivretError("InvalidData", `${fileName}: JSON invalide${where} : ${message}`, {
      path: "/",
      cause: error,
    });
  }
  return validateData(value, fileName);
}
