import { readLivret } from "../domain/reading/readLivret";
import type { LivretSnapshot } from "./documentPort";
import type { LoadedDocument } from "./openDocument";

/** Every livret of the document with what it holds (the `export` command, the pane's load). */
export function readDocument(doc: LoadedDocument): LivretSnapshot {
  return {
    map: doc.map,
    livrets: doc.map.livrets.map((livret) => {
      const { data, conflicts, unclearMarks } = readLivret(doc.model, livret);
      return {
        index: livret.index,
        data,
        conflicts,
        ...(unclearMarks.length > 0 ? { unclearMarks } : {}),
      };
    }),
  };
}
