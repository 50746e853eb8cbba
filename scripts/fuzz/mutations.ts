/**
 * The fuzzer's mutations: bytes of the .docx, fields of its zip structure, and the XML of its
 * parts (well-formed edits that reshape tables, and a few that break the XML on purpose).
 */
import { strToU8 } from "fflate";
import { CATALOG } from "../../src/domain/catalog/referentiel";
import { inflateEntry } from "../../src/docx/zip/inflateEntry";
import { readZip } from "../../src/docx/zip/readZip";
import type { ZipArchive } from "../../src/docx/zip/readZip";
import { createZip } from "../../src/docx/zip/writeZip";
import type { NewZipFile } from "../../src/docx/zip/writeZip";
import type { Random } from "./random";

export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly archive: ZipArchive;
  readonly parts: ReadonlyArray<{
    readonly rawName: Uint8Array;
    readonly name: string;
    readonly data: Uint8Array;
    readonly method: 0 | 8;
    readonly flags: number;
  }>;
}

export function loadSeed(name: string, file: Uint8Array): Seed {
  // A plain Uint8Array copy: slice() on a Node Buffer is a view, and mutations must not touch it.
  const bytes = Uint8Array.from(file);
  const archive = readZip(bytes, name);
  return {
    name,
    bytes,
    archive,
    parts: archive.entries.map((e) => ({
      rawName: e.rawName,
      name: e.name,
      data: inflateEntry(e, name),
      method: e.method === 0 ? 0 : 8,
      flags: e.flags & 0x0800,
    })),
  };
}

export interface Mutant {
  readonly kind: "bytes" | "zip" | "xml";
  /** What was done, for the failure report. */
  readonly description: string;
  readonly bytes: Uint8Array;
}

const BOUNDARY_U32 = [0, 1, 0x7fffffff, 0xffffffff, 0xfffffffe, 0x10000, 0xffff];
const BOUNDARY_U16 = [0, 1, 0xffff, 0x8000, 0x7fff, 8, 12, 99];

// ---------------------------------------------------------------- bytes

function mutateBytes(seed: Seed, rnd: Random): Mutant {
  const bytes = seed.bytes.slice();
  const op = rnd.int(6);
  switch (op) {
    case 0: {
      const n = 1 + rnd.int(8);
      for (let i = 0; i < n; i++) bytes[rnd.int(bytes.length)]! ^= 1 << rnd.int(8);
      return { kind: "bytes", description: `flip ${n} bit(s)`, bytes };
    }
    case 1: {
      const at = rnd.int(bytes.length);
      return { kind: "bytes", description: `truncate at ${at}`, bytes: bytes.subarray(0, at) };
    }
    case 2: {
      const at = rnd.int(bytes.length);
      const n = 1 + rnd.int(64);
      for (let i = 0; i < n && at + i < bytes.length; i++) bytes[at + i] = rnd.int(256);
      return { kind: "bytes", description: `overwrite ${n} byte(s) at ${at}`, bytes };
    }
    case 3: {
      const at = rnd.int(bytes.length);
      const n = 1 + rnd.int(512);
      const out = new Uint8Array(bytes.length + n);
      out.set(bytes.subarray(0, at));
      for (let i = 0; i < n; i++) out[at + i] = rnd.int(256);
      out.set(bytes.subarray(at), at + n);
      return { kind: "bytes", description: `insert ${n} byte(s) at ${at}`, bytes: out };
    }
    case 4: {
      const at = rnd.int(bytes.length);
      const n = 1 + rnd.int(512);
      const out = new Uint8Array(Math.max(0, bytes.length - n));
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(Math.min(bytes.length, at + n)), at);
      return { kind: "bytes", description: `delete ${n} byte(s) at ${at}`, bytes: out };
    }
    default: {
      // Bytes near the end: the central directory and the end records.
      const tail = Math.min(bytes.length, 2048);
      const n = 1 + rnd.int(4);
      for (let i = 0; i < n; i++) bytes[bytes.length - 1 - rnd.int(tail)] = rnd.int(256);
      return { kind: "bytes", description: `overwrite ${n} byte(s) in the last 2 KB`, bytes };
    }
  }
}

// ---------------------------------------------------------------- zip structure

function rebuild(seed: Seed, edit: (files: NewZipFile[]) => string, rnd: Random): Mutant {
  const files: NewZipFile[] = seed.parts.map((p) => ({
    name: p.rawName,
    data: p.data,
    method: rnd.chance(0.1) ? 0 : p.method,
    flags: p.flags,
  }));
  const description = edit(files);
  return { kind: "zip", description, bytes: createZip(files) };
}

function patchField(seed: Seed, rnd: Random): Mutant {
  const bytes = seed.bytes.slice();
  const view = new DataView(bytes.buffer);
  const entry = rnd.pick(seed.archive.entries);
  const base = rnd.chance(0.6)
    ? entry.central.byteOffset - seed.bytes.byteOffset
    : entry.localRecord.byteOffset - seed.bytes.byteOffset;
  const local = base === entry.localRecord.byteOffset - seed.bytes.byteOffset;
  const fields32 = local ? [14, 18, 22] : [16, 20, 24, 42];
  const fields16 = local ? [4, 6, 8, 26, 28] : [4, 6, 8, 10, 28, 30, 32, 34];
  if (rnd.chance(0.5)) {
    const at = rnd.pick(fields32);
    const value = rnd.chance(0.5)
      ? rnd.pick(BOUNDARY_U32)
      : (view.getUint32(base + at, true) + rnd.int(64) - 32) >>> 0;
    view.setUint32(base + at, value, true);
    return {
      kind: "zip",
      description: `${local ? "local" : "central"} u32 @${at} of ${entry.name} = ${value}`,
      bytes,
    };
  }
  const at = rnd.pick(fields16);
  const value = rnd.pick(BOUNDARY_U16);
  view.setUint16(base + at, value, true);
  return {
    kind: "zip",
    description: `${local ? "local" : "central"} u16 @${at} of ${entry.name} = ${value}`,
    bytes,
  };
}

function patchEnd(seed: Seed, rnd: Random): Mutant {
  const bytes = seed.bytes.slice();
  const view = new DataView(bytes.buffer);
  const eocd = bytes.length - 22 - seed.archive.comment.length;
  const at = rnd.pick([4, 6, 8, 10, 12, 16, 20]);
  if (at >= 12 && at <= 16) {
    const value = rnd.pick(BOUNDARY_U32);
    view.setUint32(eocd + at, value, true);
    return { kind: "zip", description: `EOCD u32 @${at} = ${value}`, bytes };
  }
  const value = rnd.pick(BOUNDARY_U16);
  view.setUint16(eocd + at, value, true);
  return { kind: "zip", description: `EOCD u16 @${at} = ${value}`, bytes };
}

const ODD_NAMES = [
  "__proto__",
  "constructor",
  "Word/Document.xml",
  "/word/document.xml",
  "word\\document.xml",
  "word/../word/document.xml",
  "",
  "word/",
  "x".repeat(300),
  "ünïcödé/é.xml",
];

function mutateZip(seed: Seed, rnd: Random): Mutant {
  switch (rnd.int(8)) {
    case 0:
    case 1:
      return patchField(seed, rnd);
    case 2:
      return patchEnd(seed, rnd);
    case 3:
      return rebuild(
        seed,
        (files) => {
          const i = rnd.int(files.length);
          const [gone] = files.splice(i, 1);
          return `drop entry ${String(gone?.name.length)}@${i}`;
        },
        rnd,
      );
    case 4:
      return rebuild(
        seed,
        (files) => {
          const i = rnd.int(files.length);
          files.splice(rnd.int(files.length), 0, { ...files[i]! });
          return `duplicate entry ${i}`;
        },
        rnd,
      );
    case 5:
      return rebuild(
        seed,
        (files) => {
          for (let i = files.length - 1; i > 0; i--) {
            const k = rnd.int(i + 1);
            [files[i], files[k]] = [files[k]!, files[i]!];
          }
          return "shuffle entries";
        },
        rnd,
      );
    case 6:
      return rebuild(
        seed,
        (files) => {
          const i = rnd.int(files.length);
          const name = rnd.pick(ODD_NAMES);
          files[i] = { ...files[i]!, name };
          return `rename entry ${i} to ${JSON.stringify(name.slice(0, 40))}`;
        },
        rnd,
      );
    default:
      return rebuild(
        seed,
        (files) => {
          const name = rnd.pick(ODD_NAMES);
          files.push({ name, data: strToU8("extra"), method: rnd.chance(0.5) ? 0 : 8 });
          return `add entry ${JSON.stringify(name.slice(0, 40))}`;
        },
        rnd,
      );
  }
}

// ---------------------------------------------------------------- XML

interface Span {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
}

/** Balanced elements of a given local name found by scanning tags (good enough for Word's XML). */
function elements(xml: string, tag: string, limit = 4000): Span[] {
  const spans: Span[] = [];
  const stack: number[] = [];
  const re = new RegExp(`<(/?)${tag.replace(":", "\\:")}(?=[\\s/>])[^>]*?(/?)>`, "g");
  for (let m = re.exec(xml); m !== null && spans.length < limit; m = re.exec(xml)) {
    if (m[1] === "/") {
      const start = stack.pop();
      if (start !== undefined) spans.push({ start, end: m.index + m[0].length, tag });
    } else if (m[2] === "/") spans.push({ start: m.index, end: m.index + m[0].length, tag });
    else stack.push(m.index);
  }
  return spans;
}

const TAGS = [
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:p",
  "w:r",
  "w:t",
  "w:tcPr",
  "w:trPr",
  "w:tblGrid",
  "w:gridCol",
  "w:sdt",
  "w:gridSpan",
  "w:vMerge",
  "w:pPr",
  "w:sectPr",
  "w:bookmarkStart",
  "w:br",
];

const TEXTS = [
  "X",
  "x",
  "✓",
  "☒",
  "☐",
  "NE",
  "N D A E",
  "PFMP 1",
  "PFMP 3",
  "Classe de Terminale",
  "Classe de Première",
  "Nom :",
  "Du 06/01/2025 au 31/01/2025",
  "&#11;",
  "&#xFFFE;",
  "&amp;",
  "&lt;w:p&gt;",
  "\u00a0",
  "\u200b",
  "é".repeat(2000),
  "",
];

const ATTRS = [
  'w:val="0"',
  'w:val="-1"',
  'w:val="99999999"',
  'w:val="restart"',
  'w:val=""',
  'w:val="continue"',
  'w:w="0"',
  'w:w="-5"',
];

const INSERTS = [
  '<w:gridSpan w:val="3"/>',
  '<w:gridSpan w:val="0"/>',
  '<w:gridSpan w:val="100000"/>',
  '<w:vMerge w:val="restart"/>',
  "<w:vMerge/>",
  '<w:gridBefore w:val="2"/>',
  "<w:hMerge/>",
  "<w:tc><w:p><w:r><w:t>X</w:t></w:r></w:p></w:tc>",
  "<w:tr><w:tc><w:p/></w:tc></w:tr>",
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
  '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
  '<w:ins w:id="1" w:author="a"><w:r><w:t>ins</w:t></w:r></w:ins>',
  '<w:del w:id="2" w:author="a"><w:r><w:delText>del</w:delText></w:r></w:del>',
  "<w:sdt><w:sdtContent><w:p><w:r><w:t>☐</w:t></w:r></w:p></w:sdtContent></w:sdt>",
  '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>',
  '<w:r><w:t xml:space="preserve">\t</w:t></w:r>',
  "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
];

function mutateXmlText(xml: string, rnd: Random): { xml: string; description: string } {
  const op = rnd.int(11);
  if (op <= 1) {
    // Delete a balanced element.
    const tag = rnd.pick(TAGS);
    const spans = elements(xml, tag);
    if (spans.length === 0) return { xml, description: `delete ${tag}: none` };
    const s = rnd.pick(spans);
    return {
      xml: xml.slice(0, s.start) + xml.slice(s.end),
      description: `delete a ${tag} at ${s.start}`,
    };
  }
  if (op <= 3) {
    // Duplicate a balanced element (an extra row, cell, table, paragraph).
    const tag = rnd.pick(TAGS);
    const spans = elements(xml, tag);
    if (spans.length === 0) return { xml, description: `duplicate ${tag}: none` };
    const s = rnd.pick(spans);
    const copy = xml.slice(s.start, s.end);
    return {
      xml: xml.slice(0, s.end) + copy + xml.slice(s.end),
      description: `duplicate a ${tag} at ${s.start}`,
    };
  }
  if (op === 4) {
    // Move an element after another of the same kind.
    const tag = rnd.pick(["w:tr", "w:tc", "w:p", "w:tbl"]);
    const spans = elements(xml, tag);
    if (spans.length < 2) return { xml, description: `move ${tag}: too few` };
    const a = rnd.pick(spans);
    const b = rnd.pick(spans);
    if (b.start < a.end && b.end > a.start) return { xml, description: `move ${tag}: overlap` };
    const piece = xml.slice(a.start, a.end);
    const without = xml.slice(0, a.start) + xml.slice(a.end);
    const at = b.end > a.start ? b.end - (a.end - a.start) : b.end;
    return {
      xml: without.slice(0, at) + piece + without.slice(at),
      description: `move a ${tag} from ${a.start} to after ${b.start}`,
    };
  }
  if (op === 5) {
    // Replace a text node.
    const spans = elements(xml, "w:t");
    if (spans.length === 0) return { xml, description: "text: none" };
    const s = rnd.pick(spans);
    const open = xml.indexOf(">", s.start) + 1;
    const close = xml.lastIndexOf("</", s.end);
    if (close < open) return { xml, description: "text: empty element" };
    const label = rnd.chance(0.3) ? rnd.pick(CATALOG).label : rnd.pick(TEXTS);
    return {
      xml: xml.slice(0, open) + label + xml.slice(close),
      description: `text at ${open} = ${JSON.stringify(label.slice(0, 30))}`,
    };
  }
  if (op === 6) {
    // Change an attribute value.
    const re = /w:(val|w)="[^"]*"/g;
    const all: number[] = [];
    for (let m = re.exec(xml); m !== null && all.length < 20000; m = re.exec(xml))
      all.push(m.index);
    if (all.length === 0) return { xml, description: "attr: none" };
    const at = rnd.pick(all);
    const end = xml.indexOf('"', xml.indexOf('"', at) + 1) + 1;
    const attr = rnd.pick(ATTRS);
    return {
      xml: xml.slice(0, at) + attr + xml.slice(end),
      description: `attr at ${at} = ${attr}`,
    };
  }
  if (op === 7) {
    // Insert a construct inside some element.
    const tag = rnd.pick(["w:tcPr", "w:trPr", "w:tr", "w:tc", "w:p", "w:body", "w:sdtContent"]);
    const spans = elements(xml, tag);
    if (spans.length === 0) return { xml, description: `insert in ${tag}: none` };
    const s = rnd.pick(spans);
    const at = xml.indexOf(">", s.start) + 1;
    if (xml[at - 2] === "/") return { xml, description: `insert in ${tag}: empty` };
    const piece = rnd.pick(INSERTS);
    return {
      xml: xml.slice(0, at) + piece + xml.slice(at),
      description: `insert ${piece.slice(0, 40)} in a ${tag} at ${at}`,
    };
  }
  if (op === 8) {
    // Deep nesting around a paragraph.
    const depth = rnd.pick([50, 400, 3000, 20000]);
    const [open, close] = rnd.pick([
      ["<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"],
      ['<w:hyperlink w:anchor="a">', "</w:hyperlink>"],
      ['<w:customXml w:element="e">', "</w:customXml>"],
      ["<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"],
    ] as const);
    const spans = elements(xml, "w:p");
    if (spans.length === 0) return { xml, description: "nest: none" };
    const s = rnd.pick(spans);
    return {
      xml:
        xml.slice(0, s.start) +
        open.repeat(depth) +
        xml.slice(s.start, s.end) +
        close.repeat(depth) +
        xml.slice(s.end),
      description: `nest a w:p at ${s.start} in ${depth} × ${open}`,
    };
  }
  if (op === 9) {
    // Break the XML on purpose (Word refuses these too).
    const at = rnd.int(xml.length);
    const piece = rnd.pick([
      "&",
      "<",
      "</w:p>",
      "<w:p>",
      "\u0001",
      "]]>",
      '"',
      "&#0;",
      "&undefined;",
    ]);
    return {
      xml: xml.slice(0, at) + piece + xml.slice(at),
      description: `break: ${JSON.stringify(piece)} at ${at}`,
    };
  }
  // Several small edits at once.
  let current = xml;
  const steps: string[] = [];
  for (let i = 0, n = 2 + rnd.int(4); i < n; i++) {
    const r = mutateXmlText(current, {
      ...rnd,
      int: (k: number) => (k === 11 ? rnd.int(8) : rnd.int(k)),
    });
    current = r.xml;
    steps.push(r.description);
  }
  return { xml: current, description: steps.join("; ") };
}

function mutateXml(seed: Seed, rnd: Random): Mutant {
  const xmlParts = seed.parts.filter((p) => /\.(xml|rels)$/i.test(p.name));
  const target = rnd.chance(0.85)
    ? (xmlParts.find((p) => p.name === "word/document.xml") ?? rnd.pick(xmlParts))
    : rnd.pick(xmlParts);
  const text = new TextDecoder().decode(target.data);
  const { xml, description } = mutateXmlText(text, rnd);
  const files: NewZipFile[] = seed.parts.map((p) => ({
    name: p.rawName,
    data: p === target ? strToU8(xml) : p.data,
    method: p.method,
    flags: p.flags,
  }));
  return { kind: "xml", description: `${target.name}: ${description}`, bytes: createZip(files) };
}

export function mutate(seed: Seed, rnd: Random): Mutant {
  const r = rnd.next();
  // XML edits reach detection, reading and writing; byte and zip edits mostly stop at the zip
  // layer (CRC, sizes), which needs fewer cases to cover.
  if (r < 0.15) return mutateBytes(seed, rnd);
  if (r < 0.35) return mutateZip(seed, rnd);
  return mutateXml(seed, rnd);
}
