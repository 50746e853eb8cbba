import type { BlockId } from "../catalog/catalogTypes";
import { REFERENTIEL } from "../catalog/referentiel";
import { labelKey } from "./normaliseLabel";

/** Catalog keys by comparison key, per block (labels repeat across blocks, never within one). */
const byBlock: ReadonlyMap<BlockId, ReadonlyMap<string, string>> = new Map(
  REFERENTIEL.map((block) => [
    block.id,
    new Map(
      block.sections.flatMap((s) => s.competences.map((c) => [labelKey(c.label), c.key] as const)),
    ),
  ]),
);

/** The catalog key of a competence label within a block, or null. */
export function matchCompetence(blockId: BlockId, label: string): string | null {
  return byBlock.get(blockId)?.get(labelKey(label)) ?? null;
}

/** For a grid with no block heading: the first block whose catalog holds the label. */
export function matchAnyBlock(label: string): { blockId: BlockId; key: string } | null {
  const key = labelKey(label);
  for (const [blockId, map] of byBlock) {
    const found = map.get(key);
    if (found !== undefined) return { blockId, key: found };
  }
  return null;
}
