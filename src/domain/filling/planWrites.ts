import { cellAt, targetText } from "../detection/targets";
import { cellValueText } from "../detection/cellTarget";
import type { DocModel } from "../detection/docModel";
import type {
  GridRowMap,
  LivretMap,
  SlotCells,
  TextTarget,
  TextWrite,
} from "../detection/livretMap";
import { LEVELS } from "../level";
import type { LivretData, PeriodData } from "../livretData";
import { YEAR_PFMPS, isPfmpNumber, pfmpSlot, yearOfPfmp } from "../schoolYear";
import type { PfmpNumber, SchoolYear } from "../schoolYear";
import { LivretError } from "../../shared/livretError";
import { lineValue, withLineValue } from "../reading/labelledLine";
import { frenchDate, parsePeriod } from "../reading/parseDates";
import { isMarked } from "../reading/readLivret";

export interface PlanOptions {
  /** What a ticked level cell receives; "X" by default. */
  readonly mark?: string;
}

function targetId(t: TextTarget): string {
  return t.kind === "body" ? `b${t.paragraph}` : `c${t.table}.${t.row}.${t.cell}.${t.paragraph}`;
}

class Plan {
  private readonly writes = new Map<string, TextWrite>();
  constructor(private readonly model: DocModel) {}

  /** Replace one paragraph's text, when it differs. */
  paragraph(target: TextTarget, text: string): void {
    const expected = targetText(this.model, target);
    const id = targetId(target);
    if (expected === text) {
      this.writes.delete(id);
      return;
    }
    this.writes.set(id, { target, text, expected });
  }

  /**
   * Put a value in a form cell: the target paragraph gets the text (line breaks become w:br),
   * the cell's other paragraphs that hold text are cleared, so the cell reads back as the value.
   */
  cell(target: TextTarget, text: string): void {
    if (target.kind !== "cell") return this.paragraph(target, text);
    const cell = cellAt(this.model, target);
    if (cell === null) return;
    if (cellValueText(cell).trim() === text.trim() && text.trim() !== "") return;
    this.paragraph(target, text);
    cell.paragraphs.forEach((p, i) => {
      if (i !== target.paragraph && p.text !== "") {
        this.paragraph({ ...target, paragraph: i }, "");
      }
    });
  }

  list(): TextWrite[] {
    return [...this.writes.values()];
  }
}

function unknown(path: string, what: string): never {
  throw new LivretError("UnknownKey", `${path} : ${what} absent(e) de ce livret`, { path });
}

function rowFor(
  livret: LivretMap,
  pfmp: PfmpNumber,
  key: string,
): { row: GridRowMap; slot: SlotCells } | null {
  for (const grid of livret.grids) {
    if (!grid.pfmp.includes(pfmp)) continue;
    for (const row of grid.rows) {
      if (row.kind !== "competence" || row.key !== key) continue;
      // A row the catalog did not recognise can only be addressed by its positional key.
      if (!row.matched && !key.startsWith("?")) continue;
      const slot = row.slots.find((s) => s.pfmp === pfmp);
      if (slot !== undefined) return { row, slot };
    }
  }
  return null;
}

function first(address: SlotCells["levels"][keyof SlotCells["levels"]]): TextTarget {
  return { kind: "cell", table: address.table, row: address.row, cell: address.cell, paragraph: 0 };
}

function planGrid(
  plan: Plan,
  model: DocModel,
  livret: LivretMap,
  n: PfmpNumber,
  p: PeriodData,
  mark: string,
): void {
  for (const [key, level] of Object.entries(p.levels ?? {})) {
    const found = rowFor(livret, n, key);
    if (found === null) unknown(`periods.${n}.levels.${key}`, `la compétence ${key} (PFMP ${n})`);
    for (const l of LEVELS) {
      const address = found.slot.levels[l];
      const cell = cellAt(model, address);
      const marked = cell !== null && isMarked(cell.text);
      if (l === level) {
        if (!marked) plan.cell(first(address), mark);
      } else if (marked) {
        plan.cell(first(address), "");
      }
    }
  }
  for (const [key, text] of Object.entries(p.activities ?? {})) {
    const found = rowFor(livret, n, key);
    if (found === null || found.slot.activities === null) {
      unknown(`periods.${n}.activities.${key}`, `la case activités de ${key} (PFMP ${n})`);
    }
    const a = found.slot.activities;
    const cell = cellAt(model, a);
    if (cell !== null && cellValueText(cell).trim() === text.trim()) continue;
    plan.cell({ kind: "cell", table: a.table, row: a.row, cell: a.cell, paragraph: 0 }, text);
  }
}

function periodText(current: string, p: PeriodData): string {
  const existing = parsePeriod(current);
  const from = p.from ?? existing.from;
  const to = p.to ?? existing.to;
  const side = (d: string | undefined) => (d === undefined ? "…………" : frenchDate(d));
  return `Du ${side(from)} au ${side(to)}`;
}

function cellValue(model: DocModel, target: TextTarget): string {
  const cell = cellAt(model, target);
  return cell === null ? targetText(model, target) : cellValueText(cell);
}

function planPeriodForms(
  plan: Plan,
  model: DocModel,
  livret: LivretMap,
  n: PfmpNumber,
  p: PeriodData,
): void {
  const year = yearOfPfmp(n);
  const rows = livret.attestations.filter((a) => a.year === year).map((a) => a.rows[pfmpSlot(n)]);
  const attRows = rows.filter((r) => r !== undefined);
  const recap = livret.recap?.periods.find((r) => r.pfmp === n) ?? null;
  const hasDates = p.from !== undefined || p.to !== undefined;
  if (p.company !== undefined && attRows.length === 0 && recap === null) {
    unknown(`periods.${n}.company`, `la période ${n}`);
  }
  if (hasDates && attRows.length === 0 && recap === null)
    unknown(`periods.${n}.from`, `la période ${n}`);
  if (p.observations !== undefined && attRows.length === 0) {
    unknown(`periods.${n}.observations`, `l'attestation de la période ${n}`);
  }
  if (p.tutor !== undefined && recap === null)
    unknown(`periods.${n}.tutor`, `la fiche récapitulative (période ${n})`);
  if (p.teacher !== undefined && recap === null)
    unknown(`periods.${n}.teacher`, `la fiche récapitulative (période ${n})`);

  const setCell = (target: TextTarget, value: string) => {
    if (cellValue(model, target).trim() !== value.trim()) plan.cell(target, value);
  };
  const setDates = (target: TextTarget) => {
    const current = cellValue(model, target);
    const wanted = periodText(current, p);
    const now = parsePeriod(current);
    const next = parsePeriod(wanted);
    if (now.from === next.from && now.to === next.to) return;
    plan.cell(target, wanted);
  };
  for (const row of attRows) {
    if (p.company !== undefined) setCell(row.company, p.company);
    if (p.observations !== undefined) setCell(row.observations, p.observations);
    if (hasDates) setDates(row.period);
  }
  if (recap !== null) {
    if (p.company !== undefined) setCell(recap.company, p.company);
    if (p.tutor !== undefined) setCell(recap.tutor, p.tutor);
    if (p.teacher !== undefined) setCell(recap.teacher, p.teacher);
    if (hasDates) setDates(recap.dates);
  }
}

function planLine(
  plan: Plan,
  model: DocModel,
  target: TextTarget,
  label: string,
  value: string,
): void {
  const current = targetText(model, target);
  if (lineValue(current) === value.trim()) return;
  plan.paragraph(target, withLineValue(current, label, value));
}

/**
 * The paragraph writes that put `data` into one livret of the document. Only paragraphs whose
 * text changes are written. Throws `LivretError("UnknownKey")` with the JSON path of the first
 * entry the livret has no place for.
 */
export function planWrites(
  model: DocModel,
  livret: LivretMap,
  data: LivretData,
  options?: PlanOptions,
): TextWrite[] {
  const mark = options?.mark ?? "X";
  if (!isMarked(mark)) {
    // A blank mark would read back as "not evaluated": refuse rather than lose the level.
    throw new LivretError("InvalidData", `Marque invalide : « ${mark} »`, { path: "mark" });
  }
  const plan = new Plan(model);
  for (const [key, p] of Object.entries(data.periods ?? {})) {
    const n = Number(key);
    if (!isPfmpNumber(n)) unknown(`periods.${key}`, `la période ${key}`);
    if (p === undefined) continue;
    planGrid(plan, model, livret, n, p, mark);
    planPeriodForms(plan, model, livret, n, p);
  }
  const student = data.student ?? {};
  if (student.lastName !== undefined || student.firstName !== undefined) {
    const withNames = livret.attestations.filter(
      (a) => a.lastName !== null || a.firstName !== null,
    );
    if (withNames.length === 0) unknown("student", "les lignes Nom / Prénom");
    for (const att of withNames) {
      if (student.lastName !== undefined && att.lastName !== null) {
        planLine(plan, model, att.lastName, "Nom", student.lastName);
      }
      if (student.firstName !== undefined && att.firstName !== null) {
        planLine(plan, model, att.firstName, "Prénom", student.firstName);
      }
    }
  }
  for (const [year, days] of Object.entries(data.daysToRecover ?? {})) {
    if (days === undefined) continue;
    const targets = livret.attestations
      .filter((a) => a.year === (year as SchoolYear) && a.daysToRecover !== null)
      .map((a) => a.daysToRecover!);
    if (targets.length === 0 || !(year in YEAR_PFMPS)) {
      unknown(`daysToRecover.${year}`, `la ligne « Nombre de jours à récupérer » (${year})`);
    }
    for (const t of targets) planLine(plan, model, t, "Nombre de jours à récupérer", String(days));
  }
  return plan.list();
}
