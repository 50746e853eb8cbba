import { fillLivrets } from "../fillLivrets";
import { openDocument } from "../openDocument";
import type { LoadedDocument } from "../openDocument";
import type { RosterEntry } from "../roster/rosterTypes";
import { LivretError } from "../../shared/livretError";
import { livretFileNames } from "./livretFileName";
import { repeatBody } from "./repeatBody";

export interface NewLivret {
  readonly pupil: RosterEntry;
  /** `NOM_Prénom.docx` (see livretFileName). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

function studentData(pupil: RosterEntry): {
  student: { lastName: string; firstName: string };
} {
  return { student: { lastName: pupil.lastName, firstName: pupil.firstName } };
}

/**
 * The template must be one blank livret whose two attestations have the "Nom :" and "Prénom :"
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

/**
 * One document with every pupil's livret one after another (a class file, what `inspect`,
 * `export`, `fill --livret N` read): the template's body repeated (`repeatBody`), then each
 * copy's names filled. Detection must find exactly one livret per pupil in the result, in order.
 */
export function createClassFile(
  template: Uint8Array,
  templateName: string,
  pupils: readonly RosterEntry[],
): Uint8Array {
  checkTemplate(openDocument(template, templateName));
  const repeated = repeatBody(template, templateName, pupils.length);
  const doc = openDocument(repeated, templateName);
  if (doc.map.livrets.length !== pupils.length) {
    throw new LivretError(
      "InvalidData",
      `${templateName} : le modèle répété ${pupils.length} fois donne ${doc.map.livrets.length} livrets ; il ne peut pas servir de fichier de classe`,
    );
  }
  return fillLivrets(
    doc,
    pupils.map((pupil, index) => ({ index, data: studentData(pupil) })),
  ).bytes;
}
