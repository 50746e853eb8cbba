import { zipSync } from "fflate";
import { attestationPage } from "./attestationPage";
import type { BuildContext, Page } from "./buildContext";
import type { BulletStyle } from "./bulletStyle";
import { terminaleCoverPage } from "./coverPages";
import { fichePage } from "./fichePage";
import { introPages } from "./introPages";
import {
  APP_XML,
  CONTENT_TYPES_XML,
  CORE_XML,
  DOCUMENT_RELS_XML,
  FONT_TABLE_XML,
  NUMBERING_XML,
  ROOT_RELS_XML,
  SETTINGS_XML,
  STYLES_XML,
  documentXml,
} from "./packageParts";
import type { Orientation } from "./wml";
import { paraXml, sectPrXml } from "./wml";
import { yearGridPages } from "./yearGridPages";

export interface BuildLivretOptions {
  /** Number of whole livrets one after another (a class merged into one file). Default 1. */
  readonly copies?: number;
  /** "numbering" (default, as Word does) or "literal" ("· " typed into the labels). */
  readonly bullets?: BulletStyle;
}

interface Section {
  readonly orientation: Orientation;
  readonly pages: readonly Page[];
}

/** The livret's sections: portrait text pages, landscape grids, as in the seed. */
function livretSections(ctx: BuildContext): Section[] {
  return [
    { orientation: "portrait", pages: introPages(ctx) },
    { orientation: "landscape", pages: yearGridPages("premiere", ctx) },
    { orientation: "portrait", pages: [attestationPage("premiere"), terminaleCoverPage()] },
    { orientation: "landscape", pages: yearGridPages("terminale", ctx) },
    { orientation: "portrait", pages: [attestationPage("terminale"), fichePage()] },
  ];
}

const PAGE_BREAK = paraXml({ pageBreak: true });

function bodyXml(sections: readonly Section[]): string {
  return sections
    .map((section, i) => {
      const content = section.pages.map((page) => page.join("")).join(PAGE_BREAK);
      const sectPr = sectPrXml(section.orientation);
      // A section's properties live in the pPr of its last paragraph, except the last section
      // whose w:sectPr is the body's last child (ECMA-376 §17.6.17).
      return i < sections.length - 1 ? content + paraXml({ sectPr }) : content + sectPr;
    })
    .join("");
}

/**
 * zip entries keep this order ([Content_Types].xml first, as Word writes it). The DOS timestamp
 * is built from local-time fields because fflate encodes it with local-time getters: the bytes
 * are then the same in every time zone.
 */
const FIXED_MTIME = new Date(2019, 10, 15, 8, 0, 0);

export function buildLivretDocx(options: BuildLivretOptions = {}): Uint8Array {
  const copies = options.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be ≥ 1, got ${copies}`);
  let bookmarkId = 0;
  const sections: Section[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const ctx: BuildContext = {
      bullets: options.bullets ?? "numbering",
      withBookmarks: copy === 0,
      nextBookmarkId: () => bookmarkId++,
    };
    sections.push(...livretSections(ctx));
  }
  const enc = new TextEncoder();
  const part = (xml: string): Uint8Array => enc.encode(xml);
  return zipSync(
    {
      "[Content_Types].xml": part(CONTENT_TYPES_XML),
      "_rels/.rels": part(ROOT_RELS_XML),
      "word/document.xml": part(documentXml(bodyXml(sections))),
      "word/_rels/document.xml.rels": part(DOCUMENT_RELS_XML),
      "word/styles.xml": part(STYLES_XML),
      "word/numbering.xml": part(NUMBERING_XML),
      "word/settings.xml": part(SETTINGS_XML),
      "word/fontTable.xml": part(FONT_TABLE_XML),
      "docProps/core.xml": part(CORE_XML),
      "docProps/app.xml": part(APP_XML),
    },
    { level: 6, mtime: FIXED_MTIME },
  );
}
