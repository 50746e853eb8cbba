import type { BlockId, GridKind } from "../domain/catalog/catalogTypes";
import type { DetectionWarning, DocumentMap, RowKind } from "../domain/detection/livretMap";
import { readLivret } from "../domain/reading/readLivret";
import type { PfmpNumber, SchoolYear } from "../domain/schoolYear";
import type { LoadedDocument } from "./openDocument";

export interface InspectRow {
  readonly key: string;
  readonly label: string;
  readonly matched: boolean;
  readonly row: number;
}

export interface InspectGrid {
  readonly year: SchoolYear;
  readonly pfmp: readonly [PfmpNumber, PfmpNumber];
  readonly kind: GridKind;
  readonly table: number;
  readonly blocks: readonly BlockId[];
  readonly rows: readonly InspectRow[];
  /** The second part of a grid split into two tables: the table of the part before. */
  readonly continues?: number;
}

export interface InspectAttestation {
  readonly year: SchoolYear;
  readonly table: number;
  readonly rows: number;
  readonly identity: {
    readonly lastName: boolean;
    readonly firstName: boolean;
    readonly daysToRecover: boolean;
  };
}

export interface InspectLivret {
  readonly index: number;
  readonly student: { readonly lastName: string | null; readonly firstName: string | null };
  readonly grids: readonly InspectGrid[];
  readonly attestations: readonly InspectAttestation[];
  readonly recap: boolean;
}

export interface InspectReport {
  readonly file: string;
  readonly livrets: readonly InspectLivret[];
  readonly warnings: readonly DetectionWarning[];
}

const LISTED: readonly RowKind[] = ["competence"];

/**
 * Warnings about what the document holds but the engine cannot map (an unclear mark, a row or
 * table that does not line up with its header, a grid whose PFMP is unclear): `export` and
 * `check` print them on stderr, so nothing is silently dropped.
 */
export const UNMAPPED_WARNING_CODES: ReadonlySet<string> = new Set([
  "UnclearMark",
  "RowMisaligned",
  "TableUnmapped",
  "GridPfmpUnclear",
  "AttestationRowMisaligned",
]);

export function unmappedWarnings(map: DocumentMap): DetectionWarning[] {
  return map.warnings.filter((w) => UNMAPPED_WARNING_CODES.has(w.code));
}

/** What detection found, as the `livret inspect --json` report. */
export function inspectDocument(doc: LoadedDocument): InspectReport {
  return {
    file: doc.fileName,
    livrets: doc.map.livrets.map((livret) => {
      const { data } = readLivret(doc.model, livret);
      return {
        index: livret.index,
        student: {
          lastName: data.student?.lastName ?? null,
          firstName: data.student?.firstName ?? null,
        },
        grids: livret.grids.map((g) => ({
          year: g.year,
          pfmp: g.pfmp,
          kind: g.kind,
          table: g.table,
          blocks: g.blockIds,
          rows: g.rows
            .filter((r) => LISTED.includes(r.kind) && r.key !== null)
            .map((r) => ({ key: r.key!, label: r.label, matched: r.matched, row: r.row })),
          ...(g.continues !== undefined ? { continues: g.continues } : {}),
        })),
        attestations: livret.attestations.map((a) => ({
          year: a.year,
          table: a.table,
          rows: a.rows.length,
          identity: {
            lastName: a.lastName !== null,
            firstName: a.firstName !== null,
            daysToRecover: a.daysToRecover !== null,
          },
        })),
        recap: livret.recap !== null,
      };
    }),
    warnings: doc.map.warnings,
  };
}
