import type { LevelConflict, LivretData } from "../domain/livretData";
import { checkLivret } from "../domain/rules/checkLivret";
import type { Finding } from "../domain/rules/finding";
import type { RuleOptions } from "../domain/rules/ruleContext";
import type { LivretState } from "./documentPort";
import type { LoadedDocument } from "./openDocument";
import { readDocument } from "./readDocument";

export interface LivretCheck {
  readonly index: number;
  readonly data: LivretData;
  readonly conflicts: readonly LevelConflict[];
  /** Findings of this livret, each with `where.livret` = `index`. */
  readonly findings: readonly Finding[];
}

export interface DocumentCheck {
  readonly livrets: readonly LivretCheck[];
  /** Every finding of the document, livret by livret, in the rules' order. */
  readonly findings: readonly Finding[];
}

/**
 * The rules over livrets already read (the pane passes its `LivretSnapshot.livrets`; the command
 * line passes what the engine read from the file).
 */
export function checkLivrets(
  livrets: readonly LivretState[],
  options?: Partial<RuleOptions>,
): DocumentCheck {
  const checked = livrets.map((l) => ({
    index: l.index,
    data: l.data,
    conflicts: l.conflicts,
    findings: checkLivret({ livret: l.index, data: l.data, conflicts: l.conflicts }, options),
  }));
  return { livrets: checked, findings: checked.flatMap((l) => l.findings) };
}

/** Reads every livret of an opened document and checks them. */
export function checkDocument(doc: LoadedDocument, options?: Partial<RuleOptions>): DocumentCheck {
  return checkLivrets(readDocument(doc).livrets, options);
}
