import { checksum, zipCodec } from "./zipCodec";
import type { ZipArchive, ZipEntry } from "./readZip";

const MAX32 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;

/** Appends byte chunks and concatenates them once at the end. */
class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x100000000, true);
  view.setUint32(at + 4, Math.floor(value / 0x100000000), true);
}

/** The extra fields of a record without the zip64 one (§4.5.3), for an entry whose sizes fit. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const length = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) !== ZIP64_EXTRA) kept.push(extra.subarray(at, at + 4 + length));
    at += 4 + length;
  }
  const sink = new ByteSink();
  kept.forEach((k) => sink.push(k));
  return sink.bytes();
}

/**
 * End of central directory (§4.3.16), preceded by the zip64 record and locator (§4.3.14–15) when
 * the entry count or an offset does not fit the classic record.
 */
function pushEnd(
  sink: ByteSink,
  count: number,
  dirOffset: number,
  dirSize: number,
  comment: Uint8Array,
): void {
  const zip64 = count >= 0xffff || dirOffset >= MAX32 || dirSize >= MAX32;
  if (zip64) {
    const record = new Uint8Array(56 + 20);
    const v = new DataView(record.buffer);
    const at = sink.length;
    v.setUint32(0, 0x06064b50, true);
    setU64(v, 4, 44);
    v.setUint16(12, 45, true);
    v.setUint16(14, 45, true);
    setU64(v, 24, count);
    setU64(v, 32, count);
    setU64(v, 40, dirSize);
    setU64(v, 48, dirOffset);
    v.setUint32(56, 0x07064b50, true);
    setU64(v, 64, at);
    v.setUint32(72, 1, true);
    sink.push(record);
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, Math.min(count, 0xffff), true);
  v.setUint16(10, Math.min(count, 0xffff), true);
  v.setUint32(12, Math.min(dirSize, MAX32), true);
  v.setUint32(16, Math.min(dirOffset, MAX32), true);
  v.setUint16(20, comment.length, true);
  sink.push(end);
  sink.push(comment);
}

interface Rewritten {
  readonly local: Uint8Array[];
  readonly central: (offset: number) => Uint8Array;
}

function unchanged(entry: ZipEntry): Rewritten {
  return {
    local: [entry.localRecord],
    central: (offset) => {
      // A copy (Uint8Array.prototype.slice, even if a Buffer came in): never patch the input.
      const record = Uint8Array.prototype.slice.call(entry.central);
      const view = new DataView(record.buffer);
      if (entry.offsetField.width === 8) setU64(view, entry.offsetField.at, offset);
      else if (offset < MAX32) view.setUint32(entry.offsetField.at, offset, true);
      else throw new RangeError("zip offset beyond 4 GiB without a zip64 field");
      return record;
    },
  };
}

function changed(entry: ZipEntry, data: Uint8Array): Rewritten {
  const compressed = entry.method === 8 ? zipCodec().deflateRaw(data, 6) : data;
  const crc = checksum(data);
  const src = new DataView(
    entry.central.buffer,
    entry.central.byteOffset,
    entry.central.byteLength,
  );
  const nameLength = src.getUint16(28, true);
  const extraLength = src.getUint16(30, true);
  const commentLength = src.getUint16(32, true);
  // Sizes are written in the headers, so no data descriptor (bit 3) follows the data.
  const flags = entry.flags & ~0x0008;
  const local = new Uint8Array(30);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, src.getUint16(6, true), true);
  lv.setUint16(6, flags, true);
  lv.setUint16(8, entry.method, true);
  lv.setUint16(10, src.getUint16(12, true), true);
  lv.setUint16(12, src.getUint16(14, true), true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, compressed.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, entry.rawName.length, true);
  lv.setUint16(28, 0, true);
  const extra = withoutZip64(
    entry.central.subarray(46 + nameLength, 46 + nameLength + extraLength),
  );
  const comment = entry.central.subarray(
    46 + nameLength + extraLength,
    46 + nameLength + extraLength + commentLength,
  );
  return {
    local: [local, entry.rawName, compressed],
    central: (offset) => {
      const record = new Uint8Array(46 + entry.rawName.length + extra.length + comment.length);
      record.set(entry.central.subarray(0, 46));
      const v = new DataView(record.buffer);
      v.setUint16(8, flags, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, compressed.length, true);
      v.setUint32(24, data.length, true);
      v.setUint16(30, extra.length, true);
      v.setUint32(42, offset, true);
      record.set(entry.rawName, 46);
      record.set(extra, 46 + entry.rawName.length);
      record.set(comment, 46 + entry.rawName.length + extra.length);
      return record;
    },
  };
}

/**
 * Writes the archive again, in the same order: every entry not in `replaced` is copied as it was
 * read — local header, compressed bytes and data descriptor untouched, central record untouched
 * but for its local header offset — and only the replaced parts are deflated again (stored ones
 * stay stored). Names keep their raw bytes, so CP437 and `__proto__` names come back as they were.
 */
export function rewriteZip(
  archive: ZipArchive,
  replaced: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const sink = new ByteSink();
  const centrals: Uint8Array[] = [];
  for (const entry of archive.entries) {
    const data = replaced.get(entry.name);
    const rewritten = data === undefined ? unchanged(entry) : changed(entry, data);
    const offset = sink.length;
    rewritten.local.forEach((chunk) => sink.push(chunk));
    centrals.push(rewritten.central(offset));
  }
  const dirOffset = sink.length;
  centrals.forEach((c) => sink.push(c));
  pushEnd(sink, centrals.length, dirOffset, sink.length - dirOffset, archive.comment);
  return sink.bytes();
}

export interface NewZipFile {
  /** A string is written as UTF-8 (flag bit 11 set when not ASCII); bytes are written as given. */
  readonly name: string | Uint8Array;
  readonly data: Uint8Array;
  /** 8 (deflate, the default) or 0 (stored). */
  readonly method?: 0 | 8;
  /** Extra general purpose flags to set (e.g. 0x0800 on raw UTF-8 names). */
  readonly flags?: number;
}

/**
 * A new zip from scratch (fixtures, fuzzing): entries in the given order, sizes in the headers,
 * zip64 end records when there are 65,535 entries or more.
 */
export function createZip(files: readonly NewZipFile[], comment = new Uint8Array(0)): Uint8Array {
  const encoder = new TextEncoder();
  const sink = new ByteSink();
  const centrals: Uint8Array[] = [];
  for (const file of files) {
    const raw = typeof file.name === "string" ? encoder.encode(file.name) : file.name;
    const utf8 = typeof file.name === "string" && /[^\x00-\x7f]/.test(file.name) ? 0x0800 : 0;
    const flags = utf8 | (file.flags ?? 0);
    const method = file.method ?? 8;
    const compressed = method === 8 ? zipCodec().deflateRaw(file.data, 6) : file.data;
    const crc = checksum(file.data);
    const offset = sink.length;
    const local = new Uint8Array(30);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01, the DOS epoch: reproducible bytes
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, file.data.length, true);
    lv.setUint16(26, raw.length, true);
    sink.push(local);
    sink.push(raw);
    sink.push(compressed);
    const central = new Uint8Array(46 + raw.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, file.data.length, true);
    cv.setUint16(28, raw.length, true);
    cv.setUint32(42, offset, true);
    central.set(raw, 46);
    centrals.push(central);
  }
  const dirOffset = sink.length;
  centrals.forEach((c) => sink.push(c));
  pushEnd(sink, centrals.length, dirOffset, sink.length - dirOffset, comment);
  return sink.bytes();
}
