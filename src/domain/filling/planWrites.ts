import { cellAt, targetText } from "../detection/targets";
import { cellValueText } from "../detection/cellTarget";
import type { DocModel, ParagraphHazard } from "../detection/docModel";
import { isCheckboxWrite } from "../detection/livretMap";
import type {
  CellAddress,
  CheckboxTarget,
  DocumentWrite,
  GridMap,
  GridRowMap,
  LivretMap,
  SlotCells,
  TextTarget,
  TextWrite,
} from "../detection/livretMap";
import { readCellMark } from "../marks/cellMark";
import type { CellMark } from "../marks/cellMark";
import { classifyText, isBlankText } from "../marks/classifyMark";
import { counterpartGlyph } from "../marks/glyphTable";
import { LEVELS } from "../level";
import type { Level } from "../level";
import type { LivretData, PeriodData } from "../livretData";
import { YEAR_PFMPS, isPfmpNumber, pfmpSlot, yearOfPfmp } from "../schoolYear";
import type { PfmpNumber, SchoolYear } from "../schoolYear";
import { LivretError } from "../../shared/livretError";
import { lineValue, withLineValue } from "../reading/labelledLine";
import { frenchDate, parsePeriod } from "../reading/parseDates";

export interface PlanOptions {
  /** What a ticked level cell receives; "X" by default. Only a visible mark is accepted. */
  readonly mark?: string;
}

/** Why a write the data asks for is not planned (each has its own code; French `message`). */
export type WriteRefusalCode =
  | "RowMisaligned"
  | "GridPfmpUnclear"
  | "UnclearMark"
  | "FloatingMark"
  | "CheckboxLayout"
  | "GlyphLayout"
  | "ParagraphHazard";

/**
 * A place the data asks to write that the planner refuses to touch: the row does not line up
 * with its header, a cell holds an unclear mark or a mark in a text box, checkboxes are laid out
 * in a way that cannot be ticked one per row, or a target paragraph holds something a text
 * replacement would destroy (field, note reference, comment, content control, tracked change).
 */
export interface WriteRefusal {
  readonly code: WriteRefusalCode;
  /** JSON path of the data entry ("periods.1.levels.1.1.1", "periods.3.company"). */
  readonly path: string;
  readonly message: string;
  readonly table?: number;
  readonly row?: number;
  readonly key?: string;
}

/** The result of planning: the writes, and what was refused (nothing of a refused entry is written). */
export interface WritePlan {
  readonly writes: readonly DocumentWrite[];
  readonly refused: readonly WriteRefusal[];
}

function targetId(t: TextTarget): string {
  return t.kind === "body" ? `b${t.paragraph}` : `c${t.table}.${t.row}.${t.cell}.${t.paragraph}`;
}

const HAZARD_NAMES: Readonly<Record<ParagraphHazard, string>> = {
  field: "un champ",
  noteReference: "un appel de note",
  comment: "un commentaire",
  contentControl: "un contrôle de contenu",
  trackedChange: "une modification suivie",
  alternateContent: "un contenu alternatif (mc:AlternateContent)",
};

/** Why a refusal: the first hazard of a target paragraph. */
class Refused extends Error {
  constructor(
    readonly code: WriteRefusalCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

class Plan {
  private readonly writes = new Map<string, DocumentWrite>();
  private staged: Map<string, DocumentWrite | null> | null = null;
  readonly refused: WriteRefusal[] = [];
  constructor(private readonly model: DocModel) {}

  private hazardsOf(target: TextTarget): readonly ParagraphHazard[] {
    if (target.kind === "body") return this.model.paragraphs[target.paragraph]?.hazards ?? [];
    return cellAt(this.model, target)?.paragraphs[target.paragraph]?.hazards ?? [];
  }

  private put(id: string, write: DocumentWrite | null): void {
    if (this.staged !== null) this.staged.set(id, write);
    else if (write === null) this.writes.delete(id);
    else this.writes.set(id, write);
  }

  /**
   * Runs `body` as one unit: either all the writes it plans are kept, or (on a refusal) none,
   * so a row is never left half written (two marks in one row).
   */
  unit(refusal: Omit<WriteRefusal, "code" | "message">, body: () => void): void {
    const outer = this.staged;
    this.staged = new Map();
    try {
      body();
      const staged = this.staged;
      this.staged = outer;
      for (const [id, w] of staged) this.put(id, w);
    } catch (error) {
      this.staged = outer;
      if (!(error instanceof Refused)) throw error;
      const where =
        refusal.table !== undefined
          ? `tableau ${refusal.table}${refusal.row !== undefined ? `, ligne ${refusal.row}` : ""}${refusal.key !== undefined ? ` (${refusal.key})` : ""}`
          : refusal.path;
      this.refused.push({
        ...refusal,
        code: error.code,
        message: `${where} : ${error.reason} ; rien n'y est écrit.`,
      });
    }
  }

  /** Replace one paragraph's text, when it differs. */
  paragraph(target: TextTarget, text: string): void {
    const expected = targetText(this.model, target);
    const id = targetId(target);
    if (expected === text) {
      this.put(id, null);
      return;
    }
    const hazards = this.hazardsOf(target);
    if (hazards.length > 0) {
      throw new Refused(
        "ParagraphHazard",
        `le paragraphe à remplacer contient ${hazards.map((h) => HAZARD_NAMES[h]).join(", ")}, qu'un remplacement de texte détruirait`,
      );
    }
    this.put(id, { target, text, expected });
  }

  checkbox(target: CheckboxTarget, checked: boolean, expected: boolean): void {
    const id = `x${target.table}.${target.row}.${target.cell}.${target.box}`;
    if (checked === expected) this.put(id, null);
    else this.put(id, { kind: "checkbox", target, checked, expected });
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

  list(): DocumentWrite[] {
    return [...this.writes.values()];
  }
}

function refuse(code: WriteRefusalCode, reason: string): never {
  throw new Refused(code, reason);
}

function unknown(path: string, what: string): never {
  throw new LivretError("UnknownKey", `${path} : ${what} absent(e) de ce livret`, { path });
}

interface FoundRow {
  readonly grid: GridMap;
  readonly row: GridRowMap;
  /** Null when the row exists but its PFMP cannot be told (a one-group header without "PFMP n"). */
  readonly slot: SlotCells | null;
}

function rowFor(livret: LivretMap, pfmp: PfmpNumber, key: string): FoundRow | null {
  let unclear: FoundRow | null = null;
  for (const grid of livret.grids) {
    if (!grid.pfmp.includes(pfmp)) continue;
    for (const row of grid.rows) {
      if (row.kind !== "competence" || row.key !== key) continue;
      // A row the catalog did not recognise can only be addressed by its positional key.
      if (!row.matched && !key.startsWith("?")) continue;
      const slot = row.slots.find((s) => s.pfmp === pfmp);
      if (slot !== undefined) return { grid, row, slot };
      unclear ??= { grid, row, slot: null };
    }
  }
  return unclear;
}

function first(address: CellAddress): TextTarget {
  return { kind: "cell", table: address.table, row: address.row, cell: address.cell, paragraph: 0 };
}

/** Checks a row can be written: lined up with its header, PFMP known. */
function writableSlot(found: FoundRow, n: PfmpNumber): SlotCells {
  if (found.row.misaligned !== undefined) {
    refuse(
      "RowMisaligned",
      `les cellules de la ligne ne correspondent pas aux colonnes de l'en-tête (${found.row.misaligned})`,
    );
  }
  if (found.slot === null) {
    refuse("GridPfmpUnclear", `la grille ne dit pas quelles colonnes sont celles de la PFMP ${n}`);
  }
  return found.slot;
}

/** The one paragraph of a cell holding a box glyph alone (so it can be toggled in place). */
function glyphParagraph(
  model: DocModel,
  address: CellAddress,
  mark: CellMark,
  char: string,
): TextTarget {
  const glyph = mark.boxGlyphs.find((g) => g.char === char)!;
  const cell = cellAt(model, address)!;
  const text = cell.paragraphs[glyph.paragraph]?.text ?? "";
  if (!isBlankText(text.replace(char, ""))) {
    refuse("GlyphLayout", "la case à cocher dessinée partage son paragraphe avec du texte");
  }
  return {
    kind: "cell",
    table: address.table,
    row: address.row,
    cell: address.cell,
    paragraph: glyph.paragraph,
  };
}

function planLevel(plan: Plan, model: DocModel, slot: SlotCells, level: Level, mark: string): void {
  const cells = LEVELS.map((l) => ({
    level: l,
    address: slot.levels[l],
    cell: cellAt(model, slot.levels[l]),
  }));
  const marks = cells.map((c) => (c.cell === null ? null : readCellMark(c.cell)));
  if (marks.some((m) => m === null)) refuse("RowMisaligned", "une case de niveau est introuvable");
  const read = marks as CellMark[];
  const unclear = cells.filter((_, i) => read[i]!.kind === "unclear").map((c) => c.level);
  if (unclear.length > 0) {
    refuse(
      "UnclearMark",
      `marque peu claire dans ${unclear.join(", ")} (ni coche ni case vide) : à corriger à la main`,
    );
  }
  const already =
    read.every((m, i) => (m.kind === "ticked") === (LEVELS[i] === level)) &&
    read.every((m) => m.floating === "blank" || m.kind === "ticked");
  if (already) return;
  if (read.some((m) => m.floating !== "blank")) {
    refuse(
      "FloatingMark",
      "une zone de texte posée sur la ligne montre une marque qu'on ne peut pas effacer",
    );
  }
  if (read.some((m) => m.checkboxes.length > 0)) {
    // Checkbox content controls / form fields: tick the chosen level's box, clear the others.
    cells.forEach((c, i) => {
      const m = read[i]!;
      if (m.checkboxes.length !== 1 || m.typed !== "blank" || m.boxGlyphs.length > 0) {
        refuse(
          "CheckboxLayout",
          `la case ${c.level} ne contient pas exactement une case à cocher seule (${m.checkboxes.length} trouvée(s))`,
        );
      }
      const box = m.checkboxes[0]!;
      const target: CheckboxTarget = { ...c.address, box: box.box, control: box.control };
      plan.checkbox(target, c.level === level, box.checked);
    });
    return;
  }
  cells.forEach((c, i) => {
    const m = read[i]!;
    const chosen = c.level === level;
    const empties = m.boxGlyphs.filter((g) => g.meaning === "emptyBox");
    const ticks = m.boxGlyphs.filter((g) => g.meaning === "ticked");
    if (chosen) {
      if (m.kind === "ticked") return;
      if (empties.length > 0) {
        // An empty box drawn with a glyph: ticked by its font's ticked box, never left empty.
        const g = empties[0]!;
        const to = counterpartGlyph(g.char, g.font)!;
        const target = glyphParagraph(model, c.address, m, g.char);
        plan.paragraph(target, targetText(model, target).replace(g.char, to));
        return;
      }
      plan.cell(first(c.address), mark);
      return;
    }
    if (m.kind !== "ticked") return;
    for (const g of ticks) {
      const back = counterpartGlyph(g.char, g.font);
      const target = glyphParagraph(model, c.address, m, g.char);
      if (back === null) plan.paragraph(target, "");
      else plan.paragraph(target, targetText(model, target).replace(g.char, back));
    }
    if (m.typed === "ticked") {
      if (m.boxGlyphs.length > 0) {
        refuse("GlyphLayout", `la case ${c.level} mêle une case dessinée et une marque tapée`);
      }
      plan.cell(first(c.address), "");
    }
  });
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
    const path = `periods.${n}.levels.${key}`;
    const found = rowFor(livret, n, key);
    if (found === null) unknown(path, `la compétence ${key} (PFMP ${n})`);
    plan.unit({ path, table: found.grid.table, row: found.row.row, key }, () => {
      const slot = writableSlot(found, n);
      planLevel(plan, model, slot, level, mark);
    });
  }
  for (const [key, text] of Object.entries(p.activities ?? {})) {
    const path = `periods.${n}.activities.${key}`;
    const found = rowFor(livret, n, key);
    if (found === null || (found.slot !== null && found.slot.activities === null)) {
      unknown(path, `la case activités de ${key} (PFMP ${n})`);
    }
    plan.unit({ path, table: found.grid.table, row: found.row.row, key }, () => {
      const slot = writableSlot(found, n);
      const a = slot.activities;
      if (a === null) refuse("RowMisaligned", "la case activités de la ligne est introuvable");
      const cell = cellAt(model, a);
      if (cell !== null && cellValueText(cell).trim() === text.trim()) return;
      plan.cell({ kind: "cell", table: a.table, row: a.row, cell: a.cell, paragraph: 0 }, text);
    });
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

  const at = (target: TextTarget, field: string) => ({
    path: `periods.${n}.${field}`,
    ...(target.kind === "cell" ? { table: target.table, row: target.row } : {}),
  });
  const guard = (misaligned: string | undefined) => {
    if (misaligned !== undefined) {
      refuse(
        "RowMisaligned",
        `la ligne ne correspond pas aux colonnes de l'en-tête (${misaligned})`,
      );
    }
  };
  const setCell = (target: TextTarget, value: string, field: string, misaligned?: string) => {
    if (cellValue(model, target).trim() === value.trim()) return;
    plan.unit(at(target, field), () => {
      guard(misaligned);
      plan.cell(target, value);
    });
  };
  const setDates = (target: TextTarget, misaligned?: string) => {
    const current = cellValue(model, target);
    const wanted = periodText(current, p);
    const now = parsePeriod(current);
    const next = parsePeriod(wanted);
    if (now.from === next.from && now.to === next.to) return;
    plan.unit(at(target, p.from !== undefined ? "from" : "to"), () => {
      guard(misaligned);
      plan.cell(target, wanted);
    });
  };
  for (const row of attRows) {
    if (p.company !== undefined) setCell(row.company, p.company, "company", row.misaligned);
    if (p.observations !== undefined)
      setCell(row.observations, p.observations, "observations", row.misaligned);
    if (hasDates) setDates(row.period, row.misaligned);
  }
  if (recap !== null) {
    if (p.company !== undefined) setCell(recap.company, p.company, "company", recap.misaligned);
    if (p.tutor !== undefined) setCell(recap.tutor, p.tutor, "tutor", recap.misaligned);
    if (p.teacher !== undefined) setCell(recap.teacher, p.teacher, "teacher", recap.misaligned);
    if (hasDates) setDates(recap.dates, recap.misaligned);
  }
}

function planLine(
  plan: Plan,
  model: DocModel,
  target: TextTarget,
  label: string,
  value: string,
  path: string,
): void {
  const current = targetText(model, target);
  if (lineValue(current) === value.trim()) return;
  plan.unit({ path }, () => plan.paragraph(target, withLineValue(current, label, value)));
}

/**
 * A mark a person can see: no control or invisible character, not only white space, and one
 * that reads back as a tick (not "-" or "?", which read as unclear marks).
 */
export function isVisibleMark(mark: string): boolean {
  if (/[\p{Cc}\p{Cf}\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029]/u.test(mark)) return false;
  return classifyText(mark) === "ticked";
}

/**
 * The writes that put `data` into one livret of the document, and what was refused. Only
 * paragraphs whose text changes (and checkboxes whose state changes) are written. Throws
 * `LivretError("UnknownKey")` with the JSON path of the first entry the livret has no place for,
 * and `LivretError("InvalidData")` for a mark that is not visible.
 */
export function planFill(
  model: DocModel,
  livret: LivretMap,
  data: LivretData,
  options?: PlanOptions,
): WritePlan {
  const mark = options?.mark ?? "X";
  if (!isVisibleMark(mark)) {
    // A blank or invisible mark would read back as "not evaluated": refuse rather than lose it.
    throw new LivretError(
      "InvalidData",
      `Marque invalide : « ${mark} » (une marque visible est attendue, par exemple X)`,
      { path: "mark" },
    );
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
        planLine(plan, model, att.lastName, "Nom", student.lastName, "student.lastName");
      }
      if (student.firstName !== undefined && att.firstName !== null) {
        planLine(plan, model, att.firstName, "Prénom", student.firstName, "student.firstName");
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
    for (const t of targets)
      planLine(
        plan,
        model,
        t,
        "Nombre de jours à récupérer",
        String(days),
        `daysToRecover.${year}`,
      );
  }
  return { writes: plan.list(), refused: plan.refused };
}

/**
 * `planFill`'s writes, for callers that must write everything or nothing: any refusal throws
 * `LivretError("UncertainTarget")` listing every refused entry (path of the first one).
 */
export function planWrites(
  model: DocModel,
  livret: LivretMap,
  data: LivretData,
  options?: PlanOptions,
): DocumentWrite[] {
  const { writes, refused } = planFill(model, livret, data, options);
  if (refused.length > 0) throw refusedError(refused);
  return [...writes];
}

/** The error of a plan with refusals: one French sentence per refused entry. */
export function refusedError(refused: readonly WriteRefusal[]): LivretError {
  const list = refused.map((r) => `${r.path} — ${r.message}`).join(" ; ");
  return new LivretError(
    "UncertainTarget",
    `${refused.length} écriture(s) refusée(s), rien n'est écrit : ${list}`,
    { path: refused[0]!.path },
  );
}

/**
 * The text writes of a plan, for a writer that cannot set checkboxes: a checkbox write makes it
 * refuse the whole save rather than type a mark beside a box.
 */
export function textWritesOnly(writes: readonly DocumentWrite[]): TextWrite[] {
  const text: TextWrite[] = [];
  for (const w of writes) {
    if (isCheckboxWrite(w)) {
      throw new LivretError(
        "UncertainTarget",
        "Le livret utilise des cases à cocher que ce Word ne permet pas de cocher ; rien n'a été écrit.",
      );
    }
    text.push(w);
  }
  return text;
}
