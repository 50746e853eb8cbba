import { foldFindings } from "../../src/domain/rules/foldFindings";
import type { Finding } from "../../src/domain/rules/finding";

const empty = (livret: number, period: number, key: string): Finding => ({
  severity: "warning",
  rule: "grid-row-empty",
  message: `PFMP ${period}, ${key} : aucune case cochée`,
  where: { livret, period, key },
});
const identity: Finding = {
  severity: "error",
  rule: "identity-missing",
  message: "Le nom de l'élève manque.",
  where: { livret: 0, field: "student.lastName" },
};

describe("foldFindings", () => {
  it("folds the empty rows of one pupil and PFMP into one line, in the first finding's place", () => {
    const lines = foldFindings([
      empty(0, 1, "1.1.1"),
      identity,
      empty(0, 1, "1.1.2"),
      empty(0, 2, "1.1.1"),
      empty(0, 2, "1.1.3"),
    ]);
    expect(lines.map((l) => (l.kind === "one" ? l.finding.rule : l.group.keys.join(",")))).toEqual([
      "1.1.1,1.1.2",
      "identity-missing",
      "1.1.1,1.1.3",
    ]);
    const first = lines[0];
    expect(first.kind === "group" && first.group.summary).toBe(
      "PFMP 1 : 2 lignes sans aucune case cochée (cocher NE si la compétence n'est pas évaluée)",
    );
  });

  it("keeps pupils of a class file apart and leaves a single finding as it is", () => {
    const lines = foldFindings([empty(0, 1, "1.1.1"), empty(1, 1, "1.1.2"), empty(1, 1, "1.1.3")]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ kind: "one", finding: empty(0, 1, "1.1.1") });
    expect(lines[1].kind === "group" && lines[1].group.livret).toBe(1);
  });
});
