import { checkLivret } from "../../src/domain/rules/checkLivret";
import { renderReport } from "../../src/services/report/renderReport";
import { escapeHtml } from "../../src/services/report/escapeHtml";
import { progressingLivret } from "./reportTestKit";

function render(lastName = "MARTIN"): string {
  const data = progressingLivret(lastName);
  return renderReport({
    fileName: "classe <1re> & co.docx",
    livrets: [
      { index: 0, data, findings: checkLivret({ livret: 0, data }) },
      { index: 1, data: {}, findings: checkLivret({ livret: 1, data: {} }) },
    ],
    generatedAt: new Date(2026, 10, 27, 9, 5),
  });
}

describe("escapeHtml", () => {
  it("escapes the five characters that matter", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });
});

describe("renderReport", () => {
  it("is a standalone French HTML document with no external resource and no script", () => {
    const html = render();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(|@import|https?:\/\//i);
    expect(html).toContain("@media print");
    expect(html).toContain("break-before: page");
  });

  it("escapes every text it prints", () => {
    const html = render(`<script>alert("x")</script> O'Brien`);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien");
    expect(html).toContain("Boulangerie Dupain &amp; Fils");
    expect(html).toContain("classe &lt;1re&gt; &amp; co.docx");
  });

  it("has one section per pupil, numbered from 1", () => {
    const html = render();
    expect(html.match(/<section class="pupil"/g)).toHaveLength(2);
    expect(html).toContain("Livret 1 — MARTIN Léa");
    expect(html).toContain("Livret 2 — élève sans nom");
    expect(html).toContain("généré le 27/11/2026 à 09:05");
  });

  it("shows the periods with weeks and working days", () => {
    const html = render();
    // PFMP 2: 14/04 → 09/05/2025, Easter Monday, 1 and 8 May: 4 weeks, 17 working days.
    const row2 = /<tr data-pfmp="2">(.*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(row2).toContain("14/04/2025");
    expect(row2).toContain('<td class="num">4</td><td class="num">17</td>');
    // PFMP 1: 20 working days, 1 absence → 19 done.
    const row1 = /<tr data-pfmp="1">(.*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(row1).toContain('<td class="num">20</td><td class="num">1</td><td class="num">19</td>');
  });

  it("colours cells by level and keeps NE and empty apart", () => {
    const html = render();
    const row = /<tr data-key="1\.1\.1"[^>]*>(.*?)<\/tr>/.exec(html)?.[1] ?? "";
    // 1.1.1 is the first catalog row: PFMP 1 → D, 2 → A, 3 → E, 4 → empty.
    expect(row).toMatch(
      /lvl-D"[^>]*>D<\/td><td class="cell lvl-A"[^>]*>A<\/td><td class="cell lvl-E"[^>]*>E<\/td><td class="cell lvl-empty"/,
    );
    expect(row).toContain('<td class="cell lvl-empty" aria-label="vide"></td>');
    expect(html).toMatch(/<td class="cell lvl-NE" title="non évalué">NE<\/td>/);
    expect(html).toContain('aria-label="Légende des niveaux"');
  });

  it("folds per-row findings into one line per PFMP and lists the others", () => {
    const html = render();
    expect(html).toMatch(/PFMP 3 : 42 lignes sans aucune case cochée/);
    expect(html).toContain('data-rule="identity-missing"');
    expect(html).toMatch(/\d+ erreurs?, \d+ avertissements?, \d+ informations?\./);
  });

  it("says so when the document has no livret", () => {
    expect(renderReport({ fileName: "vide.docx", livrets: [] })).toContain("Aucun livret trouvé");
  });
});
