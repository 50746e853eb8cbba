import type { InspectLivret, InspectReport } from "../services/livretEngine";

const YEAR_NAMES: Readonly<Record<string, string>> = {
  premiere: "Première",
  terminale: "Terminale",
};
const KIND_NAMES: Readonly<Record<string, string>> = {
  competences: "compétences",
  attitudes: "attitudes professionnelles",
};

/** "1.1.1 1.1.2 1.1.3 1.2.1" → "1.1.1–1.1.3, 1.2.1": runs of consecutive keys of one section. */
export function compressKeys(keys: readonly string[]): string {
  const parts: string[] = [];
  let start: string | null = null;
  let previous: { prefix: string; n: number; key: string } | null = null;
  const flush = (): void => {
    if (start === null || previous === null) return;
    parts.push(start === previous.key ? start : `${start}–${previous.key}`);
  };
  for (const key of keys) {
    const match = /^(.*\.)([0-9]+)$/.exec(key);
    const current = match === null ? null : { prefix: match[1], n: Number(match[2]), key };
    const continues =
      current !== null &&
      previous !== null &&
      !key.startsWith("?") &&
      current.prefix === previous.prefix &&
      current.n === previous.n + 1;
    if (!continues) {
      flush();
      start = key;
    }
    previous = current ?? { prefix: `\u0000${key}`, n: Number.NaN, key };
  }
  flush();
  return parts.join(", ");
}

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

function studentName(student: InspectLivret["student"]): string {
  const name = [student.lastName, student.firstName].filter(
    (part): part is string => part !== null && part.trim() !== "",
  );
  return name.length > 0 ? name.join(" ") : "(nom non renseigné)";
}

/** The human summary of `livret inspect` (French, one block per livret). */
export function formatInspectReport(file: string, report: InspectReport): string {
  const lines: string[] = [];
  const count = report.livrets.length;
  lines.push(`${file} : ${plural(count, "livret trouvé", "livrets trouvés")}`);
  report.livrets.forEach((livret, i) => {
    lines.push("");
    lines.push(`Livret ${i + 1} — ${studentName(livret.student)}`);
    const years = [...new Set(livret.grids.map((grid) => grid.year))];
    for (const year of years) {
      const grids = livret.grids.filter((grid) => grid.year === year);
      const pfmps = [...new Set(grids.flatMap((grid) => [...grid.pfmp]))].sort((a, b) => a - b);
      lines.push(`  ${YEAR_NAMES[year] ?? year} — PFMP ${pfmps.join(" et ")}`);
      for (const grid of grids) {
        const keys = grid.rows.map((row) => row.key);
        const unmatched = grid.rows.filter((row) => row.key.startsWith("?"));
        lines.push(
          `    Grille ${KIND_NAMES[grid.kind] ?? grid.kind}${grid.kind === "competences" ? ` bloc ${grid.blocks.join(", ")}` : ""} (PFMP ${grid.pfmp.join(" et ")}, tableau ${grid.table}${grid.continues !== undefined ? `, suite du tableau ${grid.continues}` : ""}) : ${plural(grid.rows.length, "ligne")} — ${compressKeys(keys)}`,
        );
        for (const row of unmatched) {
          lines.push(`      ligne non reconnue ${row.key} : « ${row.label} »`);
        }
      }
    }
    const attestations = livret.attestations.map((a) => YEAR_NAMES[a.year] ?? a.year);
    lines.push(
      `  Attestations de PFMP : ${attestations.length === 0 ? "aucune" : attestations.join(", ")}`,
    );
    lines.push(`  Fiche récapitulative : ${livret.recap ? "trouvée" : "absente"}`);
  });
  lines.push("");
  if (report.warnings.length === 0) {
    lines.push("Aucun avertissement.");
  } else {
    lines.push(`${plural(report.warnings.length, "avertissement")} :`);
    for (const warning of report.warnings) lines.push(`  - ${warning.message}`);
  }
  return `${lines.join("\n")}\n`;
}
