import type { DocModel } from "./docModel";
import type { TextTarget } from "./livretMap";
import { foldAccents } from "./normaliseLabel";

/** Lower case, no accents, single spaces: keeps the colon that `normaliseLabel` would trim. */
function lineForm(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim();
}

export interface IdentityLines {
  readonly lastName: TextTarget | null;
  readonly firstName: TextTarget | null;
  readonly daysToRecover: TextTarget | null;
}

/** How far from the attestation table its identity lines may sit (the seed: 3 to 8 paragraphs). */
const LOOK_BEFORE = 20;
const LOOK_AFTER = 12;

export const IDENTITY_PATTERNS = {
  lastName: /^nom\s*:/,
  firstName: /^prenom\s*:/,
  daysToRecover: /^nombre de jours a recuperer\b/,
} as const;

/**
 * The "Nom : …", "Prénom : …" lines just before an attestation table (after its title) and the
 * "Nombre de jours à récupérer : …" line just after it, as body paragraph targets.
 */
export function findIdentityLines(model: DocModel, blockIndex: number): IdentityLines {
  let lastName: TextTarget | null = null;
  let firstName: TextTarget | null = null;
  let daysToRecover: TextTarget | null = null;
  for (let b = blockIndex - 1, seen = 0; b >= 0 && seen < LOOK_BEFORE; b--) {
    const block = model.blocks[b]!;
    if (block.kind === "table") break;
    seen++;
    const text = lineForm(model.paragraphs[block.paragraph]!.text);
    if (/^attestation\b/.test(text)) break;
    if (lastName === null && IDENTITY_PATTERNS.lastName.test(text)) {
      lastName = { kind: "body", paragraph: block.paragraph };
    } else if (firstName === null && IDENTITY_PATTERNS.firstName.test(text)) {
      firstName = { kind: "body", paragraph: block.paragraph };
    }
  }
  for (let b = blockIndex + 1, seen = 0; b < model.blocks.length && seen < LOOK_AFTER; b++) {
    const block = model.blocks[b]!;
    if (block.kind === "table") break;
    seen++;
    const text = lineForm(model.paragraphs[block.paragraph]!.text);
    if (IDENTITY_PATTERNS.daysToRecover.test(text)) {
      daysToRecover = { kind: "body", paragraph: block.paragraph };
      break;
    }
  }
  return { lastName, firstName, daysToRecover };
}
