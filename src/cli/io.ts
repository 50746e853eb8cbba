import { randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import type { Stats } from "node:fs";
import * as path from "node:path";
import { LivretError } from "../shared/livretError";

/**
 * Everything a command does to the outside world goes through this object, so the tests can run
 * `main([...], io)` in-process with captured output. The file system is only touched here
 * (ARCHITECTURE: `src/cli/` is the only place with `fs`).
 */
export interface CliIo {
  /** Writes to standard output (the caller adds the newlines). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (the caller adds the newlines). */
  readonly stderr: (text: string) => void;
  /**
   * Reads a whole regular file of at most `maxBytes` (default `READ_LIMITS.document`); throws
   * `LivretError("IoError")` naming the file when it cannot or when it is not a regular file
   * (device, FIFO, directory, "-"), `LivretError("TooLarge")` when it is over the limit.
   */
  readonly readFile: (file: string, maxBytes?: number) => Promise<Uint8Array>;
  /**
   * Writes a whole file atomically (temp file in the same directory + rename; the temp file is
   * removed on failure). Without `overwrite`, throws `LivretError("OutputExists")` when the file
   * already exists and leaves it untouched.
   */
  readonly writeFileAtomic: (
    file: string,
    content: Uint8Array | string,
    options?: { readonly overwrite?: boolean },
  ) => Promise<void>;
  /** True when something exists at this path. */
  readonly exists: (file: string) => Promise<boolean>;
  /** Absolute, normalised form of a path (to compare an output with an input). */
  readonly resolve: (file: string) => string;
  /**
   * Throws `LivretError("IoError")` unless `file` can be an output: a regular file or a new name
   * in an existing folder (not a device such as /dev/null, a FIFO or a directory). Optional so
   * that in-memory doubles need not implement it; `writeFileAtomic` checks the same.
   */
  readonly checkOutput?: (file: string) => Promise<void>;
  /** The entries of a folder (sorted by name), or null when the path is not a folder. */
  readonly readDir: (dir: string) => Promise<readonly DirEntry[] | null>;
  /** Creates a folder and its parents (no error when it exists). */
  readonly makeDir: (dir: string) => Promise<void>;
  /** Removes a file; no error when it is already gone (undoing a partial output). */
  readonly removeFile: (file: string) => Promise<void>;
}

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

/**
 * Size caps on what the command line reads, checked with fstat before reading a byte (README
 * "Limits"): a 60-pupil class file is under 30 MB; a data file for a class well under 1 MB.
 */
export const READ_LIMITS = { document: 100 * 1024 * 1024, data: 16 * 1024 * 1024 } as const;

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** A French explanation of the usual errno codes, for the one-line error messages. */
export function describeIoError(error: unknown): string {
  switch (errnoCode(error)) {
    case "ENOENT":
      return "fichier ou dossier introuvable";
    case "EISDIR":
      return "c'est un dossier, pas un fichier";
    case "EACCES":
    case "EPERM":
      return "accès refusé";
    case "ENOSPC":
      return "plus de place sur le disque";
    case "EROFS":
      return "système de fichiers en lecture seule";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function notRegular(file: string, stats: Stats, verb: "lecture" | "écriture"): LivretError {
  const what = stats.isDirectory()
    ? "c'est un dossier, pas un fichier"
    : stats.isFIFO()
      ? "c'est un tube (FIFO), pas un fichier ordinaire"
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? "c'est un périphérique, pas un fichier ordinaire"
        : "ce n'est pas un fichier ordinaire";
  return new LivretError("IoError", `${file}: ${verb} impossible : ${what}`);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} Mo`;
}

async function readFile(
  file: string,
  maxBytes: number = READ_LIMITS.document,
): Promise<Uint8Array> {
  if (file === "-" || file === "") {
    throw new LivretError(
      "IoError",
      `${file === "" ? "(vide)" : file}: lecture impossible : donnez le chemin d'un fichier (l'entrée standard n'est pas lue)`,
    );
  }
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on regular files.
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(file, stats, "lecture");
    if (stats.size > maxBytes) {
      throw new LivretError(
        "TooLarge",
        `${file}: fichier trop grand (${megabytes(stats.size)} ; au plus ${megabytes(maxBytes)})`,
      );
    }
    // Read at most the size fstat gave: a file that grows meanwhile is not read past it.
    const buffer = new Uint8Array(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof LivretError) throw error;
    throw new LivretError("IoError", `${file}: lecture impossible : ${describeIoError(error)}`, {
      cause: error,
    });
  } finally {
    await handle?.close();
  }
}

/** The existing output's stats (to keep its mode), or null for a new file; refuses the rest. */
async function checkOutputTarget(file: string): Promise<Stats | null> {
  let stats: Stats | null = null;
  try {
    stats = await fs.stat(file);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") {
      throw new LivretError("IoError", `${file}: écriture impossible : ${describeIoError(error)}`, {
        cause: error,
      });
    }
  }
  if (stats !== null) {
    if (!stats.isFile()) throw notRegular(file, stats, "écriture");
    return stats;
  }
  const dir = path.dirname(path.resolve(file));
  let dirStats: Stats;
  try {
    dirStats = await fs.stat(dir);
  } catch (error) {
    throw new LivretError(
      "IoError",
      `${file}: écriture impossible : le dossier ${dir} n'existe pas (${describeIoError(error)})`,
      { cause: error },
    );
  }
  if (!dirStats.isDirectory()) {
    throw new LivretError("IoError", `${file}: écriture impossible : ${dir} n'est pas un dossier`);
  }
  return null;
}

async function checkOutput(file: string): Promise<void> {
  await checkOutputTarget(file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function removeQuietly(file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch {
    // Already gone: nothing to clean up.
  }
}

function outputExists(file: string): LivretError {
  return new LivretError(
    "OutputExists",
    `${file}: le fichier existe déjà (ajoutez --force pour le remplacer)`,
  );
}

async function writeFileAtomic(
  file: string,
  content: Uint8Array | string,
  options?: { readonly overwrite?: boolean },
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  // Same directory as the target so that rename(2) stays on one file system and is atomic.
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const existing = await checkOutputTarget(file);
  try {
    await fs.writeFile(temp, content, { flag: "wx" });
    if (options?.overwrite === true) {
      // A replaced file keeps its permissions (the temp file was created with the umask's).
      if (existing !== null) await fs.chmod(temp, existing.mode & 0o7777);
      await fs.rename(temp, file);
      return;
    }
    // link(2) fails with EEXIST when the target exists: an exclusive create with no window in
    // which another process's file could be replaced.
    try {
      await fs.link(temp, file);
    } catch (error) {
      if (errnoCode(error) === "EEXIST") throw outputExists(file);
      // Some file systems refuse hard links: fall back to check-then-rename.
      if (await exists(file)) throw outputExists(file);
      await fs.rename(temp, file);
      return;
    }
    await removeQuietly(temp);
  } catch (error) {
    await removeQuietly(temp);
    if (error instanceof LivretError) throw error;
    throw new LivretError("IoError", `${file}: écriture impossible : ${describeIoError(error)}`, {
      cause: error,
    });
  }
}

async function readDir(dir: string): Promise<readonly DirEntry[] | null> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (errnoCode(error) === "ENOTDIR" || errnoCode(error) === "ENOENT") return null;
    throw new LivretError("IoError", `${dir}: lecture impossible : ${describeIoError(error)}`, {
      cause: error,
    });
  }
}

async function makeDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new LivretError("IoError", `${dir}: création impossible : ${describeIoError(error)}`, {
      cause: error,
    });
  }
}

/** The real thing, over `process.stdout`, `process.stderr` and `fs`. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile,
    writeFileAtomic,
    exists,
    resolve: (file) => path.resolve(file),
    readDir,
    makeDir,
    removeFile: removeQuietly,
    checkOutput,
  };
}
