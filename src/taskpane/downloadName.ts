/**
 * The downloaded file is named after the document that was opened ("classe-2nde-B.docx" stays
 * "classe-2nde-B.docx"), never after one pupil: a class file holds many (issue 10). Characters a
 * file system refuses become "-".
 */
export function downloadName(documentName: string): string {
  const base = documentName
    .trim()
    .replace(/\.docx$/i, "")
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-")
    .replace(/^[-. ]+|[-. ]+$/g, "");
  return `${base === "" ? "livret-pfmp" : base}.docx`;
}
