import { parseAbsenceDays } from "../../domain/calendar/absences";
import { formatFrenchDate } from "../../domain/calendar/isoDate";
import { formatWeeks, periodDuration } from "../../domain/calendar/periodDuration";
import type { Level } from "../../domain/level";
import { LEVEL_LABELS, LEVELS } from "../../domain/level";
import type { LivretData, PeriodKey } from "../../domain/livretData";
import { progressMatrix } from "../../domain/progress/progressMatrix";
import type { CellState, ProgressBlock } from "../../domain/progress/progressMatrix";
import { countBySeverity, SEVERITY_LABELS } from "../../domain/rules/finding";
import type { Finding, Severity } from "../../domain/rules/finding";
import { foldFindings } from "../../domain/rules/foldFindings";
import type { FindingLine } from "../../domain/rules/foldFindings";
import { PFMP_NUMBERS, YEAR_LABELS, yearOfPfmp } from "../../domain/schoolYear";
import { escapeHtml } from "./escapeHtml";
import { renderClassView } from "./renderClassView";
import { REPORT_CSS } from "./reportStyles";

export interface ReportLivret {
  /** Index of the livret in the document (0 = the first); shown as "Livret 1". */
  readonly index: number;
  readonly data: LivretData;
  readonly findings: readonly Finding[];
  /** Number shown ("Livret 3") and used in anchors when several files are merged; index + 1. */
  readonly number?: number;
  /** The file the livret was read from, shown when a report covers several files. */
  readonly source?: string;
}

export interface ReportInput {
  readonly fileName: string;
  readonly livrets: readonly ReportLivret[];
  /** Shown in the header; the caller passes it so the rendering stays deterministic. */
  readonly generatedAt?: Date;
}

const BLOCK_NAMES: Readonly<Record<string, string>> = {
  "1": "Bloc 1 – Conseiller et vendre",
  "2": "Bloc 2 – Suivre les ventes",
  "3": "Bloc 3 – Fidéliser la clientèle et développer la relation client",
  "4B": "Bloc 4B – Prospecter et valoriser l'offre commerciale",
  AP: "Attitudes professionnelles et savoir-être",
};

const e = escapeHtml;

/** A value, or a marker: "non renseigné" (red, something expected) or "—" (grey, optional). */
function text(value: string | undefined, missing = "non renseigné"): string {
  if (value !== undefined && value.trim() !== "") return e(value);
  return missing === "—"
    ? `<span class="none">—</span>`
    : `<span class="missing">${e(missing)}</span>`;
}

export function pupilName(data: LivretData): string {
  const parts = [data.student?.lastName, data.student?.firstName]
    .map((p) => p?.trim() ?? "")
    .filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : "élève sans nom";
}

function frenchDate(iso: string | undefined): string {
  if (iso === undefined || iso.trim() === "") return text(undefined, "—");
  return e(formatFrenchDate(iso) ?? iso);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function frenchDateTime(date: Date): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} à ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

function legend(): string {
  const items = LEVELS.map(
    (level) =>
      `<li><span class="swatch lvl-${level}">${e(level)}</span>${e(LEVEL_LABELS[level])}</li>`,
  );
  items.push(`<li><span class="swatch lvl-empty"></span>vide (aucune case cochée)</li>`);
  return `<ul class="legend" aria-label="Légende des niveaux">${items.join("")}</ul>`;
}

function periodsTable(data: LivretData): string {
  const rows = PFMP_NUMBERS.map((n) => {
    const p = data.periods?.[String(n) as PeriodKey] ?? {};
    const absences = parseAbsenceDays(p.observations);
    const d = periodDuration(p.from, p.to, absences ?? 0);
    const cells = [
      `<th scope="row">PFMP ${n}</th>`,
      `<td>${e(YEAR_LABELS[yearOfPfmp(n)])}</td>`,
      `<td>${text(p.company, "—")}</td>`,
      `<td class="num">${frenchDate(p.from)}</td>`,
      `<td class="num">${frenchDate(p.to)}</td>`,
      `<td class="num">${d === null ? "—" : e(formatWeeks(d.calendarWeeks))}</td>`,
      `<td class="num">${d === null ? "—" : String(d.workingDays)}</td>`,
      `<td class="num">${absences === null ? "—" : e(String(absences).replace(".", ","))}</td>`,
      `<td class="num">${d === null ? "—" : e(String(d.daysDone).replace(".", ","))}</td>`,
      `<td>${text(p.tutor, "—")}</td>`,
      `<td>${text(p.teacher, "—")}</td>`,
      `<td>${text(p.observations, "—")}</td>`,
    ];
    return `<tr data-pfmp="${n}">${cells.join("")}</tr>`;
  });
  const head = [
    "PFMP",
    "Année",
    "Entreprise",
    "Du",
    "Au",
    "Semaines",
    "Jours ouvrés",
    "Absences",
    "Jours effectués",
    "Tuteur",
    "Professeur",
    "Observations",
  ]
    .map((h) => `<th scope="col">${e(h)}</th>`)
    .join("");
  return `<table class="periods"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>
<p class="meta">Jours ouvrés : du lundi au vendredi, jours fériés déduits (lundi de Pentecôte compris). Jours effectués : jours ouvrés moins les absences chiffrées dans les observations.</p>`;
}

function cell(state: CellState): string {
  if (state === "empty") return `<td class="cell lvl-empty" aria-label="vide"></td>`;
  return `<td class="cell lvl-${state}" title="${e(LEVEL_LABELS[state as Level])}">${e(state)}</td>`;
}

function matrixTable(blocks: readonly ProgressBlock[]): string {
  const head = `<thead><tr><th scope="col">Clé</th><th scope="col">Compétence</th>${PFMP_NUMBERS.map(
    (n) => `<th scope="col" class="num">PFMP ${n}</th>`,
  ).join("")}</tr></thead>`;
  const body = blocks.map((block) => {
    const rows = block.rows.map(
      (row) =>
        `<tr data-key="${e(row.key)}"${row.evaluatedOnce || block.kind === "attitudes" ? "" : ' class="never"'}><td class="key">${e(row.key)}</td><td class="label">${e(row.label)}</td>${PFMP_NUMBERS.map((n) => cell(row.cells[n])).join("")}</tr>`,
    );
    return `<tbody data-block="${e(block.blockId)}"><tr><th class="block" colspan="6" scope="rowgroup">${e(BLOCK_NAMES[block.blockId] ?? block.heading)}</th></tr>${rows.join("")}</tbody>`;
  });
  return `<table class="matrix">${head}${body.join("")}</table>`;
}

function countsTable(blocks: readonly ProgressBlock[]): string {
  const head = `<thead><tr><th scope="col">Bloc</th>${PFMP_NUMBERS.map(
    (n) => `<th scope="col" class="num">PFMP ${n}<br>évaluées / NE / vides</th>`,
  ).join("")}<th scope="col" class="num">Évaluées au moins une fois</th></tr></thead>`;
  const rows = blocks.map((block) => {
    const perPfmp = PFMP_NUMBERS.map((n) => {
      const c = block.counts[n];
      return `<td class="num">${c.evaluated} / ${c.ne} / ${c.empty}</td>`;
    }).join("");
    return `<tr data-block="${e(block.blockId)}"><th scope="row">${e(BLOCK_NAMES[block.blockId] ?? block.heading)}</th>${perPfmp}<td class="num">${block.evaluatedOnce} / ${block.rows.length}</td></tr>`;
  });
  return `<table class="counts">${head}<tbody>${rows.join("")}</tbody></table>`;
}

function lineHtml(line: FindingLine): { severity: Severity; rule: string; html: string } {
  if (line.kind === "one") {
    const f = line.finding;
    return { severity: f.severity, rule: f.rule, html: e(f.message) };
  }
  const { group } = line;
  return {
    severity: group.severity,
    rule: group.rule,
    html: `${e(group.summary)} : ${e(group.keys.join(", "))}.`,
  };
}

function findingsBlock(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const summary =
    findings.length === 0
      ? `<p class="summary ok">Aucune remarque : le livret est complet et cohérent.</p>`
      : `<p class="summary">${counts.error} erreur${counts.error > 1 ? "s" : ""}, ${counts.warning} avertissement${counts.warning > 1 ? "s" : ""}, ${counts.info} information${counts.info > 1 ? "s" : ""}.</p>`;
  const items = foldFindings(findings)
    .map(lineHtml)
    .map(
      (line) =>
        `<li class="sev-${line.severity}" data-rule="${e(line.rule)}"><span class="sev">${e(SEVERITY_LABELS[line.severity])}</span>${line.html}<span class="rule">[${e(line.rule)}]</span></li>`,
    );
  return `${summary}${items.length > 0 ? `<ul class="findings">${items.join("")}</ul>` : ""}`;
}

function pupilSection(livret: ReportLivret): string {
  const { data } = livret;
  const matrix = progressMatrix(data);
  const number = livret.number ?? livret.index + 1;
  const source =
    livret.source === undefined ? "" : `\n<p class="meta">Fichier : ${e(livret.source)}</p>`;
  const days = (year: "premiere" | "terminale"): string => {
    const value = data.daysToRecover?.[year];
    return value === undefined ? text(undefined) : e(String(value));
  };
  return `<section class="pupil" id="livret-${number}" data-livret="${livret.index}" aria-labelledby="livret-${number}-title">
<h2 id="livret-${number}-title">Livret ${number} — ${e(pupilName(data))}</h2>${source}
<dl class="identity">
<dt>Nom</dt><dd>${text(data.student?.lastName)}</dd>
<dt>Prénom</dt><dd>${text(data.student?.firstName)}</dd>
<dt>Jours à récupérer (Première)</dt><dd>${days("premiere")}</dd>
<dt>Jours à récupérer (Terminale)</dt><dd>${days("terminale")}</dd>
</dl>
<h3>Vérifications avant envoi</h3>
${findingsBlock(livret.findings)}
<h3>Périodes</h3>
${periodsTable(data)}
<h3>Progression par compétence</h3>
${legend()}
${matrixTable(matrix.blocks)}
<h3>Décompte par bloc</h3>
${countsTable(matrix.blocks)}
</section>`;
}

/**
 * The printable report of a document: one section per pupil (a page break between pupils when
 * printed), standalone (inline CSS, no script, no external resource), every text escaped.
 */
export function renderReport(input: ReportInput): string {
  const generated =
    input.generatedAt === undefined ? "" : ` — généré le ${e(frenchDateTime(input.generatedAt))}`;
  const n = input.livrets.length;
  const body =
    n === 0
      ? `<p class="missing">Aucun livret trouvé dans ce document.</p>`
      : input.livrets.map(pupilSection).join("\n");
  // Two pupils or more (a class file, a folder): the class view comes first.
  const classView =
    n >= 2
      ? `${renderClassView(
          input.livrets,
          input.livrets.map((l) => pupilName(l.data)),
          (block) => BLOCK_NAMES[block.blockId] ?? block.heading,
        )}\n`
      : "";
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Livret de suivi des PFMP — ${e(input.fileName)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Livret de suivi des PFMP — Bac Pro MCV option B</h1>
<p class="meta">Fichier : ${e(input.fileName)} — ${n} livret${n > 1 ? "s" : ""}${generated}</p>
</header>
<main>
${classView}${body}
</main>
</body>
</html>
`;
}
