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

/** Number of values changed and not saved in one livret (each level, text or number counts 1). */
export function unsavedCount(state: EditorState, livret: number): number {
  const p = state.pending[livret];
  if (p === undefined) return 0;
  let n = Object.keys(p.student ?? {}).length + Object.keys(p.daysToRecover ?? {}).length;
  for (const period of Object.values(p.periods ?? {})) {
    if (period === undefined) continue;
    n += PERIOD_TEXT_FIELDS.filter((f) => period[f] !== undefined).length;
    n += Object.keys(period.levels ?? {}).length + Object.keys(period.activities ?? {}).length;
  }
  return n;
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
    activityPending: pendingActivity !== undefined,
    draft: state.drafts[livret]?.includes(draftMark(pfmp, key)) ?? false,
  };
}
