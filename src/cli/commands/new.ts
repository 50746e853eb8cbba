import * as path from "node:path";
import type { RosterEntry } from "../../services/roster/rosterTypes";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../errors";
import type { CliIo } from "../io";

export interface NewArgs {
  readonly roster: string;
  /** Folder for one livret per pupil. */
  readonly out?: string;
  /** One document with every pupil's livret (a class file). */
  readonly classFile?: string;
  /** The school's own blank livret; the bundled one by default. */
  readonly template?: string;
  readonly force: boolean;
}

/** The bundled blank livret (assets/ sits next to src/ and lib/ in the checkout). */
export const BUNDLED_TEMPLATE = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "assets",
  "livret-mcv-option-b.docx",
);

interface Output {
  readonly file: string;
  readonly bytes: Uint8Array;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? "s" : ""}`;
}

/**
 * Writes every output or none: each file atomically; existing files are refused before anything
 * is written (unless --force), and when a write fails the files already written are removed.
 */
async function writeAll(outputs: readonly Output[], force: boolean, io: CliIo): Promise<void> {
  if (!force) {
    for (const o of outputs) {
      if (await io.exists(o.file)) {
        throw new UsageError(
          `${o.file} : le fichier existe déjà (ajoutez --force pour le remplacer)`,
        );
      }
    }
  }
  const written: string[] = [];
  try {
    for (const o of outputs) {
      await io.writeFileAtomic(o.file, o.bytes, { overwrite: force });
      written.push(o.file);
    }
  } catch (error) {
    // With --force a replaced file cannot be given back; without it nothing existed before.
    if (!force) for (const file of written) await io.removeFile(file);
    throw error;
  }
}

/**
 * `livret new --roster ROSTER (--out DIR | --class-file OUT.docx) [--template FILE.docx]
 * [--force]`: one livret per pupil of a Pronote or SIECLE class list, names in both attestations.
 */
export async function runNew(args: NewArgs, io: CliIo): Promise<number> {
  const files = [args.roster, args.template ?? BUNDLED_TEMPLATE];
  // Error messages name the file at fault; the outputs are candidates too (existing file).
  const named = [...files, ...[args.classFile, args.out].filter((f) => f !== undefined)];
  try {
    if (args.out === undefined && args.classFile === undefined) {
      throw new UsageError(
        "indiquez --out DOSSIER (un livret par élève) ou --class-file FICHIER.docx.",
      );
    }
    if (args.classFile !== undefined && !/\.docx$/i.test(args.classFile)) {
      throw new UsageError(`${args.classFile} : --class-file doit se terminer par .docx`);
    }
    const templateFile = args.template ?? BUNDLED_TEMPLATE;
    // Lazy: exceljs and the engine load only for this command.
    const { parseRoster } = await import("../../services/roster/parseRoster");
    const { createClassFile, createLivrets } =
      await import("../../services/newLivrets/createLivrets");
    const roster = await parseRoster(await io.readFile(args.roster), args.roster);
    const template = await io.readFile(templateFile);
    const outputs: Output[] = [];
    const pupils: readonly RosterEntry[] = roster.entries;
    if (args.out !== undefined) {
      const dir = args.out;
      for (const l of createLivrets(template, templateFile, pupils)) {
        outputs.push({ file: path.join(dir, l.fileName), bytes: l.bytes });
      }
    }
    if (args.classFile !== undefined) {
      outputs.push({
        file: args.classFile,
        bytes: createClassFile(template, templateFile, pupils),
      });
    }
    const inputs = new Set(files.map((f) => io.resolve(f)));
    const clash = outputs.find((o) => inputs.has(io.resolve(o.file)));
    if (clash !== undefined) {
      throw new UsageError(`${clash.file} : la sortie ne peut pas remplacer un fichier lu.`);
    }
    // Only now, with every document built: a failure above leaves no empty folder behind.
    if (args.out !== undefined) await io.makeDir(args.out);
    await writeAll(outputs, args.force, io);
    if (args.out !== undefined) {
      io.stdout(
        `${args.out} : ${plural(pupils.length, "livret")} créé${pupils.length > 1 ? "s" : ""}.\n`,
      );
    }
    if (args.classFile !== undefined) {
      io.stdout(
        `${args.classFile} : fichier de classe de ${plural(pupils.length, "livret")} créé.\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    io.stderr(errorLine(error, named));
    return exitCodeFor(error);
  }
}
