import { findCompetence } from "../domain/catalog/referentiel";
import {
  isCheckboxWrite,
  type CellAddress,
  type DocumentWrite,
  type LivretMap,
  type TextTarget,
} from "../domain/detection/livretMap";
import { LEVELS } from "../domain/level";
import { YEAR_LABELS, YEAR_PFMPS } from "../domain/schoolYear";

function sameCell(a: CellAddress | null, t: TextTarget): boolean {
  return (
    a !== null && t.kind === "cell" && a.table === t.table && a.row === t.row && a.cell === t.cell
  );
}

function sameTarget(a: TextTarget | null, b: TextTarget): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === "body" && b.kind === "body") return a.paragraph === b.paragraph;
  if (a.kind === "cell" && b.kind === "cell") {
    return (
      a.table === b.table && a.row === b.row && a.cell === b.cell && a.paragraph === b.paragraph
    );
  }
  return false;
}

const FIELD_NAMES = {
  company: "entreprise",
  period: "dates",
  observations: "observations",
  dates: "dates",
  tutor: "tuteur",
  teacher: "professeur",
} as const;

/** Where a write landed, in the teacher's words ("PFMP 1 · 1.1.2 Maitriser … : niveau A"). */
export function describeTarget(livret: LivretMap | undefined, target: TextTarget): string {
  for (const grid of livret?.grids ?? []) {
    if (target.kind !== "cell" || grid.table !== target.table) continue;
    const row = grid.rows.find((r) => r.row === target.row);
    if (row === undefined) continue;
    const label = `${row.key ?? ""} ${findCompetence(row.key ?? "")?.label ?? row.label}`.trim();
    for (const slot of row.slots) {
      if (sameCell(slot.activities, target)) return `PFMP ${slot.pfmp} · ${label} : activités`;
      for (const level of LEVELS) {
        if (sameCell(slot.levels[level], target)) {
          return `PFMP ${slot.pfmp} · ${label} : case ${level}`;
        }
      }
    }
    return `Grille ${YEAR_LABELS[grid.year]} · ${label}`;
  }
  for (const att of livret?.attestations ?? []) {
    const year = YEAR_LABELS[att.year];
    for (const [i, row] of att.rows.entries()) {
      const pfmp = YEAR_PFMPS[att.year][i] ?? i + 1;
      for (const f of ["company", "period", "observations"] as const) {
        if (sameTarget(row[f], target))
          return `Attestation ${year}, PFMP ${pfmp} : ${FIELD_NAMES[f]}`;
      }
    }
    if (sameTarget(att.lastName, target)) return `Attestation ${year} : nom`;
    if (sameTarget(att.firstName, target)) return `Attestation ${year} : prénom`;
    if (sameTarget(att.daysToRecover, target)) return `Attestation ${year} : jours à récupérer`;
  }
  for (const p of livret?.recap?.periods ?? []) {
    for (const f of ["dates", "tutor", "teacher", "company"] as const) {
      if (sameTarget(p[f], target))
        return `Fiche récapitulative, période ${p.pfmp} : ${FIELD_NAMES[f]}`;
    }
  }
  return target.kind === "cell"
    ? `Tableau ${target.table + 1}, ligne ${target.row + 1}, cellule ${target.cell + 1}`
    : `Paragraphe ${target.paragraph + 1}`;
}

/** One write in the teacher's words: a paragraph's new text, or a checkbox ticked or cleared. */
export function describeWrite(livret: LivretMap | undefined, write: DocumentWrite): string {
  if (isCheckboxWrite(write)) {
    const { table, row, cell } = write.target;
    const where = describeTarget(livret, { kind: "cell", table, row, cell, paragraph: 0 });
    return `${where} → ${write.checked ? "case cochée" : "case décochée"}`;
  }
  const value = write.text.trim() === "" ? "vidé" : `« ${write.text} »`;
  return `${describeTarget(livret, write.target)} → ${value}`;
}
