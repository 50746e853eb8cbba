import { cellAt, targetText } from "../detection/targets";
import { cellValueText } from "../detection/cellTarget";
import type { LivretMap, TextTarget } from "../detection/livretMap";
import type { DocModel } from "../detection/docModel";
import { LEVELS } from "../level";
import type { Level } from "../level";
import type { LevelConflict, LivretData, PeriodData, PeriodKey, StudentData } from "../livretData";
import { YEAR_PFMPS } from "../schoolYear";
import type { PfmpNumber, SchoolYear } from "../schoolYear";
import { readCellMark } from "../marks/cellMark";
import { classifyText } from "../marks/classifyMark";
import { lineValue } from "./labelledLine";
import { parsePeriod } from "./parseDates";

/**
 * A level cell holding something that is neither a tick nor an empty box ("-", "0", "…", "?"):
 * not a level; reported so a person decides (a fill refuses to clear it).
 */
export interface UnclearMark {
  readonly period: number;
  readonly key: string;
  readonly level: Level;
  /** What the cell shows. */
  readonly text: string;
}

export interface ReadResult {
  readonly data: LivretData;
  readonly conflicts: LevelConflict[];
  /** Cells of the grids that hold an unclear mark (code "UnclearMark"). */
  readonly unclearMarks: UnclearMark[];
}

interface MutablePeriod {
  company?: string;
  from?: string;
  to?: string;
  observations?: string;
  tutor?: string;
  teacher?: string;
  levels?: Record<string, Level>;
  activities?: Record<string, string>;
}

/**
 * A level cell text shows a mark when it holds something visible that is not an empty box
 * ("X", "✓", "☒", "■", but also an unclear "-" or "?"); blanks (white space, NBSP, zero-width
 * characters, soft hyphens) and empty boxes ("☐", "□", Wingdings □) are not marks. The kind of
 * mark is `classifyText` (src/domain/marks/).
 */
export function isMarked(text: string): boolean {
  const kind = classifyText(text);
  return kind === "ticked" || kind === "unclear";
}

function valueAt(model: DocModel, target: TextTarget): string {
  if (target.kind === "body") return lineValue(targetText(model, target));
  const cell = cellAt(model, target);
  return cell === null ? "" : cellValueText(cell).trim();
}

/**
 * What one livret of the document holds, in the data format. Placeholder-only text ("……") reads
 * as absent; two levels ticked in one row and PFMP are reported as a conflict, not exported.
 */
export function readLivret(model: DocModel, livret: LivretMap): ReadResult {
  const periods = new Map<PfmpNumber, MutablePeriod>();
  const period = (n: PfmpNumber): MutablePeriod => {
    let p = periods.get(n);
    if (p === undefined) {
      p = {};
      periods.set(n, p);
    }
    return p;
  };
  const conflicts: LevelConflict[] = [];
  const unclearMarks: UnclearMark[] = [];

  for (const grid of livret.grids) {
    for (const row of grid.rows) {
      if (row.kind !== "competence" || row.key === null) continue;
      for (const slot of row.slots) {
        // What a person sees: checkbox states, glyphs by font, text boxes (src/domain/marks).
        const kinds = LEVELS.map((level) => {
          const cell = cellAt(model, slot.levels[level]);
          return cell === null ? "blank" : readCellMark(cell).kind;
        });
        const ticked = LEVELS.filter((_, i) => kinds[i] === "ticked");
        LEVELS.forEach((level, i) => {
          if (kinds[i] !== "unclear") return;
          const text = cellAt(model, slot.levels[level])?.text.trim() ?? "";
          unclearMarks.push({ period: slot.pfmp, key: row.key!, level, text });
        });
        if (ticked.length === 1) {
          const p = period(slot.pfmp);
          p.levels = { ...p.levels, [row.key]: ticked[0]! };
        } else if (ticked.length > 1) {
          conflicts.push({ period: slot.pfmp, key: row.key, levels: ticked });
        }
        if (slot.activities !== null) {
          const cell = cellAt(model, slot.activities);
          const text = cell === null ? "" : cellValueText(cell).trim();
          if (text !== "") {
            const p = period(slot.pfmp);
            p.activities = { ...p.activities, [row.key]: text };
          }
        }
      }
    }
  }

  const student: { lastName?: string; firstName?: string } = {};
  const daysToRecover: Partial<Record<SchoolYear, number>> = {};
  for (const att of livret.attestations) {
    att.rows.slice(0, 2).forEach((row, slot) => {
      const n = YEAR_PFMPS[att.year][slot]!;
      const company = valueAt(model, row.company);
      const observations = valueAt(model, row.observations);
      const dates = parsePeriod(valueAt(model, row.period));
      const p = period(n);
      if (company !== "" && p.company === undefined) p.company = company;
      if (observations !== "" && p.observations === undefined) p.observations = observations;
      if (dates.from !== undefined && p.from === undefined) p.from = dates.from;
      if (dates.to !== undefined && p.to === undefined) p.to = dates.to;
    });
    if (att.lastName !== null && student.lastName === undefined) {
      const v = valueAt(model, att.lastName);
      if (v !== "") student.lastName = v;
    }
    if (att.firstName !== null && student.firstName === undefined) {
      const v = valueAt(model, att.firstName);
      if (v !== "") student.firstName = v;
    }
    if (att.daysToRecover !== null && daysToRecover[att.year] === undefined) {
      const m = /\d+/.exec(valueAt(model, att.daysToRecover));
      if (m !== null) daysToRecover[att.year] = Number(m[0]);
    }
  }

  if (livret.recap !== null) {
    for (const rp of livret.recap.periods) {
      const p = period(rp.pfmp);
      const dates = parsePeriod(valueAt(model, rp.dates));
      const company = valueAt(model, rp.company);
      const tutor = valueAt(model, rp.tutor);
      const teacher = valueAt(model, rp.teacher);
      if (company !== "" && p.company === undefined) p.company = company;
      if (dates.from !== undefined && p.from === undefined) p.from = dates.from;
      if (dates.to !== undefined && p.to === undefined) p.to = dates.to;
      if (tutor !== "") p.tutor = tutor;
      if (teacher !== "") p.teacher = teacher;
    }
  }

  const outPeriods: Partial<Record<PeriodKey, PeriodData>> = {};
  for (const n of [...periods.keys()].sort()) {
    const p = periods.get(n)!;
    if (Object.keys(p).length > 0) outPeriods[String(n) as PeriodKey] = p;
  }
  const data: {
    student?: StudentData;
    daysToRecover?: Partial<Record<SchoolYear, number>>;
    periods?: Partial<Record<PeriodKey, PeriodData>>;
  } = {};
  if (Object.keys(student).length > 0) data.student = student;
  if (Object.keys(daysToRecover).length > 0) data.daysToRecover = daysToRecover;
  if (Object.keys(outPeriods).length > 0) data.periods = outPeriods;
  return { data, conflicts, unclearMarks };
}
