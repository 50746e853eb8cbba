/**
 * Which Word the add-in runs in, for the pane's "requires" message and `npm run validate`.
 *
 * The manifest requires WordApi 1.3 (tables). Requirement-set support (office-js-docs-reference
 * `word-api-requirement-sets.md`, ms.date 04/21/2026; reference §9): WordApi 1.3 is on the web,
 * Microsoft 365 / retail builds ≥ 1612 on Windows, volume-licensed Office 2019 (and LTSC 2021,
 * inferred), Office 2024, Mac ≥ 15.32, iPad ≥ 2.22. Office 2016 *volume-licensed* (MSI) has
 * WordApi 1.1 only: it must not be named as supported.
 */
export const REQUIRED_WORD_API = "1.3";

export const UNSUPPORTED_WORD_MESSAGE =
  "Cette version de Word ne peut pas faire fonctionner le complément (WordApi 1.3 requis). Il " +
  "fonctionne avec Word pour Microsoft 365 (Windows ou Mac), Word 2019, 2021 et 2024, Word sur " +
  "le web, Word pour Mac 15.32 ou plus récent et Word pour iPad. Word 2016 en licence en volume " +
  "(MSI) ne convient pas : utilisez Word sur le web.";

/** Problems of a "requires" message (empty when it names the supported versions correctly). */
export function requiresMessageProblems(message: string): string[] {
  const problems: string[] = [];
  if (!message.includes(`WordApi ${REQUIRED_WORD_API}`)) {
    problems.push(`the requires message must name WordApi ${REQUIRED_WORD_API}`);
  }
  for (const needed of ["2019", "web", "Mac"]) {
    if (!message.includes(needed)) problems.push(`the requires message must name ${needed}`);
  }
  // Office 2016 (volume licence, MSI) lacks WordApi 1.3: naming 2016 is only allowed to exclude it.
  if (/2016/.test(message) && !/2016 en licence en volume[^.]*ne convient pas/.test(message)) {
    problems.push(
      "the requires message names Word 2016 as supported (volume licences lack WordApi 1.3)",
    );
  }
  return problems;
}
