import { LivretError, isLivretError } from "../shared/livretError";

/**
 * French messages for the error codes Word reports (`Word.ErrorCodes` and the generic codes of
 * office-js-docs-pr `docs/testing/application-specific-api-error-handling.md`). Branch on
 * `error.code` only: messages are localised by Office and change between builds.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  ItemNotFound:
    "Word n'a pas trouvé un tableau, une cellule ou un paragraphe du livret. Le document a peut-être été modifié : relisez-le.",
  AccessDenied:
    "Word refuse la modification : le document est peut-être en lecture seule ou protégé.",
  NotAllowed:
    "Word n'autorise pas cette opération ici (document protégé, en mode lecture, ou fonction indisponible dans cette version de Word).",
  GeneralException:
    "Word a rencontré une erreur interne. Réessayez ; si le problème persiste, enregistrez puis rouvrez le document.",
  InvalidArgument: "Word a refusé une valeur envoyée par le complément.",
  NotImplemented:
    "Cette version de Word ne prend pas en charge une fonction nécessaire (WordApi 1.3).",
  InvalidRequest: "Word a refusé la demande du complément.",
  RequestPayloadSizeLimitExceeded:
    "Le document est trop volumineux pour que Word sur le web l'envoie en une fois.",
  ResponsePayloadSizeLimitExceeded:
    "Le document est trop volumineux pour que Word sur le web l'envoie en une fois.",
  ApiNotFound:
    "Cette version de Word ne prend pas en charge une fonction nécessaire (WordApi 1.3).",
  PropertyNotLoaded: "Erreur interne du complément (propriété lue avant d'être chargée).",
  ValueNotLoaded: "Erreur interne du complément (valeur lue avant d'être chargée).",
};

/** The `code` of an Office.js error (`OfficeExtension.Error`), or null for anything else. */
export function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * A `LivretError` for anything thrown inside `Word.run`: our own errors pass through, Office's
 * (`OfficeExtension.Error`, identified by a string `code`) become `OfficeError` with a French
 * message naming the code; anything else is rethrown unchanged (a bug, not Word's answer).
 */
export function mapOfficeError(error: unknown): unknown {
  if (isLivretError(error)) return error;
  const code = officeCode(error);
  if (code === null) return error;
  const message = MESSAGES[code] ?? "Word a signalé une erreur.";
  return new LivretError("OfficeError", `${message} (code Word : ${code})`, { cause: error });
}
