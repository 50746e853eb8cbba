import type { Level } from "../../domain/level";
import { LEVEL_LABELS } from "../../domain/level";
import type { CellState } from "../../domain/progress/progressMatrix";
import { classProgress } from "./classProgress";
import type { ClassBlock } from "./classProgress";
import { escapeHtml } from "./escapeHtml";
import type { ReportLivret } from "./renderReport";

const e = escapeHtml;

function cell(state: CellState, pupil: string): string {
  if (state === "empty") return `<td class="cell lvl-empty" aria-label="${e(pupil)} : vide"></td>`;
  return `<td class="cell lvl-${state}" title="${e(pupil)} : ${e(LEVEL_LABELS[state as Level])}">${e(state)}</td>`;
}

/**
 * The class view: one table of competences × pupils (best level so far, coloured like the
 * pupils' pictures and with the letter printed), a last column with the number of pupils
 * evaluated, rows no pupil has been evaluated in marked; then the counts per block and pupil.
 * An <article>, not a <section>: the print CSS breaks before every pupil's section but the first
 * (`.pupil:first-of-type`), and the class view breaks after itself.
 */
export function renderClassView(
  livrets: readonly ReportLivret[],
  names: readonly string[],
  blockName: (block: ClassBlock) => string,
): string {
  const blocks = classProgress(livrets.map((l) => l.data));
  const n = livrets.length;
  const pupilHeads = names
    .map(
      (name, i) =>
        `<th scope="col" class="pupil-col"><a href="#livret-${livrets[i]!.number ?? livrets[i]!.index + 1}">${e(name)}</a></th>`,
    )
    .join("");
  const head = `<thead><tr><th scope="col">Clé</th><th scope="col">Compétence</th>${pupilHeads}<th scope="col" class="num">Élèves évalués</th></tr></thead>`;
  const bodies = blocks.map((block) => {
    const rows = block.rows.map((row) => {
      const never = row.evaluatedPupils === 0 && block.kind !== "attitudes";
      return `<tr data-class-key="${e(row.key)}"${never ? ' class="never"' : ""}><td class="key">${e(row.key)}</td><td class="label">${e(row.label)}</td>${row.best.map((s, i) => cell(s, names[i]!)).join("")}<td class="num">${row.evaluatedPupils} / ${n}</td></tr>`;
    });
    return `<tbody data-class-block="${e(block.blockId)}"><tr><th class="block" colspan="${n + 3}" scope="rowgroup">${e(blockName(block))}</th></tr>${rows.join("")}</tbody>`;
  });
  const countHead = `<thead><tr><th scope="col">Bloc</th>${names.map((name) => `<th scope="col" class="num">${e(name)}</th>`).join("")}</tr></thead>`;
  const countRows = blocks.map(
    (block) =>
      `<tr data-class-block="${e(block.blockId)}"><th scope="row">${e(blockName(block))}</th>${block.evaluatedPerPupil.map((c) => `<td class="num">${c} / ${block.rows.length}</td>`).join("")}</tr>`,
  );
  const notMet = blocks
    .filter((b) => b.kind !== "attitudes")
    .flatMap((b) => b.rows)
    .filter((r) => r.evaluatedPupils === 0)
    .map((r) => r.key);
  const summary =
    notMet.length === 0
      ? `<p class="summary ok">Chaque compétence a été évaluée chez au moins un élève.</p>`
      : `<p class="summary">${notMet.length} compétence${notMet.length > 1 ? "s" : ""} évaluée${notMet.length > 1 ? "s" : ""} chez aucun élève : ${e(notMet.join(", "))}.</p>`;
  return `<article class="class-view" id="classe" aria-labelledby="classe-title">
<h2 id="classe-title">Vue de la classe — ${n} élève${n > 1 ? "s" : ""}</h2>
<p class="meta">Pour chaque compétence, le meilleur niveau atteint à ce jour (PFMP 1 à 4) ; en rouge, les compétences qu'aucun élève n'a encore travaillées.</p>
${summary}
<div class="scroll"><table class="matrix class-matrix">${head}${bodies.join("")}</table></div>
<h3>Compétences évaluées au moins une fois, par bloc et par élève</h3>
<div class="scroll"><table class="counts class-counts">${countHead}<tbody>${countRows.join("")}</tbody></table></div>
</article>`;
}
