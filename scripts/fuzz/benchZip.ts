/**
 * `npx tsx scripts/fuzz/benchZip.ts`: the zip layer against the fflate-only path it replaced —
 * read (fflate unzipSync + CRC check vs readZip + inflateEntry) and write after a fill (fflate
 * zipSync of every entry vs rewriteZip, which copies unchanged entries raw and deflates only the
 * main part). Median of N runs, JSON on stdout.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";
import { crc32 } from "../../src/docx/zip/crc32";
import { inflateEntry } from "../../src/docx/zip/inflateEntry";
import { readZip } from "../../src/docx/zip/readZip";
import { rewriteZip } from "../../src/docx/zip/writeZip";

const ROOT = path.join(__dirname, "..", "..");
const RUNS = 15;

function median(task: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    task();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(times.sort((a, b) => a - b)[RUNS >> 1]! * 100) / 100;
}

const results: Record<string, object> = {};
for (const file of ["assets/livret-mcv-option-b.docx", "tests/fixtures/class-3.docx"]) {
  const bytes = readFileSync(path.join(ROOT, file));
  const archive = readZip(bytes, file);
  const parts = new Map(archive.entries.map((e) => [e.name, inflateEntry(e, file)]));
  // A filled main part: the same size class as a real fill (one byte changed).
  const main = parts.get("word/document.xml")!.slice();
  main[main.length - 20] ^= 1;
  const oldWrite = (): Uint8Array => {
    const z: Zippable = {};
    for (const e of archive.entries) {
      z[e.name] = [
        e.name === "word/document.xml" ? main : parts.get(e.name)!,
        { level: e.method === 0 ? 0 : 6 },
      ];
    }
    return zipSync(z);
  };
  const newWrite = (): Uint8Array => rewriteZip(archive, new Map([["word/document.xml", main]]));
  results[file] = {
    inputBytes: bytes.length,
    readMs: {
      fflateUnzipSyncAndCrc: median(() => {
        const out = unzipSync(bytes);
        for (const data of Object.values(out)) crc32(data);
      }),
      readZipAndInflate: median(() =>
        readZip(bytes, file).entries.map((e) => inflateEntry(e, file)),
      ),
    },
    writeMs: { fflateZipSync: median(oldWrite), rewriteZip: median(newWrite) },
    outputBytes: { fflateZipSync: oldWrite().length, rewriteZip: newWrite().length },
  };
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
