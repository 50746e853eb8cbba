/**
 * A minimal reader of a zip's central directory (APPNOTE.TXT §4.3.12, §4.3.16), used to keep the
 * entries' order and compression methods and to check CRC-32s, which fflate's `unzipSync` does not.
 */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly size: number;
}

export type ZipDirectoryResult =
  | { readonly kind: "ok"; readonly entries: readonly ZipDirectoryEntry[] }
  | { readonly kind: "notZip" }
  | { readonly kind: "truncated"; readonly reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export function readZipDirectory(bytes: Uint8Array): ZipDirectoryResult {
  if (bytes.length < 4) return { kind: "notZip" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = view.getUint32(0, true) === LOCAL_SIGNATURE;
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return startsLikeZip
      ? { kind: "truncated", reason: "fin de l'archive absente" }
      : { kind: "notZip" };
  }
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset + dirSize > eocd)
    return { kind: "truncated", reason: "répertoire central incomplet" };
  const decoder = new TextDecoder("utf-8");
  const entries: ZipDirectoryEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { kind: "truncated", reason: "répertoire central illisible" };
    }
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, crc32, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { kind: "ok", entries };
}

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table !== null) return table;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  table = t;
  return t;
}

/** CRC-32 (ISO 3309), as zip stores it. */
export function crc32(data: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
