import type { Level } from "../../domain/level";
import type { LivretData, PeriodData, PeriodKey } from "../../domain/livretData";
import type { PfmpNumber } from "../../domain/schoolYear";
import { documentData } from "./editorReducer";
import { PERIOD_TEXT_FIELDS, draftMark, periodKey, type EditorState } from "./editorState";

function mergePeriod(doc: PeriodData | undefined, pending: PeriodData | undefined): PeriodData {
  return {
    ...doc,
    ...pending,
    levels: { ...doc?.levels, ...pending?.levels },
    activities: { ...doc?.activities, ...pending?.activities },
  };
}

/** What the livret will hold once saved: the document's data overlaid with pending changes. */
export function effectiveData(state: EditorState, livret: number): LivretData {
  const doc = documentData(state.snapshot, livret);
  const pending = state.pending[livret];
  if (pending === undefined) return doc;
  const keys = new Set<PeriodKey>([
    ...(Object.keys(doc.periods ?? {}) as PeriodKey[]),
    ...(Object.keys(pending.periods ?? {}) as PeriodKey[]),
  ]);
  const periods: Partial<Record<PeriodKey, PeriodData>> = {};
  for (const pk of keys) periods[pk] = mergePeriod(doc.periods?.[pk], pending.periods?.[pk]);
  return {
    student: { ...doc.student, ...pending.student },
    daysToRecover: { ...doc.daysToRecover, ...pending.daysToRecover },
    periods,
  };
}

/** Spaces a teacher cannot see (ends, doubled, line ends) do not make a change. */
export function normalText(text: string | undefined): string {
  return (text ?? "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

function changedText(text: string | undefined, doc: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = normalText(text);
  return t === normalText(doc) ? undefined : t;
}

function defined<T extends object>(o: T): T | undefined {
  const kept = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length === 0 ? undefined : (kept as T);
}

/**
 * What a save of one livret sends: the pending values that really change the document. A text
 * typed back to what the document holds, or differing only by spaces, is not sent (issue 10:
 * "edits that change nothing are not pending"); texts are sent without their outer spaces.
 */
export function dataToSave(state: EditorState, livret: number): LivretData | undefined {
  const p = state.pending[livret];
  if (p === undefined) return undefined;
  const doc = documentData(state.snapshot, livret);
  const student = defined({
    lastName: changedText(p.student?.lastName, doc.student?.lastName),
    firstName: changedText(p.student?.firstName, doc.student?.firstName),
  });
  const periods: Partial<Record<PeriodKey, PeriodData>> = {};
  for (const [pk, period] of Object.entries(p.periods ?? {}) as [PeriodKey, PeriodData][]) {
    const dp = doc.periods?.[pk];
    const activities = defined(
      Object.fromEntries(
        Object.entries(period.activities ?? {}).map(([k, t]) => [
          k,
          changedText(t, dp?.activities?.[k]),
        ]),
      ) as Record<string, string>,
    );
    const texts = Object.fromEntries(
      PERIOD_TEXT_FIELDS.map((f) => [f, changedText(period[f], dp?.[f])]),
    );
    const levels = period.levels !== undefined && Object.keys(period.levels).length > 0;
    const out = defined({
      ...texts,
      levels: levels ? period.levels : undefined,
      activities,
    } as PeriodData);
    if (out !== undefined) periods[pk] = out;
  }
  return defined({
    student,
    daysToRecover: p.daysToRecover,
    periods: Object.keys(periods).length === 0 ? undefined : periods,
  } as LivretData);
}

/** Number of values changed and not saved in one livret (each level, text or number counts 1). */
export function unsavedCount(state: EditorState, livret: number): number {
  const p = dataToSave(state, livret);
  if (p === undefined) return 0;
  let n = Object.keys(p.student ?? {}).length + Object.keys(p.daysToRecover ?? {}).length;
  for (const period of Object.values(p.periods ?? {})) {
    if (period === undefined) continue;
    n += PERIOD_TEXT_FIELDS.filter((f) => period[f] !== undefined).length;
    n += Object.keys(period.levels ?? {}).length + Object.keys(period.activities ?? {}).length;
  }
  return n;
}

/** The livrets with something to save, in document order. */
export function livretsToSave(state: EditorState): number[] {
  return Object.keys(state.pending)
    .map(Number)
    .filter((i) => unsavedCount(state, i) > 0)
    .sort((a, b) => a - b);
}

export function totalUnsaved(state: EditorState): number {
  return Object.keys(state.pending).reduce((n, k) => n + unsavedCount(state, Number(k)), 0);
}

export interface RowValues {
  readonly docLevel: Level | undefined;
  readonly level: Level | undefined;
  readonly docActivity: string;
  readonly activity: string;
  readonly levelPending: boolean;
  readonly activityPending: boolean;
  readonly draft: boolean;
}

/** Everything a grid row needs to show: current values, the document's, and their status. */
export function rowValues(
  state: EditorState,
  livret: number,
  pfmp: PfmpNumber,
  key: string,
): RowValues {
  const pk = periodKey(pfmp);
  const doc = documentData(state.snapshot, livret).periods?.[pk];
  const pending = state.pending[livret]?.periods?.[pk];
  const pendingLevel = pending?.levels?.[key];
  const pendingActivity = pending?.activities?.[key];
  return {
    docLevel: doc?.levels?.[key],
    level: pendingLevel ?? doc?.levels?.[key],
    docActivity: doc?.activities?.[key] ?? "",
    activity: pendingActivity ?? doc?.activities?.[key] ?? "",
    levelPending: pendingLevel !== undefined,
    activityPending:
      pendingActivity !== undefined &&
      normalText(pendingActivity) !== normalText(doc?.activities?.[key]),
    draft: state.drafts[livret]?.includes(draftMark(pfmp, key)) ?? false,
  };
}
