import type { Level } from "../../domain/level";
import type { LivretData, PeriodKey, StudentData } from "../../domain/livretData";
import type { PfmpNumber, SchoolYear } from "../../domain/schoolYear";
import type { LivretSnapshot } from "../../services/documentPort";

/** The text fields of a period in the data format (levels and activities are per competence). */
export type PeriodTextField = "company" | "from" | "to" | "observations" | "tutor" | "teacher";

export const PERIOD_TEXT_FIELDS: readonly PeriodTextField[] = [
  "company",
  "from",
  "to",
  "observations",
  "tutor",
  "teacher",
];

/**
 * The editing state of the pane: what the document holds (the last snapshot read through the
 * port) and, per livret, only the values the teacher changed and has not saved yet. Pending data
 * uses the public data format, so a save sends exactly `pending[livret]` ("what is absent is left
 * as it is", issue 2). Draft marks remember which levels came from a bulk action ("NE pour les lignes vides",
 * "Reprendre la PFMP précédente").
 */
export interface EditorState {
  readonly snapshot: LivretSnapshot | null;
  readonly pending: Readonly<Record<number, LivretData>>;
  /** Per livret: `"<pfmp>:<key>"` of levels copied by a bulk action and not saved yet. */
  readonly drafts: Readonly<Record<number, readonly string[]>>;
  /** What `undo` goes back to, most recent last (pending edits only, never the document). */
  readonly history: readonly UndoStep[];
}

/** The pending edits before one user action; text typing in one field is one step. */
export interface UndoStep {
  readonly pending: Readonly<Record<number, LivretData>>;
  readonly drafts: Readonly<Record<number, readonly string[]>>;
  /** The field a text edit was typed in, so the next keystroke there joins this step. */
  readonly field: string | null;
}

/** Undo keeps this many steps (a whole PFMP ticked row by row is 84). */
export const UNDO_LIMIT = 200;

export type EditorAction =
  | { readonly type: "loaded"; readonly snapshot: LivretSnapshot }
  | { readonly type: "saved"; readonly livret: number; readonly snapshot: LivretSnapshot }
  | {
      readonly type: "setLevel";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly key: string;
      readonly level: Level;
    }
  | {
      readonly type: "setActivity";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly key: string;
      readonly text: string;
    }
  | {
      readonly type: "setPeriodField";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly field: PeriodTextField;
      readonly value: string;
    }
  | {
      readonly type: "setStudent";
      readonly livret: number;
      readonly field: keyof StudentData;
      readonly value: string;
    }
  | {
      readonly type: "setDaysToRecover";
      readonly livret: number;
      readonly year: SchoolYear;
      readonly value: number | undefined;
    }
  | {
      readonly type: "clearLevel";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly key: string;
    }
  | {
      /** A bulk action ("NE pour les lignes vides", "Reprendre la PFMP précédente"): drafts. */
      readonly type: "applyDraft";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly levels: Readonly<Record<string, Level>>;
      readonly activities?: Readonly<Record<string, string>>;
    }
  | {
      readonly type: "revertRow";
      readonly livret: number;
      readonly pfmp: PfmpNumber;
      readonly key: string;
    }
  | { readonly type: "discard"; readonly livret: number }
  | { readonly type: "undo" };

export const initialEditorState: EditorState = {
  snapshot: null,
  pending: {},
  drafts: {},
  history: [],
};

export function periodKey(pfmp: PfmpNumber): PeriodKey {
  return String(pfmp) as PeriodKey;
}

export function draftMark(pfmp: PfmpNumber, key: string): string {
  return `${pfmp}:${key}`;
}
