import { LivretError } from "../../shared/livretError";
import type { LivretErrorCode } from "../../shared/livretError";
import { decodeCp437 } from "./cp437";
import { describeCompoundFile } from "./compoundFile";
import { ZIP_LIMITS } from "./zipLimits";
import type { ZipLimits } from "./zipLimits";

/**
 * A zip read from its central directory (APPNOTE.TXT 6.3.10 §4.3), kept close to the bytes so that
 * `writeZip` can copy every entry the fill does not change as it was (local record included).
 */
export interface ZipEntry {
  /** The name decoded (UTF-8 when flag bit 11 is set, else CP437 — APPNOTE appendix D). */
  readonly name: string;
  /** The name's bytes exactly as stored in the central directory. */
  readonly rawName: Uint8Array;
  /** General purpose bit flag (§4.4.4). */
  readonly flags: number;
  /** 0 = stored, 8 = deflated (§4.4.5); nothing else is accepted. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The whole central directory record (§4.3.12), header + name + extra + comment. */
  readonly central: Uint8Array;
  /** Offset, in `central`, of the 4- or 8-byte local header offset to patch on rewrite. */
  readonly offsetField: { readonly at: number; readonly width: 4 | 8 };
  /** Local header through the end of the data descriptor (§4.3.7–4.3.9), as stored. */
  readonly localRecord: Uint8Array;
  /** The compressed (or stored) bytes. */
  readonly data: Uint8Array;
}

export interface ZipArchive {
  /** Entries in central directory order. */
  readonly entries: readonly ZipEntry[];
  /** The archive comment of the end of central directory record, as stored. */
  readonly comment: Uint8Array;
}

const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  eocd: 0x06054b50,
  zip64Eocd: 0x06064b50,
  zip64Locator: 0x07064b50,
  descriptor: 0x08074b50,
} as const;

const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

/** Why the method number is refused, in French (§4.4.5). */
function methodName(method: number): string {
  switch (method) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
      return "Shrink/Reduce/Implode";
    case 9:
      return "Deflate64";
    case 12:
      return "BZIP2";
    case 14:
      return "LZMA";
    case 93:
      return "Zstandard";
    case 95:
      return "XZ";
    case 98:
      return "PPMd";
    default:
      return `n° ${method}`;
  }
}

function u64(view: DataView, at: number): number {
  // Our inputs are capped far below 2^53: a Number holds the value exactly.
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

interface Zip64Fields {
  size?: number;
  compressedSize?: number;
  offset?: number;
  offsetAt?: number;
}

/** Reads the zip64 extended information extra field (§4.5.3): only the fields marked 0xFFFFFFFF. */
function readExtras(
  view: DataView,
  start: number,
  end: number,
  want: { size: boolean; compressedSize: boolean; offset: boolean },
): Zip64Fields | "bad" {
  const fields: Zip64Fields = {};
  let at = start;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (body + length > end) return "bad";
    if (id === ZIP64_EXTRA) {
      let p = body;
      const take = (): number | undefined => {
        if (p + 8 > body + length) return undefined;
        const value = u64(view, p);
        p += 8;
        return value;
      };
      if (want.size) fields.size = take();
      if (want.compressedSize) fields.compressedSize = take();
      if (want.offset) {
        fields.offsetAt = p;
        fields.offset = take();
      }
    }
    at = body + length;
  }
  return fields;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      // Flag set but not UTF-8: read it as the default code page rather than refuse.
    }
  }
  return decodeCp437(raw);
}

/**
 * Parses a zip's structure without inflating anything: end of central directory (zip64 too),
 * every central record, every local record, and the limits on declared sizes. Every failure is a
 * `LivretError` naming `fileName`, in French.
 */
export function readZip(
  input: Uint8Array,
  fileName: string,
  limits: ZipLimits = ZIP_LIMITS,
): ZipArchive {
  // A plain Uint8Array view of the same memory: on a Node Buffer, subarray() returns Buffers whose
  // slice() is a view, not a copy, and writeZip would patch the input's own bytes.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const fail = (code: LivretErrorCode, problem: string): never => {
    throw new LivretError(code, `${fileName} : ${problem}`);
  };
  const corrupt = (what: string): never =>
    fail("TruncatedFile", `fichier tronqué ou corrompu (${what})`);
  const compound = describeCompoundFile(bytes);
  if (compound === "encrypted") {
    fail(
      "Encrypted",
      "document protégé par mot de passe (chiffré) : ouvrez-le dans Word, retirez le mot de passe (Fichier > Informations > Protéger le document) et enregistrez-le",
    );
  }
  if (compound === "legacy") {
    fail(
      "NotAWordDocument",
      "ancien format Word (.doc) ou fichier OLE : enregistrez-le au format .docx dans Word",
    );
  }
  if (bytes.length < 22) {
    return fail("NotAZip", "ce fichier n'est pas un zip (ni un .docx)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = view.getUint32(0, true) === SIG.local;

  // §4.3.16: the end of central directory record is in the last 22 + 65,535 (comment) bytes; the
  // last signature whose comment length reaches exactly the end of the file is the real one.
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (
      view.getUint32(i, true) === SIG.eocd &&
      i + 22 + view.getUint16(i + 20, true) <= bytes.length
    ) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return startsLikeZip
      ? corrupt("fin de l'archive absente")
      : fail("NotAZip", "ce fichier n'est pas un zip (ni un .docx)");
  }
  const disk = view.getUint16(eocd + 4, true);
  const dirDisk = view.getUint16(eocd + 6, true);
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  const comment = bytes.subarray(eocd + 22, eocd + 22 + view.getUint16(eocd + 20, true));
  if (disk !== 0 || dirDisk !== 0) {
    fail("UnsupportedZip", "archive zip en plusieurs volumes, non prise en charge");
  }

  // §4.3.14–4.3.15: zip64 end of central directory, found through its locator.
  if (count === 0xffff || dirSize === MAX32 || dirOffset === MAX32) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === SIG.zip64Locator) {
      const at = u64(view, locator + 8);
      if (at + 56 > locator || view.getUint32(at, true) !== SIG.zip64Eocd) {
        corrupt("fin d'archive zip64 illisible");
      }
      count = u64(view, at + 32);
      dirSize = u64(view, at + 40);
      dirOffset = u64(view, at + 48);
    }
  }
  if (count > limits.maxEntries) {
    fail("TooLarge", `trop d'entrées dans le zip (${count} ; au plus ${limits.maxEntries})`);
  }
  if (dirOffset + dirSize > eocd || count * 46 > dirSize) corrupt("répertoire central incomplet");

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dirOffset + dirSize || view.getUint32(at, true) !== SIG.central) {
      corrupt("répertoire central illisible");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entryDisk = view.getUint16(at + 34, true);
    let offset = view.getUint32(at + 42, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > dirOffset + dirSize) corrupt("répertoire central illisible");
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decodeName(rawName, (flags & 0x0800) !== 0);

    const extras = readExtras(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, {
      size: size === MAX32,
      compressedSize: compressedSize === MAX32,
      offset: offset === MAX32,
    });
    if (extras === "bad") corrupt(`${name} : champ supplémentaire illisible`);
    const z64 = extras as Zip64Fields;
    if (size === MAX32) size = z64.size ?? corrupt(`${name} : taille zip64 absente`);
    if (compressedSize === MAX32) {
      compressedSize = z64.compressedSize ?? corrupt(`${name} : taille zip64 absente`);
    }
    let offsetField: ZipEntry["offsetField"] = { at: 42, width: 4 };
    if (offset === MAX32) {
      offset = z64.offset ?? corrupt(`${name} : position zip64 absente`);
      offsetField = { at: z64.offsetAt! - at, width: 8 };
    }
    if (entryDisk !== 0 && entryDisk !== 0xffff) {
      fail("UnsupportedZip", "archive zip en plusieurs volumes, non prise en charge");
    }

    // §4.4.4 bit 0 (traditional PKWARE encryption), bit 6 (strong encryption), method 99 (AES).
    if ((flags & 0x0041) !== 0 || method === 99) {
      fail(
        "Encrypted",
        `${name} est chiffré (zip protégé par mot de passe) : enregistrez le document sans mot de passe`,
      );
    }
    if (method !== 0 && method !== 8) {
      fail(
        "UnsupportedZip",
        `${name} est compressé avec une méthode non prise en charge (${methodName(method)}) : enregistrez le document depuis Word ou LibreOffice`,
      );
    }
    if (method === 0 && compressedSize !== size) corrupt(`${name} : tailles incohérentes`);
    if (names.has(name)) {
      fail("UnsupportedZip", `entrée ${JSON.stringify(name)} en double dans le zip`);
    }
    names.add(name);

    if (size > limits.maxPartBytes) {
      fail(
        "TooLarge",
        `partie ${name} trop grande (${megabytes(size)} décompressés ; au plus ${megabytes(limits.maxPartBytes)})`,
      );
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      fail(
        "TooLarge",
        `contenu décompressé trop grand (plus de ${megabytes(limits.maxTotalBytes)} ; bombe zip ?)`,
      );
    }
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      fail(
        "TooLarge",
        `partie ${name} compressée à plus de ${limits.maxRatio}:1 (${megabytes(size)} pour ${compressedSize} octets ; bombe zip ?)`,
      );
    }

    // §4.3.7: the local header repeats the name; its own name and extra lengths may differ.
    if (offset + 30 > dirOffset || view.getUint32(offset, true) !== SIG.local) {
      corrupt(`${name} : en-tête local introuvable`);
    }
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    const dataStart = offset + 30 + localName + localExtra;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > dirOffset) corrupt(`${name} : données tronquées`);
    let recordEnd = dataEnd;
    if ((flags & 0x0008) !== 0) {
      // §4.3.9: crc-32 + sizes (8-byte sizes in zip64), optionally preceded by a signature.
      const hasSignature =
        dataEnd + 4 <= dirOffset && view.getUint32(dataEnd, true) === SIG.descriptor;
      const zip64 =
        size >= MAX32 ||
        compressedSize >= MAX32 ||
        localExtraHasZip64(view, offset + 30 + localName, dataStart);
      recordEnd = dataEnd + (hasSignature ? 4 : 0) + (zip64 ? 20 : 12);
      if (recordEnd > dirOffset) corrupt(`${name} : descripteur de données tronqué`);
    }
    entries.push({
      name,
      rawName,
      flags,
      method,
      crc32: crc,
      compressedSize,
      size,
      central: bytes.subarray(at, end),
      offsetField,
      localRecord: bytes.subarray(offset, recordEnd),
      data: bytes.subarray(dataStart, dataEnd),
    });
    at = end;
  }

  // Entries whose records overlap are how non-recursive zip bombs multiply their output (D.
  // Fifield, "A better zip bomb", 2019); no zip tool writes them.
  const byOffset = entries
    .map((e) => ({
      start: e.localRecord.byteOffset,
      end: e.localRecord.byteOffset + e.localRecord.length,
    }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < byOffset.length; i++) {
    if (byOffset[i]!.start < byOffset[i - 1]!.end) {
      fail("UnsupportedZip", "entrées du zip qui se chevauchent (bombe zip ?)");
    }
  }
  return { entries, comment };
}

function localExtraHasZip64(view: DataView, start: number, end: number): boolean {
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === ZIP64_EXTRA) return true;
  }
  return false;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} Mo`;
}
