/**
 * Inline CSS of the report: no external resource (the file is emailed and printed offline).
 * Levels are told apart by colour AND by the letter printed in the cell (RGAA: no colour-only
 * meaning); NE is grey hatched, an empty cell is white with a dotted border, so the two never look
 * alike, in colour or in black and white.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; margin: 0; padding: 16px 24px; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
h3 { font-size: 11.5pt; margin: 16px 0 6px; color: #1f4e79; }
.meta { color: #555; margin: 0 0 12px; }
.pupil { margin-top: 24px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b7b7b7; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eef3f8; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.identity { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.identity dt { font-weight: 600; }
.identity dd { margin: 0; }
.missing { color: #8a1c1c; font-style: italic; }
.none { color: #8a8a8a; }
table.matrix { width: auto; min-width: 60%; }
table.matrix th.block { background: #1f4e79; color: #fff; text-align: left; }
table.matrix td.label { max-width: 520px; }
table.matrix td.key { white-space: nowrap; font-variant-numeric: tabular-nums; color: #333; }
table.matrix td.cell { width: 52px; text-align: center; font-weight: 700; }
table.matrix tr.never td.key { color: #8a1c1c; }
.lvl-N { background: #f6c1bb; }
.lvl-D { background: #fbdc9c; }
.lvl-A { background: #c7e6bd; }
.lvl-E { background: #6dbb70; color: #0b2e0c; }
.lvl-NE { background: repeating-linear-gradient(45deg, #cfcfcf 0 3px, #f1f1f1 3px 7px); color: #444; }
td.lvl-empty, span.lvl-empty { background: #fff; border: 1.5px dotted #7a7a7a; color: #7a7a7a; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 6px 0 10px; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 28px; height: 18px; border: 1px solid #b7b7b7; text-align: center; font-weight: 700; font-size: 9pt; line-height: 16px; }
.findings { list-style: none; padding: 0; margin: 0; }
.findings li { padding: 3px 6px; margin: 2px 0; border-left: 4px solid; }
.sev-error { border-color: #b3261e; background: #fbeaea; }
.sev-warning { border-color: #c77700; background: #fff4e0; }
.sev-info { border-color: #1f6fb2; background: #eaf2fb; }
.sev { font-weight: 700; margin-right: 6px; }
.rule { color: #555; font-size: 9pt; margin-left: 6px; }
.summary { margin: 4px 0 8px; }
.ok { color: #1e6b22; font-weight: 600; }
.class-view { margin-top: 16px; }
.scroll { overflow-x: auto; }
table.class-matrix { width: auto; }
table.class-matrix th.pupil-col { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; padding: 6px 2px; font-weight: 600; }
table.class-matrix th.pupil-col a { color: inherit; text-decoration: none; }
table.class-matrix td.cell { width: 30px; }
table.class-matrix tr.never td.label { color: #8a1c1c; font-weight: 600; }
table.class-counts { width: auto; }
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 9pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .pupil { break-before: page; margin-top: 0; }
  .class-view { break-after: page; }
  .scroll { overflow: visible; }
  .pupil:first-of-type { break-before: auto; }
  tr, .findings li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
}
`;
