import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const TEMPLATE = path.join(ROOT, "assets", "livret-mcv-option-b.docx");
export const LIBREOFFICE_COPY = path.join(ROOT, "tests", "fixtures", "livret-libreoffice.docx");
export const CLASS_3 = path.join(ROOT, "tests", "fixtures", "class-3.docx");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process on the real file system, capturing its output. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    ...nodeIo(),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export function makeTempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "livret-cli-"));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** A minimal but valid WordprocessingML package with one paragraph and no livret. */
export function minimalDocx(text: string): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        "</Relationships>",
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>` +
        `<w:p><w:r><w:t>${text}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`,
    ),
  });
}

export { fullData } from "./fullData";
