/**
 * Builds `fixtures/calibration-tables.docx`: one document with every table shape whose Word
 * behaviour is unconfirmed (reference "Could NOT confirm" a, c, d, e): horizontal merge
 * (w:gridSpan), vertical merge (w:vMerge restart/continue), w:gridBefore, a row inside a row-level
 * content control, a nested table, multi-paragraph and empty cells, and formatted cells (bold,
 * size, colour, centred, shading) for the insertText(Replace) recordings.
 * Run: `npx tsx tests/calibration/makeCalibrationDocx.ts` (the .docx is committed).
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const run = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (content: string, pPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
const cell = (width: number, content: string, extra = "") =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr>${content}</w:tc>`;
const table = (grid: number[], rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>` +
  `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
  `<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
  `<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
  `<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
  `<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
  `<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>` +
  `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

const formatted = table(
  [2000, 2000, 2000, 2000],
  [
    row(
      cell(2000, para(run("Gras", "<w:b/>"))),
      cell(2000, para(run("Grand rouge", '<w:color w:val="C00000"/><w:sz w:val="32"/>'))),
      cell(
        2000,
        para(run("Centré"), '<w:jc w:val="center"/>'),
        '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>',
      ),
      cell(2000, para("")),
    ),
    row(
      cell(2000, para(run("Un")) + para(run("Deux"))),
      cell(2000, para(run("Mi", "<w:i/>") + run("xte"))),
      cell(
        2000,
        para(
          run("X", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'),
          '<w:jc w:val="center"/>',
        ),
      ),
      cell(2000, para("", '<w:jc w:val="right"/><w:rPr><w:b/></w:rPr>')),
    ),
  ],
);

const merged = table(
  [1500, 1500, 1500, 1500],
  [
    row(
      cell(3000, para(run("Fusion horizontale")), '<w:gridSpan w:val="2"/>'),
      cell(1500, para(run("Haut")), '<w:vMerge w:val="restart"/>'),
      cell(1500, para(run("d"))),
    ),
    row(
      cell(1500, para(run("a"))),
      cell(1500, para(run("b"))),
      cell(1500, para(""), "<w:vMerge/>"),
      cell(1500, para(run("e"))),
    ),
    row(
      cell(1500, para(run("c"))),
      cell(1500, para(run("f"))),
      cell(1500, para(""), "<w:vMerge/>"),
      cell(1500, para(run("g"))),
    ),
    `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell(1500, para(run("après gridBefore")))}${cell(3000, para(run("h")), '<w:gridSpan w:val="2"/>')}</w:tr>`,
    `<w:sdt><w:sdtPr><w:alias w:val="ligne"/></w:sdtPr><w:sdtContent>${row(
      cell(1500, para(run("ligne CC"))),
      cell(1500, para(run("i"))),
      cell(1500, para(run("j"))),
      cell(1500, para(run("k"))),
    )}</w:sdtContent></w:sdt>`,
  ],
);

const nested = table(
  [3000, 3000],
  [
    row(
      cell(
        3000,
        para(run("Avant")) +
          table([1400, 1400], [row(cell(1400, para(run("n1"))), cell(1400, para(run("n2"))))]) +
          para(run("Après")),
      ),
      cell(3000, para(run("Voisin"))),
    ),
  ],
);

const body =
  para(run("Calibration du double de l'API Word"), '<w:jc w:val="center"/>') +
  para(run("Nom : ……")) +
  formatted +
  para("") +
  merged +
  para("") +
  nested +
  para(run("Fin"));

const files = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  "word/document.xml":
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>',
};

export function makeCalibrationDocx(): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

if (require.main === module) {
  const out = path.join(__dirname, "fixtures", "calibration-tables.docx");
  writeFileSync(out, makeCalibrationDocx());
  console.log(`écrit : ${out}`);
}
