import { readFileSync } from "fs";
import * as path from "path";
import { zipSync, strToU8 } from "fflate";
import { createWordDouble } from "../../src/office/double";
import { openFailureText, portFailureText } from "../../src/taskpane/teacherMessage";
import { LivretError } from "../../src/shared/livretError";

const TEMPLATE = new Uint8Array(
  readFileSync(path.join(__dirname, "../../assets/livret-mcv-option-b.docx")),
);

/** What the demo says for bytes a teacher might pick, as DemoRoot opens them. */
function openingSays(bytes: Uint8Array): string {
  try {
    createWordDouble(bytes);
  } catch (error) {
    return openFailureText("Livret Léa.docx", error);
  }
  throw new Error("expected the document to be refused");
}

const INTERNAL = /document\.docx|document\.xml|_rels|\.rels|word\//;

describe("messages in the teacher's words", () => {
  test.each([
    ["a PDF renamed .docx", strToU8("%PDF-1.7 not a zip at all"), /n’est pas un document Word/],
    ["a truncated download", TEMPLATE.slice(0, 4000), /incomplet|n’est pas un document Word/],
    [
      "a zip that is not a Word document",
      zipSync({ "notes.txt": strToU8("bonjour") }),
      /n’est pas un document Word/,
    ],
  ])("%s: names the chosen file, no internal names", (_, bytes, expected) => {
    const text = openingSays(bytes);
    expect(text).toMatch(/^« Livret Léa\.docx » /);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(INTERNAL);
  });

  test("port failures: Word's French prose is kept, parse errors are said plainly, bugs too", () => {
    expect(
      portFailureText(new LivretError("OfficeError", "Word est occupé (code Word : Busy)")),
    ).toBe("Word est occupé (code Word : Busy)");
    expect(
      portFailureText(new LivretError("MalformedXml", "word/document.xml: XML mal formé (x)")),
    ).not.toMatch(INTERNAL);
    expect(portFailureText(new TypeError("x is undefined"))).toBe("erreur inattendue (TypeError).");
  });
});
