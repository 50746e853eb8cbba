import { isBlank } from "./periodsOf";
import { where } from "./finding";
import type { Finding } from "./finding";
import type { RuleContext } from "./ruleContext";

/**
 * The pupil's Nom and Prénom (attestation lines). An error: a livret without a name cannot be
 * attributed once it is emailed or printed.
 */
export function identityMissing(ctx: RuleContext): Finding[] {
  const student = ctx.data.student ?? {};
  const fields = [
    { field: "lastName", value: student.lastName, name: "Le nom" },
    { field: "firstName", value: student.firstName, name: "Le prénom" },
  ] as const;
  return fields
    .filter((f) => isBlank(f.value))
    .map((f) => ({
      severity: "error",
      rule: "identity-missing",
      message: `${f.name} de l'élève n'est pas renseigné.`,
      where: where({ livret: ctx.livret, field: f.field }),
    }));
}
