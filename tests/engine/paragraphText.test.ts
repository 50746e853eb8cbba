import { getParagraphText, setParagraphText } from "../../src/docx/paragraphText";
import { paragraph, serialize } from "./xmlHelpers";

describe("getParagraphText", () => {
  it("concatenates runs split anywhere, with tabs, breaks and hyphens", () => {
    const p = paragraph(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="100"/></w:tabs></w:pPr>' +
        "<w:r><w:t>Pré</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>sen</w:t></w:r>" +
        '<w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t xml:space="preserve">ter </w:t></w:r><w:bookmarkEnd w:id="0"/>' +
        "<w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t><w:noBreakHyphen/><w:t>c</w:t><w:softHyphen/></w:r></w:p>",
    );
    expect(getParagraphText(p)).toBe("Présenter \ta\nb-c");
  });

  it("counts hyperlinks, insertions, smart tags, content controls and simple fields", () => {
    const p = paragraph(
      '<w:p><w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t>A</w:t></w:r></w:hyperlink>' +
        '<w:ins w:id="1"><w:r><w:t>B</w:t></w:r></w:ins>' +
        "<w:smartTag><w:r><w:t>C</w:t></w:r></w:smartTag>" +
        "<w:sdt><w:sdtPr><w:alias w:val='nope'/></w:sdtPr><w:sdtContent><w:r><w:t>D</w:t></w:r></w:sdtContent></w:sdt>" +
        '<w:fldSimple w:instr="PAGE"><w:r><w:t>E</w:t></w:r></w:fldSimple></w:p>',
    );
    expect(getParagraphText(p)).toBe("ABCDE");
  });

  it("reads an inserted symbol (a Wingdings tick) as its character", () => {
    const p = paragraph('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>');
    expect(getParagraphText(p)).toBe("\uf0fc");
  });

  it("skips deleted text, field codes and text boxes", () => {
    const p = paragraph(
      '<w:p><w:del w:id="1"><w:r><w:delText>gone</w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kept</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>",
    );
    expect(getParagraphText(p)).toBe("kept");
  });
});

describe("setParagraphText", () => {
  it("replaces split runs by one run with the first text run's properties, keeping pPr and bookmarks", () => {
    const p = paragraph(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Du……</w:t></w:r>' +
        '<w:bookmarkStart w:id="3" w:name="b"/><w:r><w:rPr><w:b/></w:rPr><w:t>au …</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>',
    );
    setParagraphText(p, "Du 06/01/2025 au 31/01/2025");
    expect(getParagraphText(p)).toBe("Du 06/01/2025 au 31/01/2025");
    const xml = serialize(p);
    expect(xml).toContain('<w:pPr><w:jc w:val="center"/></w:pPr>');
    expect(xml).toContain('<w:bookmarkStart w:id="3" w:name="b"/>');
    expect(xml).toContain('<w:bookmarkEnd w:id="3"/>');
    expect(xml.match(/<w:r>/g)).toHaveLength(1);
    expect(xml).toContain("<w:r><w:rPr><w:i/></w:rPr><w:t>Du 06/01/2025 au 31/01/2025</w:t></w:r>");
  });

  it("takes the paragraph mark's run properties when there is no run, without revision marks", () => {
    const p = paragraph(
      '<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="a"/><w:sz w:val="16"/></w:rPr></w:pPr></w:p>',
    );
    setParagraphText(p, "X");
    expect(serialize(p)).toContain('<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>X</w:t></w:r>');
  });

  it("preserves spaces, writes breaks and tabs", () => {
    const p = paragraph("<w:p><w:r><w:t>old</w:t></w:r></w:p>");
    setParagraphText(p, " a\nb\tc  d");
    const xml = serialize(p);
    expect(xml).toContain(
      '<w:t xml:space="preserve"> a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t xml:space="preserve">c  d</w:t>',
    );
    expect(getParagraphText(p)).toBe(" a\nb\tc  d");
  });

  it("empty text removes the text runs but keeps drawings and comment references", () => {
    const p = paragraph(
      '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>X</w:t></w:r><w:commentRangeEnd w:id="7"/>' +
        '<w:r><w:commentReference w:id="7"/></w:r><w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>',
    );
    setParagraphText(p, "");
    expect(getParagraphText(p)).toBe("");
    const xml = serialize(p);
    expect(xml).toContain('<w:commentRangeStart w:id="7"/>');
    expect(xml).toContain('<w:commentReference w:id="7"/>');
    expect(xml).not.toContain("hyperlink");
  });

  it("keeps the new text inside the content control that held the old one", () => {
    const p = paragraph(
      "<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>old</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    );
    setParagraphText(p, "new");
    expect(serialize(p)).toContain("<w:sdtContent><w:r><w:t>new</w:t></w:r></w:sdtContent>");
  });

  it("keeps the field characters of a field that spans paragraphs", () => {
    const p = paragraph(
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Entrée</w:t></w:r></w:p>',
    );
    setParagraphText(p, "Nouveau");
    const xml = serialize(p);
    expect(xml).toContain('w:fldCharType="begin"');
    expect(xml).toContain('w:fldCharType="separate"');
    expect(xml).toContain("<w:instrText>TOC</w:instrText>");
    expect(getParagraphText(p)).toBe("Nouveau");
  });

  it("moves text out of a simple field so Word does not recompute it", () => {
    const p = paragraph(
      '<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>1/1/2020</w:t></w:r></w:fldSimple></w:p>',
    );
    setParagraphText(p, "plain");
    expect(serialize(p)).toBe(
      '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t>plain</w:t></w:r></w:p>',
    );
  });
});
