/**
 * `NOM_Prénom.docx` for a pupil: letters (accents kept), digits and hyphens; spaces and other
 * separators become one hyphen; characters no file system accepts everywhere (/ \ : * ? " < > |,
 * control characters, the apostrophe of "N'DIAYE") are dropped. NFC, so "é" is one code point
 * whatever the roster's normalisation.
 */
function safePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}-]+/gu, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

export function livretFileName(lastName: string, firstName: string): string {
  const name = [safePart(lastName), safePart(firstName)].filter((p) => p !== "").join("_");
  return `${name === "" ? "eleve" : name}.docx`;
}

/**
 * File names for a whole roster, in its order: a second pupil with the same name gets "_2", a
 * third "_3"… (case-insensitive, since Windows and macOS file systems are).
 */
export function livretFileNames(
  pupils: readonly { readonly lastName: string; readonly firstName: string }[],
): string[] {
  const seen = new Map<string, number>();
  return pupils.map((p) => {
    const base = livretFileName(p.lastName, p.firstName);
    const key = base.toLocaleLowerCase("fr");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? base : base.replace(/\.docx$/, `_${n}.docx`);
  });
}
