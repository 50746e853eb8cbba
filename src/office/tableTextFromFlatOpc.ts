import { W, W_NS } from "../docx/wml";
import { LivretError } from "../shared/livretError";
import { PKG_NS } from "./flatOpc";

const MAIN_PART = "/word/document.xml";

function malformed(problem: string): LivretError {
  return new LivretError("OfficeError", `Word a renvoyé un OOXML mal formé (${problem}).`);
}

function noTable(): LivretError {
  return new LivretError("OfficeError", "Word a renvoyé l'OOXML d'un tableau sans tableau.");
}

/** A namespace declaration as written in the source: its prefix ("" = default), URI, text. */
interface Declaration {
  readonly prefix: string;
  readonly uri: string;
  readonly text: string;
}

const DECLARATION = /(?:^|\s)(xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)'))/g;
const ATTRIBUTE = /(?:^|\s)([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function declarationsOf(attributes: string): Declaration[] {
  const out: Declaration[] = [];
  for (const m of attributes.matchAll(DECLARATION)) {
    out.push({ prefix: m[2] ?? "", uri: m[3] ?? m[4] ?? "", text: m[1]! });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The text of the first `w:tbl` (ECMA-376 §17.4.38) of the main part of a flat OPC package —
 * what `Range.getOoxml()` of one table returns — cut out of the package's text, with the
 * namespace declarations in force there copied onto its start tag so that it parses on its own or
 * inside another document. Nothing is parsed into a tree: the port splices the tables of a sliced
 * read into ONE body text and parses that once (`reassembleBody`), where the parser checks the
 * table's XML; this scan only follows tags (comments, CDATA, processing instructions skipped, a
 * DTD refused, end tags matched) and namespace scopes to find the part and the table.
 *
 * Parts are looked up by name in the `pkg` namespace, never by position (office-js-docs-pr,
 * "Create better add-ins for Word with Office Open XML"); the table anywhere in the main part,
 * outermost first, as Mac may wrap a fragment differently (office-js #6751).
 */
export function tableTextFromFlatOpc(flatOpc: string): string {
  const s = flatOpc;
  // Open elements: where each name starts and ends in `s`, and the declarations it makes.
  const nameStart: number[] = [];
  const nameEnd: number[] = [];
  const declared: (Declaration[] | null)[] = [];
  const resolve = (prefix: string): string | null => {
    if (prefix === "xml") return "http://www.w3.org/XML/1998/namespace";
    for (let k = declared.length - 1; k >= 0; k--) {
      const found = declared[k]?.find((d) => d.prefix === prefix);
      if (found !== undefined) return found.uri;
    }
    return null;
  };
  let inMain = -1; // depth of the main part's element while inside it
  let table = -1; // depth of the table once found
  let tableStart = 0;
  let tableNameEnd = 0;
  let inject = "";
  let pos = 0;
  let nextXmlns = 0;
  for (;;) {
    const lt = s.indexOf("<", pos);
    if (lt < 0) break;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      const [open, close] = s.startsWith("<!--", lt)
        ? ["<!--", "-->"]
        : s.startsWith("<![CDATA[", lt)
          ? ["<![CDATA[", "]]>"]
          : ["", ""];
      if (open === "") throw malformed("DTD refusée");
      const end = s.indexOf(close, lt + open.length);
      if (end < 0) throw malformed("commentaire ou CDATA non fermé");
      pos = end + close.length;
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = s.indexOf("?>", lt + 2);
      if (end < 0) throw malformed("instruction non fermée");
      pos = end + 2;
      continue;
    }
    // The tag's end: the first '>' outside quoted attribute values.
    let gt = lt + 1;
    for (; gt < s.length; gt++) {
      const k = s.charCodeAt(gt);
      if (k === 0x3e) break;
      if (k === 0x22 || k === 0x27) {
        const q = s.indexOf(k === 0x22 ? '"' : "'", gt + 1);
        if (q < 0) break;
        gt = q;
      }
    }
    if (gt >= s.length) throw malformed("balise non fermée");
    if (c === 0x2f /* / */) {
      let a = lt + 2;
      let b = gt;
      while (b > a && isSpace(s.charCodeAt(b - 1))) b -= 1;
      const depth = nameStart.length - 1;
      if (depth < 0 || b - a !== nameEnd[depth]! - nameStart[depth]!) {
        throw malformed("balise fermante inattendue");
      }
      for (let k = nameStart[depth]!; a < b; a++, k++) {
        if (s.charCodeAt(a) !== s.charCodeAt(k)) throw malformed("balise fermante inattendue");
      }
      nameStart.pop();
      nameEnd.pop();
      declared.pop();
      if (depth === table) {
        return s.slice(tableStart, tableNameEnd) + inject + s.slice(tableNameEnd, gt + 1);
      }
      if (depth === inMain) inMain = -1;
      pos = gt + 1;
      continue;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
    let ne = lt + 1;
    while (ne < gt && !isSpace(s.charCodeAt(ne)) && s.charCodeAt(ne) !== 0x2f) ne += 1;
    const attributesEnd = selfClosing ? gt - 1 : gt;
    // The next "xmlns" in the text, looked up again only once passed (one scan in all).
    if (nextXmlns >= 0 && nextXmlns < ne) nextXmlns = s.indexOf("xmlns", ne);
    const own =
      nextXmlns >= 0 && nextXmlns < attributesEnd
        ? declarationsOf(s.slice(ne, attributesEnd))
        : null;
    const depth = nameStart.length;
    nameStart.push(lt + 1);
    nameEnd.push(ne);
    declared.push(own);
    const name = s.slice(lt + 1, ne);
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (inMain < 0 && local === "part" && resolve(prefix) === PKG_NS) {
      let partName: string | null = null;
      for (const m of s.slice(ne, attributesEnd).matchAll(ATTRIBUTE)) {
        const qname = m[1]!;
        const i = qname.indexOf(":");
        if (qname.slice(i + 1) !== "name") continue;
        if (qname === "pkg:name" || (i > 0 && resolve(qname.slice(0, i)) === PKG_NS)) {
          partName = m[2] ?? m[3] ?? null;
        }
      }
      if (partName === MAIN_PART) {
        inMain = depth;
      } else if (!selfClosing) {
        // Another part (styles, images in base64…): skipped whole, it cannot hold the table.
        const close = s.indexOf(`</${name}`, gt + 1);
        const closeEnd = close < 0 ? -1 : s.indexOf(">", close);
        if (closeEnd < 0) throw malformed("partie non fermée");
        nameStart.pop();
        nameEnd.pop();
        declared.pop();
        pos = closeEnd + 1;
        continue;
      }
    } else if (inMain >= 0 && table < 0 && local === W.tbl && resolve(prefix) === W_NS) {
      table = depth;
      tableStart = lt;
      tableNameEnd = ne;
      // The declarations in force here that the start tag does not make itself, innermost first.
      const seen = new Set((own ?? []).map((d) => d.prefix));
      const copied: string[] = [];
      for (let k = declared.length - 2; k >= 0; k--) {
        for (const d of declared[k] ?? []) {
          if (seen.has(d.prefix)) continue;
          seen.add(d.prefix);
          copied.push(` ${d.text}`);
        }
      }
      inject = copied.join("");
    }
    if (selfClosing) {
      nameStart.pop();
      nameEnd.pop();
      declared.pop();
      if (depth === table) {
        return s.slice(tableStart, tableNameEnd) + inject + s.slice(tableNameEnd, gt + 1);
      }
      if (depth === inMain) inMain = -1;
    }
    pos = gt + 1;
  }
  if (table >= 0) throw malformed("tableau non fermé");
  throw noTable();
}
