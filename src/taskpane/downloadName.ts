import type { StudentData } from "../domain/livretData";

/** `livret-MARTIN-Léa.docx`: letters (accents kept) and digits, the rest as "-". */
export function downloadName(student: StudentData | undefined): string {
  const parts = [student?.lastName, student?.firstName]
    .map((p) =>
      (p ?? "")
        .trim()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter((p) => p !== "");
  return parts.length === 0 ? "livret-pfmp.docx" : `livret-${parts.join("-")}.docx`;
}
