import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
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
  /** Reads a whole file; throws `LivretError("IoError")` naming the file when it cannot. */
  readonly readFile: (file: string) => Promise<Uint8Array>;
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

async function readFile(file: string): Promise<Uint8Array> {
  try {
    const buffer = await fs.readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new LivretError("IoError", `${file}: lecture impossible : ${describeIoError(error)}`, {
      cause: error,
    });
  }
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
  try {
    await fs.writeFile(temp, content, { flag: "wx" });
    if (options?.overwrite === true) {
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
  };
}
