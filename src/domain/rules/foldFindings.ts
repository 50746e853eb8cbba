import type { Finding, Severity } from "./finding";

/**
 * Per-key findings of one rule and PFMP (grid-row-empty, cycle-coverage) folded into one line
 * listing the keys: a PFMP whose dates are typed but whose grids are not ticked yet gives 84
 * findings, which would bury the rest in a report or a terminal. The JSON output keeps them all.
 */
const FOLDED_RULES: ReadonlySet<string> = new Set(["grid-row-empty", "cycle-coverage"]);

export interface FoldedGroup {
  readonly severity: Severity;
  readonly rule: string;
  readonly livret?: number;
  readonly period?: number;
  readonly keys: readonly string[];
  /** French summary of the group, without the keys. */
  readonly summary: string;
}

export type FindingLine =
  | { readonly kind: "one"; readonly finding: Finding }
  | { readonly kind: "group"; readonly group: FoldedGroup };

function summaryOf(rule: string, period: number | undefined, n: number): string {
  const s = n > 1 ? "s" : "";
  return rule === "grid-row-empty"
    ? `PFMP ${period ?? "?"} : ${n} ligne${s} sans aucune case cochée (cocher NE si la compétence n'est pas évaluée)`
    : `${n} compétence${s} jamais évaluée${s} (hors NE) sur les PFMP 1 à 4`;
}

/** Lines in the findings' order; a group takes the place of its first finding. */
export function foldFindings(findings: readonly Finding[]): FindingLine[] {
  const lines: Array<FindingLine | { kind: "pending"; id: string }> = [];
  const groups = new Map<string, { first: Finding; keys: string[] }>();
  for (const f of findings) {
    if (!FOLDED_RULES.has(f.rule) || f.where.key === undefined) {
      lines.push({ kind: "one", finding: f });
      continue;
    }
    const id = `${f.rule}|${f.where.livret ?? ""}|${f.where.period ?? ""}|${f.severity}`;
    const group = groups.get(id);
    if (group === undefined) {
      groups.set(id, { first: f, keys: [f.where.key] });
      lines.push({ kind: "pending", id });
    } else {
      group.keys.push(f.where.key);
    }
  }
  return lines.map((line) => {
    if (line.kind !== "pending") return line;
    const { first, keys } = groups.get(line.id)!;
    // A group of one stays the finding itself, with its own precise message.
    if (keys.length === 1) return { kind: "one", finding: first };
    const group: FoldedGroup = {
      severity: first.severity,
      rule: first.rule,
      ...(first.where.livret === undefined ? {} : { livret: first.where.livret }),
      ...(first.where.period === undefined ? {} : { period: first.where.period }),
      keys,
      summary: summaryOf(first.rule, first.where.period, keys.length),
    };
    return { kind: "group", group };
  });
}
