import { readFileSync } from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { LIVRET_DATA_SCHEMA } from "../../src/services/livretDataSchema";
import { VALIDATORS_FILE, dataValidatorsText } from "../../scripts/writeDataValidators";
import { isIsoDate, parseDataJson, validateData } from "../../src/services/validateData";
import { LivretError } from "../../src/shared/livretError";
import { fullData } from "./fullData";

const SCHEMA_FILE = path.join(__dirname, "..", "..", "schemas", "livret-data.schema.json");

function failure(value: unknown): LivretError {
  try {
    validateData(value, "data.json");
  } catch (error) {
    if (error instanceof LivretError) return error;
    throw error;
  }
  throw new Error("validateData accepted invalid data");
}

describe("schemas/livret-data.schema.json", () => {
  it("is the schema the code validates with (regenerate: npx tsx scripts/writeDataSchema.ts)", () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(
      JSON.parse(JSON.stringify(LIVRET_DATA_SCHEMA)),
    );
  });

  it("is a valid draft 2020-12 schema that a standard validator accepts on its own", () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat("date", /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));
    expect(validate(fullData())).toBe(true);
    expect(validate({ livrets: [fullData(1), fullData(2)] })).toBe(true);
    expect(validate({ periods: { "1": { levels: { "1.1.1": "Z" } } } })).toBe(false);
    expect(validate({ student: { name: "x" } })).toBe(false);
    expect(LIVRET_DATA_SCHEMA.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("src/services/generated/livretDataValidators.ts", () => {
  it("is what ajv compiles from the current schema (regenerate: npx tsx scripts/writeDataValidators.ts)", () => {
    expect(readFileSync(VALIDATORS_FILE, "utf8")).toBe(dataValidatorsText());
  });

  it("gives the same answers and errors as ajv compiling the schema at run time", () => {
    const ajv = new Ajv2020({ allErrors: false, strict: true, verbose: true });
    ajv.addFormat("date", { type: "string", validate: isIsoDate });
    ajv.addSchema(LIVRET_DATA_SCHEMA);
    const live = ajv.getSchema(`${LIVRET_DATA_SCHEMA.$id}#/$defs/classData`)!;
    const cases: unknown[] = [
      { livrets: [fullData(1), fullData(2)] },
      { livrets: [] },
      { livrets: [{ periods: { "1": { from: "2025-02-30" } } }] },
      { livrets: [{ periods: { "5": {} } }] },
      { livrets: [{ daysToRecover: { premiere: -1 } }] },
      { livrets: [{ periods: { "1": { levels: { "9.9": "A" } } } }] },
      "texte",
    ];
    for (const data of cases) {
      let generated: unknown = null;
      try {
        validateData(data, "d.json");
      } catch (error) {
        generated = (error as LivretError).message;
      }
      const ok = live(data);
      expect(generated === null).toBe(ok);
    }
  });
});

describe("validateData", () => {
  it("accepts the README example and a full livret", () => {
    const example = {
      student: { lastName: "MARTIN", firstName: "Léa" },
      daysToRecover: { premiere: 1, terminale: 0 },
      periods: {
        "1": {
          company: "Boulangerie Dupain",
          from: "2025-01-06",
          to: "2025-01-31",
          observations: "1 jour d'absence (maladie)",
          tutor: "M. Durand",
          teacher: "Mme Petit",
          levels: { "1.1.1": "A", "AP.3": "E" },
          activities: { "1.1.1": "Vente en magasin" },
        },
      },
    };
    expect(validateData(example, "data.json")).toEqual({ kind: "livret", data: example });
    expect(validateData(fullData(), "data.json").kind).toBe("livret");
    expect(validateData({}, "data.json")).toEqual({ kind: "livret", data: {} });
  });

  it("accepts a class file and positional keys, and drops the conflicts that export reports", () => {
    const input = validateData(
      {
        livrets: [
          { periods: { "2": { levels: { "?14.6": "A" } } } },
          { conflicts: [{ period: 1, key: "1.1.1", levels: ["A", "E"] }] },
        ],
      },
      "classe.json",
    );
    expect(input).toEqual({
      kind: "class",
      livrets: [{ periods: { "2": { levels: { "?14.6": "A" } } } }, {}],
    });
  });

  it("names the JSON path of a wrong level", () => {
    const error = failure({ periods: { "1": { levels: { "1.1.1": "Z" } } } });
    expect(error.code).toBe("InvalidData");
    expect(error.path).toBe("/periods/1/levels/1.1.1");
    expect(error.message).toBe(
      "data.json: /periods/1/levels/1.1.1: niveau « Z » inconnu (attendu : NE, N, D, A ou E)",
    );
  });

  it("reports an unknown key as UnknownKey with its path", () => {
    const error = failure({ periods: { "3": { activities: { "9.9.9": "x" } } } });
    expect(error.code).toBe("UnknownKey");
    expect(error.path).toBe("/periods/3/activities/9.9.9");
    expect(error.message).toContain("« 9.9.9 »");
    const malformed = failure({
      livrets: [{}, { periods: { "1": { levels: { Argumenter: "A" } } } }],
    });
    expect(malformed.code).toBe("UnknownKey");
    expect(malformed.path).toBe("/livrets/1/periods/1/levels/Argumenter");
    expect(failure({ periods: { "1": { levels: { "AP.13": "A" } } } }).path).toBe(
      "/periods/1/levels/AP.13",
    );
  });

  it.each([
    [{ periods: { "1": { from: "2025-02-30" } } }, "/periods/1/from", "date « 2025-02-30 »"],
    [{ periods: { "1": { to: "31/01/2025" } } }, "/periods/1/to", "date « 31/01/2025 »"],
    [{ periods: { "5": {} } }, "/periods/5", "propriété inconnue « 5 » (attendu : 1, 2, 3, 4)"],
    [{ daysToRecover: { premiere: -1 } }, "/daysToRecover/premiere", "positif ou nul"],
    [{ daysToRecover: { terminale: 1.5 } }, "/daysToRecover/terminale", "nombre entier"],
    [{ student: { lastName: 3 } }, "/student/lastName", "doit être un texte"],
    [{ student: { nom: "X" } }, "/student/nom", "propriété inconnue « nom »"],
    [{ periods: { "2": { company: null } } }, "/periods/2/company", "doit être un texte"],
    [{ livrets: [] }, "/livrets", "ne doit pas être vide"],
    [
      { livrets: [{ periods: { "1": { levels: { "1.1.1": "a" } } } }] },
      "/livrets/0/periods/1/levels/1.1.1",
      "niveau « a »",
    ],
  ])("rejects %j at %s", (value, pointer, words) => {
    const error = failure(value);
    expect(error.code).toBe("InvalidData");
    expect(error.path).toBe(pointer);
    expect(error.message).toContain(`data.json: ${pointer}: `);
    expect(error.message).toContain(words);
  });

  it("rejects what is not an object", () => {
    expect(failure([1, 2]).path).toBe("/");
    expect(failure("texte").code).toBe("InvalidData");
  });

  it("checks that dates are real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
  });
});

describe("parseDataJson", () => {
  it("reports a JSON syntax error with its line and column", () => {
    expect(() => parseDataJson('{\n  "periods": {,\n}', "bad.json")).toThrow(
      /^bad\.json: JSON invalide \(ligne 2, colonne 15\)/,
    );
  });

  it("accepts a leading byte order mark", () => {
    expect(parseDataJson('\ufeff{"student":{"lastName":"X"}}', "d.json")).toEqual({
      kind: "livret",
      data: { student: { lastName: "X" } },
    });
  });
});
