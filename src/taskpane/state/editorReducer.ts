import type { Level } from "../../domain/level";
import type { LivretData, PeriodData, PeriodKey, StudentData } from "../../domain/livretData";
import type { PfmpNumber, SchoolYear } from "../../domain/schoolYear";
import type { LivretSnapshot } from "../../services/documentPort";
import {
  PERIOD_TEXT_FIELDS,
  UNDO_LIMIT,
  draftMark,
  periodKey,
  type EditorAction,
  type EditorState,
} from "./editorState";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MutablePeriod = Mutable<PeriodData> & {
  levels?: Record<string, Level>;
  activities?: Record<string, string>;
};
interface MutableData {
  student?: Mutable<StudentData>;
  daysToRecover?: Partial<Record<SchoolYear, number>>;
  periods?: Partial<Record<PeriodKey, MutablePeriod>>;
}

/** What the document holds for one livret (empty data when the livret is unknown). */
export function documentData(snapshot: LivretSnapshot | null, livret: number): LivretData {
  return snapshot?.livrets.find((l) => l.index === livret)?.data ?? {};
}

/** Text cells read back empty and "never written" are the same thing to a teacher. */
function sameText(a: string | undefined, b: string | undefined): boolean {
  return (a ?? "") === (b ?? "");
}

function clone(data: LivretData | undefined): MutableData {
  return JSON.parse(JSON.stringify(data ?? {})) as MutableData;
}

/** Removes empty containers so that "no pending change" is always `{}`-free. */
function tidy(data: MutableData): LivretData | undefined {
  if (data.student !== undefined && Object.keys(data.student).length === 0) delete data.student;
  if (data.daysToRecover !== undefined && Object.keys(data.daysToRecover).length === 0) {
    delete data.daysToRecover;
  }
  if (data.periods !== undefined) {
    for (const pk of Object.keys(data.periods) as PeriodKey[]) {
      const p = data.periods[pk];
      if (p === undefined) continue;
      if (p.levels !== undefined && Object.keys(p.levels).length === 0) delete p.levels;
      if (p.activities !== undefined && Object.keys(p.activities).length === 0) delete p.activities;
      if (Object.keys(p).length === 0) delete data.periods[pk];
    }
    if (Object.keys(data.periods).length === 0) delete data.periods;
  }
  return Object.keys(data).length === 0 ? undefined : data;
}

function withPending(
  state: EditorState,
  livret: number,
  edit: (pending: MutableData, doc: LivretData) => void,
): EditorState {
  const pending = clone(state.pending[livret]);
  edit(pending, documentData(state.snapshot, livret));
  const next = { ...state.pending };
  const tidied = tidy(pending);
  if (tidied === undefined) delete next[livret];
  else next[livret] = tidied;
  return { ...state, pending: next };
}

function period(pending: MutableData, pk: PeriodKey): MutablePeriod {
  pending.periods ??= {};
  return (pending.periods[pk] ??= {});
}

function setLevel(
  pending: MutableData,
  doc: LivretData,
  pfmp: PfmpNumber,
  key: string,
  level: Level,
): void {
  const pk = periodKey(pfmp);
  const p = period(pending, pk);
  p.levels ??= {};
  if (doc.periods?.[pk]?.levels?.[key] === level) delete p.levels[key];
  else p.levels[key] = level;
}

function withoutDrafts(state: EditorState, livret: number, marks: readonly string[]): EditorState {
  const current = state.drafts[livret];
  if (current === undefined) return state;
  const kept = current.filter((m) => !marks.includes(m));
  const drafts = { ...state.drafts };
  if (kept.length === 0) delete drafts[livret];
  else drafts[livret] = kept;
  return { ...state, drafts };
}

/** Drops every pending value the (new) snapshot already holds; keeps what it does not. */
function prune(state: EditorState): EditorState {
  let next: EditorState = { ...state, pending: {} };
  for (const [index, pending] of Object.entries(state.pending)) {
    const livret = Number(index);
    if (state.snapshot?.livrets.some((l) => l.index === livret) !== true) continue;
    next = { ...next, pending: { ...next.pending, [livret]: pending } };
    next = withPending(next, livret, (p, doc) => {
      if (p.student !== undefined) {
        for (const f of ["lastName", "firstName"] as const) {
          if (p.student[f] !== undefined && sameText(p.student[f], doc.student?.[f])) {
            delete p.student[f];
          }
        }
      }
      if (p.daysToRecover !== undefined) {
        for (const y of ["premiere", "terminale"] as const) {
          if (p.daysToRecover[y] !== undefined && p.daysToRecover[y] === doc.daysToRecover?.[y]) {
            delete p.daysToRecover[y];
          }
        }
      }
      for (const pk of Object.keys(p.periods ?? {}) as PeriodKey[]) {
        const pp = p.periods?.[pk];
        const dp = doc.periods?.[pk];
        if (pp === undefined) continue;
        for (const f of PERIOD_TEXT_FIELDS) {
          if (pp[f] !== undefined && sameText(pp[f], dp?.[f])) delete pp[f];
        }
        for (const [key, level] of Object.entries(pp.levels ?? {})) {
          if (dp?.levels?.[key] === level) delete pp.levels?.[key];
        }
        for (const [key, text] of Object.entries(pp.activities ?? {})) {
          if (sameText(text, dp?.activities?.[key])) delete pp.activities?.[key];
        }
      }
    });
  }
  return next;
}

/** The text field an action types in (consecutive keystrokes there are one undo step). */
function textField(action: EditorAction): string | null {
  switch (action.type) {
    case "setActivity":
      return `activites:${action.livret}:${action.pfmp}:${action.key}`;
    case "setPeriodField":
      return `periode:${action.livret}:${action.pfmp}:${action.field}`;
    case "setStudent":
      return `eleve:${action.livret}:${action.field}`;
    case "setDaysToRecover":
      return `jours:${action.livret}:${action.year}`;
    default:
      return null;
  }
}

function sameEdits(a: EditorState, b: EditorState): boolean {
  return JSON.stringify([a.pending, a.drafts]) === JSON.stringify([b.pending, b.drafts]);
}

/**
 * The pane's state machine, pure. Every edit that changes the pending data is recorded so that
 * `undo` (Ctrl+Z) takes back the last one; an edit that changes nothing leaves no step.
 */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  if (action.type === "undo") {
    const step = state.history[state.history.length - 1];
    if (step === undefined) return state;
    return {
      ...state,
      pending: step.pending,
      drafts: step.drafts,
      history: state.history.slice(0, -1),
    };
  }
  const next = apply(state, action);
  if (action.type === "loaded" || action.type === "saved") return { ...next, history: [] };
  if (next === state || sameEdits(next, state)) return state;
  const field = textField(action);
  const top = state.history[state.history.length - 1];
  if (field !== null && top?.field === field) return { ...next, history: state.history };
  const step = { pending: state.pending, drafts: state.drafts, field };
  return { ...next, history: [...state.history, step].slice(-UNDO_LIMIT) };
}

function apply(state: EditorState, action: Exclude<EditorAction, { type: "undo" }>): EditorState {
  switch (action.type) {
    case "loaded":
      return prune({ ...state, snapshot: action.snapshot });
    case "saved": {
      const drafts = { ...state.drafts };
      delete drafts[action.livret];
      return prune({ ...state, snapshot: action.snapshot, drafts });
    }
    case "clearLevel": {
      // The data format can only set a level: clearing takes back the pane's choice, and the
      // row shows again what the document holds.
      const next = withPending(state, action.livret, (p) => {
        delete p.periods?.[periodKey(action.pfmp)]?.levels?.[action.key];
      });
      return withoutDrafts(next, action.livret, [draftMark(action.pfmp, action.key)]);
    }
    case "setLevel": {
      const next = withPending(state, action.livret, (p, doc) =>
        setLevel(p, doc, action.pfmp, action.key, action.level),
      );
      // A level the teacher chose is no longer a copy from the previous PFMP.
      return withoutDrafts(next, action.livret, [draftMark(action.pfmp, action.key)]);
    }
    case "setActivity":
      return withPending(state, action.livret, (p, doc) => {
        const pk = periodKey(action.pfmp);
        const pp = period(p, pk);
        pp.activities ??= {};
        if (sameText(doc.periods?.[pk]?.activities?.[action.key], action.text)) {
          delete pp.activities[action.key];
        } else pp.activities[action.key] = action.text;
      });
    case "setPeriodField":
      return withPending(state, action.livret, (p, doc) => {
        const pk = periodKey(action.pfmp);
        const pp = period(p, pk);
        if (sameText(doc.periods?.[pk]?.[action.field], action.value)) delete pp[action.field];
        else pp[action.field] = action.value;
      });
    case "setStudent":
      return withPending(state, action.livret, (p, doc) => {
        p.student ??= {};
        if (sameText(doc.student?.[action.field], action.value)) delete p.student[action.field];
        else p.student[action.field] = action.value;
      });
    case "setDaysToRecover":
      return withPending(state, action.livret, (p, doc) => {
        p.daysToRecover ??= {};
        // The data format cannot clear a number: an empty field means "leave it as it is".
        if (action.value === undefined || action.value === doc.daysToRecover?.[action.year]) {
          delete p.daysToRecover[action.year];
        } else p.daysToRecover[action.year] = action.value;
      });
    case "applyDraft": {
      const marks: string[] = [];
      const next = withPending(state, action.livret, (p, doc) => {
        const pk = periodKey(action.pfmp);
        for (const [key, level] of Object.entries(action.levels)) {
          setLevel(p, doc, action.pfmp, key, level);
          if (p.periods?.[pk]?.levels?.[key] !== undefined) {
            marks.push(draftMark(action.pfmp, key));
          }
        }
        for (const [key, text] of Object.entries(action.activities ?? {})) {
          const pp = period(p, pk);
          pp.activities ??= {};
          if (sameText(doc.periods?.[pk]?.activities?.[key], text)) delete pp.activities[key];
          else pp.activities[key] = text;
        }
      });
      const existing = next.drafts[action.livret] ?? [];
      const merged = [...existing, ...marks.filter((m) => !existing.includes(m))];
      return merged.length === 0
        ? next
        : { ...next, drafts: { ...next.drafts, [action.livret]: merged } };
    }
    case "revertRow": {
      const next = withPending(state, action.livret, (p) => {
        const pp = p.periods?.[periodKey(action.pfmp)];
        if (pp === undefined) return;
        delete pp.levels?.[action.key];
        delete pp.activities?.[action.key];
      });
      return withoutDrafts(next, action.livret, [draftMark(action.pfmp, action.key)]);
    }
    case "discard": {
      const pending = { ...state.pending };
      delete pending[action.livret];
      const drafts = { ...state.drafts };
      delete drafts[action.livret];
      return { ...state, pending, drafts };
    }
  }
}
