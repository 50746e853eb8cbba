import type { ErrorObject } from "ajv/dist/2020";
import { findCompetence } from "../domain/catalog/referentiel";
import type { LivretData } from "../domain/livretData";
import { LivretError } from "../shared/livretError";
import { isIsoDate } from "./dataFormats";
import * as generated from "./generated/livretDataValidators";

export { isIsoDate };

/** What a data file holds: one livret's data, or a class file with one entry per livret. */
export type DataInput =
  | { readonly kind: "livret"; readonly data: LivretData }
  | { readonly kind: "class"; readonly livrets: readonly LivretData[] };

/** Positional key of a competence row the catalog does not know (`GridRowMap.key`). */
const POSITIONAL_KEY = /^\?[0-9]+\.[0-9]+$/;

/** An ajv validator: true or false, and the errors of the last call that returned false. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The data format's validators, compiled by ajv from `livretDataSchema.ts` ahead of time
 * (`scripts/writeDataValidators.ts`): loading ajv and compiling the schema cost a `livret fill`
 * ~150 ms at every start; the generated code is what ajv would compile, byte for byte.
 */
const validators: { readonly livret: ValidateFunction; readonly classFile: ValidateFunction } = {
  livret: generated.livret as ValidateFunction,
  classFile: generated.classFile as ValidateFunction,
};

/** Deepest nesting of objects and arrays a data file may have (a real one has 6 levels). */
export const MAX_DATA_DEPTH = 32;

/**
 * XML 1.0 §2.2 Char: what may not appear in a document's text — C0 controls but tab, LF and CR,
 * U+FFFE and U+FFFF; lone surrogates are matched separately (a well-formed pair is fine).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codePoint(text: string): string {
  const match = NOT_XML_CHAR.exec(text) ?? LONE_SURROGATE.exec(text);
  const code = match === null ? 0 : match[0].charCodeAt(0);
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Nesting depth of a JSON text, counted on the text (strings skipped) before `JSON.parse`, so that
 * neither the parser nor the validator ever meets a structure deep enough to exhaust the stack.
 */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * Copies a parsed value with every string checked (valid XML 1.0 text, else `InvalidData` with its
 * JSON path) and CR / CRLF turned into LF (a line break either way). Iterative: depth is bounded
 * by `MAX_DATA_DEPTH` but no recursion is needed.
 */
function cleanStrings(value: unknown, fileName: string): unknown {
  const check = (text: string, path: string): string => {
    if (NOT_XML_CHAR.test(text) || LONE_SURROGATE.test(text)) {
      throw new LivretError(
        "InvalidData",
        `${fileName}: ${path}: caractère ${codePoint(text)} interdit dans un document Word (caractère de contrôle ou invalide)`,
        { path },
      );
    }
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  };
  const root: { value: unknown } = { value };
  const stack: Array<{
    holder: Record<string, unknown>;
    key: string;
    path: string;
    depth: number;
  }> = [{ holder: root as Record<string, unknown>, key: "value", path: "", depth: 0 }];
  while (stack.length > 0) {
    const { holder, key, path, depth } = stack.pop()!;
    const current = holder[key];
    if (typeof current === "string") {
      holder[key] = check(current, path === "" ? "/" : path);
    } else if (typeof current === "object" && current !== null) {
      if (depth >= MAX_DATA_DEPTH) {
        throw new LivretError(
          "InvalidData",
          `${fileName}: ${path}: données trop imbriquées (plus de ${MAX_DATA_DEPTH} niveaux)`,
          { path },
        );
      }
      const copy: Record<string, unknown> | unknown[] = Array.isArray(current)
        ? [...(current as unknown[])]
        : { ...(current as Record<string, unknown>) };
      holder[key] = copy;
      for (const name of Object.keys(copy)) {
        const childPath = `${path}/${pointerSegment(name)}`;
        check(name, childPath);
        stack.push({
          holder: copy as Record<string, unknown>,
          key: name,
          path: childPath,
          depth: depth + 1,
        });
      }
    }
  }
  return root.value;
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
export function validateData(input: unknown, fileName: string): DataInput {
  const value = cleanStrings(input, fileName);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new LivretError(
      "InvalidData",
      `${fileName}: /: le fichier doit contenir un objet JSON ({ "student": …, "periods": … } ou { "livrets": [ … ] })`,
      { path: "/" },
    );
  }
  const { livret, classFile } = validators;
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
  if (jsonDepth(source, MAX_DATA_DEPTH) > MAX_DATA_DEPTH) {
    throw new LivretError(
      "InvalidData",
      `${fileName}: JSON trop imbriqué (plus de ${MAX_DATA_DEPTH} niveaux d'objets ou de listes)`,
      { path: "/" },
    );
  }
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
