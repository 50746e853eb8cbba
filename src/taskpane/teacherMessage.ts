import { isLivretError } from "../shared/livretError";

/**
 * What the pane says when a document cannot be opened or read, in the teacher's words: chosen by
 * the error's code (never its text), naming the file the teacher chose — never the engine's
 * internal names ("document.docx", "word/document.xml", "_rels/.rels").
 */
export function openFailureText(fileName: string, error: unknown): string {
  const name = `« ${fileName} »`;
  if (!isLivretError(error)) return `${name} ne peut pas être ouvert (erreur inattendue).`;
  switch (error.code) {
    case "NotAZip":
    case "NotAWordDocument":
      return `${name} n’est pas un document Word (.docx). Choisissez le livret au format .docx.`;
    case "TruncatedFile":
      return `${name} est incomplet (fichier tronqué, par exemple mal téléchargé ou mal copié). Reprenez l’original.`;
    case "MalformedXml":
      return `${name} est abîmé : son contenu ne peut pas être lu. Ouvrez-le dans un traitement de texte et enregistrez-le à nouveau en .docx.`;
    case "NoLivretFound":
      return `${name} ne contient pas de livret de suivi des PFMP.`;
    default:
      return `${name} ne peut pas être ouvert.`;
  }
}

/**
 * A failure while reading or saving through the port. Word's own errors (`OfficeError`) and the
 * port's refusals carry French prose meant for the teacher; anything else is a bug, said plainly.
 */
export function portFailureText(error: unknown): string {
  if (isLivretError(error)) {
    switch (error.code) {
      case "OfficeError":
      case "UncertainTarget":
      case "InvalidData":
      case "UnknownKey":
      case "LivretNotFound":
        return error.message;
      case "MalformedXml":
      case "NotAWordDocument":
      case "NotAZip":
      case "TruncatedFile":
        return "le contenu du document ne peut pas être lu.";
      default:
        return error.message;
    }
  }
  return `erreur inattendue (${error instanceof Error ? error.name : "inconnue"}).`;
}
