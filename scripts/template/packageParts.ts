import { XML_DECLARATION } from "./xmlText";

/**
 * The fixed parts of the package (ECMA-376 Part 2 for [Content_Types].xml, relationships and
 * core properties; Part 1 §17.7 styles, §17.9 numbering, §17.15 settings, §17.8 fonts).
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export const CONTENT_TYPES_XML =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  "</Types>";

export const ROOT_RELS_XML =
  XML_DECLARATION +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  "</Relationships>";

export const DOCUMENT_RELS_XML =
  XML_DECLARATION +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="rId4" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
  "</Relationships>";

export function documentXml(body: string): string {
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}</w:body></w:document>`
  );
}

interface StyleDef {
  readonly id: string;
  readonly name: string;
  readonly pPr?: string;
  readonly rPr?: string;
}

const PARAGRAPH_STYLES: readonly StyleDef[] = [
  {
    id: "ListParagraph",
    name: "List Paragraph",
    pPr: '<w:ind w:left="720"/><w:contextualSpacing/>',
  },
  {
    id: "PageTitle",
    name: "Titre de page",
    pPr: '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>',
    rPr: '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>',
  },
  {
    id: "Subtitle",
    name: "Subtitle",
    pPr: '<w:jc w:val="center"/>',
    rPr: '<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>',
  },
  {
    id: "CoverTitle",
    name: "Titre de couverture",
    pPr: '<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
    rPr: '<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/>',
  },
  {
    id: "CoverText",
    name: "Texte de couverture",
    pPr: '<w:jc w:val="center"/>',
    rPr: '<w:sz w:val="28"/><w:szCs w:val="28"/>',
  },
  {
    id: "GridTitle",
    name: "Titre de grille",
    pPr: '<w:keepNext/><w:spacing w:after="120"/><w:jc w:val="center"/>',
    rPr: '<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>',
  },
  {
    id: "GridHeader",
    name: "En-tête de grille",
    pPr: '<w:jc w:val="center"/>',
    rPr: '<w:b/><w:bCs/><w:sz w:val="16"/><w:szCs w:val="16"/>',
  },
  { id: "GridText", name: "Texte de grille", rPr: '<w:sz w:val="16"/><w:szCs w:val="16"/>' },
  {
    id: "GridBlock",
    name: "Bloc de grille",
    pPr: "<w:keepNext/>",
    rPr: '<w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
  },
  {
    id: "GridSection",
    name: "Sous-bloc de grille",
    rPr: '<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="16"/><w:szCs w:val="16"/>',
  },
  {
    id: "TableHeading",
    name: "En-tête de tableau",
    rPr: '<w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
  },
  { id: "Legend", name: "Légende", rPr: '<w:sz w:val="16"/><w:szCs w:val="16"/>' },
];

function paragraphStyleXml(s: StyleDef): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}">` +
    `<w:name w:val="${s.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    (s.pPr !== undefined ? `<w:pPr>${s.pPr}</w:pPr>` : "") +
    (s.rPr !== undefined ? `<w:rPr>${s.rPr}</w:rPr>` : "") +
    "</w:style>"
  );
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';

export const STYLES_XML =
  XML_DECLARATION +
  `<w:styles xmlns:w="${W}" xmlns:r="${REL}">` +
  "<w:docDefaults><w:rPrDefault><w:rPr>" +
  '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Calibri" w:cs="Arial"/>' +
  '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/>' +
  "</w:rPr></w:rPrDefault>" +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
  "</w:docDefaults>" +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  `<w:tblPr><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr></w:style>` +
  PARAGRAPH_STYLES.map(paragraphStyleXml).join("") +
  "</w:styles>";

interface BulletDef {
  readonly abstractId: number;
  readonly nsid: string;
  readonly char: string;
  readonly font: string;
  readonly suffix: "tab" | "space";
  readonly left: number;
  readonly hanging: number;
}

/** Private-use code points are how Word stores Symbol/Wingdings glyphs in w:lvlText. */
const BULLETS: readonly BulletDef[] = [
  {
    abstractId: 0,
    nsid: "1A2B3C01",
    char: "\uF0B7",
    font: "Symbol",
    suffix: "tab",
    left: 227,
    hanging: 227,
  },
  {
    abstractId: 1,
    nsid: "1A2B3C02",
    char: "\uF076",
    font: "Wingdings",
    suffix: "space",
    left: 360,
    hanging: 360,
  },
  {
    abstractId: 2,
    nsid: "1A2B3C03",
    char: "\uF075",
    font: "Wingdings",
    suffix: "tab",
    left: 1080,
    hanging: 360,
  },
];

function abstractNumXml(b: BulletDef): string {
  const suff = b.suffix === "space" ? '<w:suff w:val="space"/>' : "";
  return (
    `<w:abstractNum w:abstractNumId="${b.abstractId}"><w:nsid w:val="${b.nsid}"/>` +
    '<w:multiLevelType w:val="singleLevel"/>' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>' +
    `${suff}<w:lvlText w:val="${b.char}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${b.left}" w:hanging="${b.hanging}"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/></w:rPr>` +
    "</w:lvl></w:abstractNum>"
  );
}

export const NUMBERING_XML =
  XML_DECLARATION +
  `<w:numbering xmlns:w="${W}" xmlns:r="${REL}">` +
  BULLETS.map(abstractNumXml).join("") +
  BULLETS.map(
    (b) =>
      `<w:num w:numId="${b.abstractId + 1}"><w:abstractNumId w:val="${b.abstractId}"/></w:num>`,
  ).join("") +
  "</w:numbering>";

export const SETTINGS_XML =
  XML_DECLARATION +
  `<w:settings xmlns:w="${W}" xmlns:r="${REL}">` +
  '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>' +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>' +
  "</w:settings>";

function fontXml(name: string, family: string, pitch: string, charset = "00"): string {
  return `<w:font w:name="${name}"><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
}

export const FONT_TABLE_XML =
  XML_DECLARATION +
  `<w:fonts xmlns:w="${W}" xmlns:r="${REL}">` +
  fontXml("Arial", "swiss", "variable") +
  fontXml("Calibri", "swiss", "variable") +
  fontXml("Times New Roman", "roman", "variable") +
  fontXml("Symbol", "roman", "variable", "02") +
  fontXml("Wingdings", "auto", "variable", "02") +
  "</w:fonts>";

/** Fixed dates keep the bytes identical from one build to the next. */
const CREATED = "2019-11-15T08:00:00Z";

export const CORE_XML =
  XML_DECLARATION +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  "<dc:title>Livret de suivi des PFMP – Bac Pro MCV option B</dc:title>" +
  "<dc:subject>Périodes de formation en milieu professionnel</dc:subject>" +
  "<dc:creator>Lycée professionnel</dc:creator>" +
  "<cp:lastModifiedBy>Lycée professionnel</cp:lastModifiedBy><cp:revision>1</cp:revision>" +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:modified>` +
  "<dc:language>fr-FR</dc:language>" +
  "</cp:coreProperties>";

export const APP_XML =
  XML_DECLARATION +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  "<Template>Normal.dotm</Template><TotalTime>0</TotalTime>" +
  "<Application>livret-pfmp-word template generator</Application><DocSecurity>0</DocSecurity>" +
  "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>" +
  "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>" +
  "</Properties>";
