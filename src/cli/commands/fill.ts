import type { LivretData } from "../../domain/livretData";
import { fillLivrets } from "../../services/fillLivrets";
import { openDocument } from "../../services/livretEngine";
import { parseDataJson } from "../../services/validateData";
import { LivretError } from "../../shared/livretError";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { READ_LIMITS } from "../io";

export interface FillArgs {
  readonly file: string;
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
  /** 1-based number of the livret to fill in a class file (as `inspect` lists them). */
  readonly livret?: number;
  readonly mark?: string;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new LivretError("InvalidData", `${file}: le fichier n'est pas du texte UTF-8`, {
      path: "/",
      cause: error,
    });
  }
}

/**
 * A mark must be something a person sees: no control, format (zero-width, BOM, bidi), separator,
 * private-use, unassigned or lone surrogate code points, and not only spaces.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;
const BLANK = /^[\s\p{Z}]*$/u;

export function checkMark(mark: string): void {
  if (BLANK.test(mark)) throw new UsageError("--mark : la marque ne peut pas être vide");
  if (INVISIBLE.test(mark)) {
    throw new UsageError(
      "--mark : la marque doit être visible (pas de caractère de contrôle, invisible ou de mise en forme)",
    );
  }
  if ([...mark].length > 8) {
    throw new UsageError(
      "--mark : la marque doit être courte (8 caractères au plus, par exemple X ou ✓)",
    );
  }
}

/** Which livret gets which data, as 0-based indexes of the document's livrets. */
function plan(
  input: ReturnType<typeof parseDataJson>,
  args: FillArgs,
  livretCount: number,
): ReadonlyArray<{ readonly index: number; readonly data: LivretData }> {
  if (input.kind === "class") {
    if (args.livret !== undefined) {
      throw new UsageError(
        `${args.data}: --livret attend un seul objet de données, pas un fichier { "livrets": [ … ] }`,
      );
    }
    if (input.livrets.length !== livretCount) {
      throw new LivretError(
        "InvalidData",
        `${args.data}: /livrets: ${input.livrets.length} livret(s) dans les données, ${livretCount} dans ${args.file}`,
        { path: "/livrets" },
      );
    }
    return input.livrets.map((data, index) => ({ index, data }));
  }
  if (args.livret !== undefined) {
    if (args.livret > livretCount) {
      throw new LivretError(
        "LivretNotFound",
        `${args.file}: pas de livret n° ${args.livret} (le document en contient ${livretCount})`,
      );
    }
    return [{ index: args.livret - 1, data: input.data }];
  }
  if (livretCount > 1) {
    throw new UsageError(
      `${args.file}: le document contient ${livretCount} livrets : précisez --livret N, ou donnez un fichier { "livrets": [ … ] }`,
    );
  }
  return [{ index: 0, data: input.data }];
}

/**
 * `livret fill FILE.docx --data DATA.json --out OUT.docx`: never touches the input, refuses to
 * replace an existing OUT (or the input itself) without --force, writes atomically.
 */
export async function runFill(args: FillArgs, io: CliIo): Promise<number> {
  if (args.mark !== undefined) checkMark(args.mark);
  if (args.livret !== undefined && (!Number.isInteger(args.livret) || args.livret < 1)) {
    throw new UsageError(`--livret : numéro de livret invalide (1 pour le premier)`);
  }
  const original = await io.readFile(args.file);
  const input = parseDataJson(
    decodeUtf8(await io.readFile(args.data, READ_LIMITS.data), args.data),
    args.data,
  );
  const sameAsInput = io.resolve(args.out) === io.resolve(args.file);
  if (sameAsInput && !args.force) {
    throw new UsageError(
      `${args.out}: c'est le fichier d'entrée ; choisissez un autre --out (ou --force pour le remplacer)`,
    );
  }
  // Before the work: /dev/null, a FIFO or a directory as --out is refused up front.
  await io.checkOutput?.(args.out);
  if (!args.force && (await io.exists(args.out))) {
    throw new LivretError(
      "OutputExists",
      `${args.out}: le fichier existe déjà (ajoutez --force pour le remplacer)`,
    );
  }

  const doc = openDocument(original, args.file);
  const targets = plan(input, args, doc.map.livrets.length);
  const { bytes, writes } = fillLivrets(
    doc,
    targets,
    args.mark === undefined ? undefined : { mark: args.mark },
  );

  await io.writeFileAtomic(args.out, bytes, { overwrite: args.force });
  io.stdout(
    `${args.out}: ${writes.length} paragraphe(s) modifié(s) (${targets.length} livret(s))\n`,
  );
  return 0;
}
