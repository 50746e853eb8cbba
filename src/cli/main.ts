import { Command, CommanderError, InvalidArgumentError } from "commander";
import { EXIT, errorLine, exitCodeFor } from "./errors";
import type { CliIo } from "./io";
import { nodeIo } from "./io";
import { setZipCodec } from "../docx/zip/zipCodec";
import { NODE_ZIP_CODEC } from "./nodeZipCodec";

// Each command is loaded when it runs: `inspect` does not pay for ajv (fill's data validation),
// date-fns (check's calendar) or the HTML report; start-up stays small.
const commands = {
  check: () => import("./commands/check"),
  export: () => import("./commands/export"),
  fill: () => import("./commands/fill"),
  inspect: () => import("./commands/inspect"),
  report: () => import("./commands/report"),
};

function positiveInteger(value: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError("un entier à partir de 1 est attendu.");
  }
  return Number(value);
}

/**
 * Builds a fresh program per call (commander keeps parsed state on the instance), with output
 * routed through `io` and exits turned into exceptions so that `main` always returns a code.
 */
function buildProgram(
  io: CliIo,
  run: (files: readonly string[], task: () => Promise<number>) => Promise<void>,
): Command {
  const program = new Command();
  program
    .name("livret")
    .description(
      "Lit, contrôle et remplit le livret de suivi des PFMP (Bac Pro MCV option B) dans un .docx.",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Parse errors are printed by `main` as one `livret: …` line.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true);

  program
    .command("inspect")
    .description("ce que le document contient : livrets, années, PFMP, grilles, avertissements")
    .argument("<file>", "le document .docx")
    .option("--json", "le rapport en JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      await run([file], async () =>
        (await commands.inspect()).runInspect({ file, json: options.json === true }, io),
      );
    });

  program
    .command("export")
    .description("les données du livret (format de données JSON) sur la sortie standard")
    .argument("<files...>", "les documents .docx ou des dossiers")
    .action(async (files: string[]) => {
      await run(files, async () =>
        (await commands.export()).runExport({ file: files[0]!, files }, io),
      );
    });

  program
    .command("fill")
    .description("remplit le livret avec des données JSON dans un nouveau document")
    .argument("<file>", "le document .docx (jamais modifié)")
    .requiredOption("--data <data.json>", "les données (format de données JSON)")
    .requiredOption("--out <out.docx>", "le document à écrire")
    .option("--force", "remplace --out s'il existe déjà")
    .option(
      "--livret <n>",
      "numéro du livret à remplir dans un fichier de classe (1 = le premier)",
      positiveInteger,
    )
    .option("--mark <x>", 'la marque écrite dans la case du niveau (par défaut "X")')
    .action(
      async (
        file: string,
        options: { data: string; out: string; force?: boolean; livret?: number; mark?: string },
      ) => {
        await run([file, options.data, options.out], async () =>
          (await commands.fill()).runFill(
            {
              file,
              data: options.data,
              out: options.out,
              force: options.force === true,
              livret: options.livret,
              mark: options.mark,
            },
            io,
          ),
        );
      },
    );

  // check and report: engineer H3 (issue 4).
  const weeksHelp = "semaines de PFMP exigées sur le cycle (22 dans le livret, 20 depuis 2024)";
  program
    .command("check")
    .description("vérifie le livret avant envoi : dates, durées, grilles, identité, attestation")
    .argument("<files...>", "les documents .docx ou des dossiers")
    .option("--json", "les constats en JSON")
    .option("--weeks <n>", weeksHelp, positiveInteger, 22)
    .action(async (files: string[], options: { json?: boolean; weeks: number }) => {
      await run(files, async () =>
        (await commands.check()).runCheck(
          { file: files[0]!, files, json: options.json === true, weeks: options.weeks },
          io,
        ),
      );
    });

  program
    .command("report")
    .description("rapport HTML imprimable : progression et vérifications, une section par élève")
    .argument("<files...>", "les documents .docx ou des dossiers (une classe)")
    .requiredOption("--out <report.html>", "le rapport à écrire")
    .option("--force", "remplace --out s'il existe déjà")
    .option("--weeks <n>", weeksHelp, positiveInteger, 22)
    .action(async (files: string[], options: { out: string; force?: boolean; weeks: number }) => {
      await run([...files, options.out], async () =>
        (await commands.report()).runReport(
          {
            file: files[0]!,
            files,
            out: options.out,
            force: options.force === true,
            weeks: options.weeks,
          },
          io,
        ),
      );
    });

  // new and summary (issue 11): loaded on demand, with their spreadsheet library.
  program
    .command("new")
    .description("crée un livret par élève d'une liste de classe (Pronote, SIECLE : CSV ou .xlsx)")
    .requiredOption(
      "--roster <liste>",
      "la liste de classe (.csv ou .xlsx, colonnes Nom et Prénom)",
    )
    .option("--out <dossier>", "le dossier où écrire un livret NOM_Prénom.docx par élève")
    .option("--class-file <classe.docx>", "un seul document avec le livret de chaque élève")
    .option("--template <modele.docx>", "le livret vierge de l'établissement (sinon celui fourni)")
    .option("--force", "remplace les fichiers qui existent déjà")
    .action(
      async (options: {
        roster: string;
        out?: string;
        classFile?: string;
        template?: string;
        force?: boolean;
      }) => {
        const { runNew } = await import("./commands/new");
        await run([options.roster], () =>
          runNew({ ...options, force: options.force === true }, io),
        );
      },
    );

  program
    .command("summary")
    .description("récapitulatif pour le secrétariat : une ligne par élève et PFMP, allocation")
    .argument("<files...>", "les documents .docx ou des dossiers")
    .requiredOption("--out <recap.xlsx|recap.csv>", "le récapitulatif à écrire")
    .option("--force", "remplace --out s'il existe déjà")
    .option("--weeks <n>", weeksHelp, positiveInteger, 22)
    .action(async (files: string[], options: { out: string; force?: boolean; weeks: number }) => {
      const { runSummary } = await import("./commands/summary");
      await run([...files, options.out], () =>
        runSummary(
          { files, out: options.out, force: options.force === true, weeks: options.weeks },
          io,
        ),
      );
    });

  return program;
}

/** The `livret` command line; returns the exit code (see `errors.ts` EXIT). */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  // Zip entries are inflated and deflated by Node's zlib here (the pane keeps fflate).
  setZipCodec(NODE_ZIP_CODEC);
  let code: number = EXIT.ok;
  const run = async (files: readonly string[], task: () => Promise<number>): Promise<void> => {
    try {
      code = await task();
    } catch (error) {
      io.stderr(errorLine(error, files));
      code = exitCodeFor(error);
    }
  };
  const program = buildProgram(io, run);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (error.exitCode === 0) return EXIT.ok;
      const message = error.message.replace(/^error:\s*/, "");
      if (message !== "" && error.code !== "commander.help") {
        io.stderr(`livret: ${message.replace(/\s*\r?\n\s*/g, " ")}\n`);
      }
      return EXIT.usage;
    }
    io.stderr(errorLine(error, []));
    return EXIT.internal;
  }
  return code;
}
