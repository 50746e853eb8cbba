import { zipSync } from "fflate";
import type { Zippable } from "fflate";
import { planWrites } from "../../domain/filling/planWrites";
import type { LivretData } from "../../domain/livretData";
import { applyWrites } from "../../docx/applyWrites";
import { readDocxPackage, writeDocxPackage } from "../../docx/docxPackage";
import { elementChildren } from "../../docx/wml";
import { serializeXml } from "../../docx/xmlPlatform";
import { LivretError } from "../../shared/livretError";
import { fillLivrets } from "../fillLivrets";
import { openDocument } from "../openDocument";
import type { LoadedDocument } from "../openDocument";
import type { RosterEntry } from "../roster/rosterTypes";
import { bodyParts, drawingIds, makeBodyCopySafe } from "./copySafeBody";
import { livretFileNames } from "./livretFileName";

export interface NewLivret {
  readonly pupil: RosterEntry;
  /** `NOM_Prénom.docx` (see livretFileName). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

function studentData(pupil: RosterEntry): LivretData {
  return { student: { lastName: pupil.lastName, firstName: pupil.firstName } };
}

function noBody(fileName: string): LivretError {
  return new LivretError("NotAWordDocument", `${fileName} : pas de corps de document (w:body)`);
}

/**
 * The template must be one blank livret whose attestations have the "Nom :" and "Prénom :"
 * lines (else the names would silently go nowhere).
 */
function checkTemplate(doc: LoadedDocument): void {
  const { livrets } = doc.map;
  if (livrets.length !== 1) {
    throw new LivretError(
      "InvalidData",
      `${doc.fileName} : le modèle doit contenir un seul livret (il en contient ${livrets.length})`,
    );
  }
  const attestations = livrets[0]!.attestations;
  if (
    attestations.length === 0 ||
    attestations.some((a) => a.lastName === null || a.firstName === null)
  ) {
    throw new LivretError(
      "InvalidData",
      `${doc.fileName} : le modèle n'a pas les lignes « Nom : » et « Prénom : » dans ses attestations`,
    );
  }
}

/**
 * One livret per pupil from a template: the names go to both attestations through the fill
 * engine (`fillLivrets`: only those paragraphs change, every other zip entry byte-identical).
 */
export function createLivrets(
  template: Uint8Array,
  templateName: string,
  pupils: readonly RosterEntry[],
): NewLivret[] {
  const doc = openDocument(template, templateName);
  checkTemplate(doc);
  const names = livretFileNames(pupils);
  return pupils.map((pupil, i) => ({
    pupil,
    fileName: names[i]!,
    bytes: fillLivrets(doc, [{ index: 0, data: studentData(pupil) }]).bytes,
  }));
}

/** The body's content without its final w:sectPr, as XML text (each chunk declares its namespaces). */
function bodyContentXml(doc: LoadedDocument, data: LivretData): string {
  const writes = planWrites(doc.model, doc.map.livrets[0]!, data);
  const restore = applyWrites(doc.pkg.document, writes);
  try {
    const parts = bodyParts(doc.pkg.document);
    if (parts === null) throw noBody(doc.fileName);
    return elementChildren(parts.body)
      .filter((el) => el !== parts.finalSectPr)
      .map((el) => serializeXml(el))
      .join("");
  } finally {
    restore();
  }
}

const MARKER_NS = "urn:livret-pfmp:class-file";

/**
 * One document with every pupil's livret one after another (a class file, what `inspect`,
 * `export`, `fill --livret N` read).
 *
 * Page setup: the body's last w:sectPr describes the last section and must stay the body's last
 * child (ECMA-376 §17.6.17); every other section ends with a paragraph whose w:pPr holds its
 * w:sectPr (§17.6.18). So each copy but the last is closed by a paragraph carrying a clone of
 * the final w:sectPr: its last section keeps its orientation and margins, and the next copy
 * starts a new section, on a new page (a w:sectPr without w:type is "nextPage", §17.17.4.x
 * ST_SectionMark). Every other part (styles, numbering, headers, images) is shared.
 *
 * How: the names are filled into the template's model (the first pupil) or a copy-safe version
 * of it (the others, see makeBodyCopySafe), one pupil at a time, and each filled body is
 * serialised; the texts are joined inside the template's document. Nothing is parsed twice and
 * no node is cloned per pupil (cloning is the slow part of the DOMs we run on).
 */
export function createClassFile(
  template: Uint8Array,
  templateName: string,
  pupils: readonly RosterEntry[],
): Uint8Array {
  const first = openDocument(template, templateName);
  checkTemplate(first);

  // The wrapper: the template's document with its body emptied down to a marker + final sectPr.
  const wrapper = readDocxPackage(template, templateName);
  const wrapperParts = bodyParts(wrapper.document);
  if (wrapperParts === null) throw noBody(templateName);
  const { body, finalSectPr } = wrapperParts;
  const document = wrapper.document;
  const sectionBreak = document.createElementNS(body.namespaceURI, `${body.prefix ?? "w"}:p`);
  const pPr = document.createElementNS(body.namespaceURI, `${body.prefix ?? "w"}:pPr`);
  pPr.appendChild(
    finalSectPr === null
      ? document.createElementNS(body.namespaceURI, `${body.prefix ?? "w"}:sectPr`)
      : finalSectPr.cloneNode(true),
  );
  sectionBreak.appendChild(pPr);
  const breakXml = serializeXml(sectionBreak);
  for (const child of elementChildren(body)) if (child !== finalSectPr) body.removeChild(child);
  body.insertBefore(document.createElementNS(MARKER_NS, "livret:copies"), finalSectPr);
  const wrapperXml = serializeXml(document);
  const marker = /<livret:copies\b[^>]*\/>|<livret:copies\b[^>]*><\/livret:copies>/.exec(
    wrapperXml,
  );
  if (marker === null) throw new Error("class file: marker not found after serialisation");

  // The copies after the first: bookmarks and unique ids taken out once.
  const copyPkg = readDocxPackage(template, templateName);
  const copyParts = bodyParts(copyPkg.document)!;
  makeBodyCopySafe(copyParts.body);
  const drawings = drawingIds(copyParts.body);
  const firstDrawingId = drawingIds(bodyParts(first.pkg.document)!.body).reduce(
    (max, el) => Math.max(max, Number(el.getAttribute("id")) || 0),
    0,
  );
  copyPkg.documentChanged = true;
  const copy = openDocument(writeDocxPackage(copyPkg), templateName);
  const copyDrawings = drawingIds(bodyParts(copy.pkg.document)!.body);

  const bodies = pupils.map((pupil, i) => {
    if (i === 0) return bodyContentXml(first, studentData(pupil));
    // wp:docPr ids unique across the file: each copy gets the next range.
    copyDrawings.forEach((el, k) =>
      el.setAttribute("id", String(firstDrawingId + (i - 1) * drawings.length + k + 1)),
    );
    return bodyContentXml(copy, studentData(pupil));
  });

  const xml =
    wrapperXml.slice(0, marker.index) +
    bodies.join(breakXml) +
    wrapperXml.slice(marker.index + marker[0].length);
  const encoder = new TextEncoder();
  const zippable: Zippable = {};
  for (const entry of wrapper.entries) {
    const data = entry.name === wrapper.mainPart ? encoder.encode(xml) : entry.data;
    zippable[entry.name] = [data, { level: entry.stored ? 0 : 6 }];
  }
  return zipSync(zippable);
}
