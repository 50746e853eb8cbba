import type { BlockId } from "../domain/catalog/catalogTypes";
import { findCompetence } from "../domain/catalog/referentiel";
import type { GridMap, GridRowMap, LivretMap, SlotCells } from "../domain/detection/livretMap";
import type { PfmpNumber } from "../domain/schoolYear";
import { BLOCK_ORDER } from "./blockTitles";

/** One competence row of the document as the pane shows it for one PFMP. */
export interface PaneRow {
  readonly key: string;
  readonly label: string;
  readonly matched: boolean;
  readonly table: number;
  readonly row: number;
  readonly slot: SlotCells;
  readonly hasActivities: boolean;
}

export type PaneItem =
  | { readonly kind: "section"; readonly id: string; readonly label: string }
  | { readonly kind: "row"; readonly row: PaneRow };

export interface BlockGroup {
  readonly blockId: BlockId | "?";
  readonly items: readonly PaneItem[];
  readonly rows: readonly PaneRow[];
  /** The grid the group's rows come from (the first one), for the demo's preview. */
  readonly grid: GridMap;
}

function toPaneRow(grid: GridMap, r: GridRowMap, slot: SlotCells): PaneRow | null {
  if (r.key === null) return null;
  return {
    key: r.key,
    // The catalog label when the row is recognised (the document's may carry bullets or typos).
    label: (r.matched ? findCompetence(r.key)?.label : undefined) ?? r.label,
    matched: r.matched,
    table: grid.table,
    row: r.row,
    slot,
    hasActivities: slot.activities !== null,
  };
}

/**
 * The rows the document really has for one PFMP, grouped by block in livret order. Built from
 * the detection map, not the catalog: a key the document lacks is not shown, an unrecognised row
 * is (with its positional key).
 */
export function blockGroups(livret: LivretMap | undefined, pfmp: PfmpNumber): BlockGroup[] {
  const groups = new Map<BlockId | "?", { items: PaneItem[]; rows: PaneRow[]; grid: GridMap }>();
  for (const grid of livret?.grids ?? []) {
    if (!grid.pfmp.includes(pfmp)) continue;
    let current: BlockId | "?" = grid.blockIds[0] ?? "?";
    for (const r of grid.rows) {
      if (r.blockId !== null) current = r.blockId;
      const group = groups.get(current) ?? { items: [], rows: [], grid };
      groups.set(current, group);
      if (r.kind === "section") {
        group.items.push({ kind: "section", id: `${grid.table}.${r.row}`, label: r.label });
      } else if (r.kind === "competence") {
        const slot = r.slots.find((s) => s.pfmp === pfmp);
        const row = slot === undefined ? null : toPaneRow(grid, r, slot);
        if (row !== null) {
          group.items.push({ kind: "row", row });
          group.rows.push(row);
        }
      }
    }
  }
  const order = [...BLOCK_ORDER, "?" as const];
  return order
    .filter((id) => (groups.get(id)?.rows.length ?? 0) > 0)
    .map((id) => {
      const g = groups.get(id);
      if (g === undefined) throw new Error("unreachable");
      return { blockId: id, items: g.items, rows: g.rows, grid: g.grid };
    });
}

/** A DOM id fragment for a key ("4B.3.6" → "4B_3_6", "?12.3" → "_12_3"). */
export function keyId(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, "_");
}

export function levelGroupId(pfmp: PfmpNumber, key: string): string {
  return `niveau-${pfmp}-${keyId(key)}`;
}

export function activityId(pfmp: PfmpNumber, key: string): string {
  return `activites-${pfmp}-${keyId(key)}`;
}

export function blockOfKey(livret: LivretMap | undefined, key: string): BlockId | "?" {
  for (const grid of livret?.grids ?? []) {
    let current: BlockId | "?" = grid.blockIds[0] ?? "?";
    for (const r of grid.rows) {
      if (r.blockId !== null) current = r.blockId;
      if (r.key === key) return current;
    }
  }
  return findCompetence(key)?.blockId ?? "?";
}
