import type { BulletStyle } from "./bulletStyle";

/** What every page builder needs to know while one document is being written. */
export interface BuildContext {
  readonly bullets: BulletStyle;
  /**
   * Bookmarks (_GoBack, _Hlk…) are written in the first livret only: bookmark names must be
   * unique in a document (ECMA-376 §17.13.6.2), and Word drops duplicates when files are merged.
   */
  readonly withBookmarks: boolean;
  /** Next free w:id for a bookmark, unique across the document. */
  nextBookmarkId(): number;
}

/** A page: paragraphs and tables as WordprocessingML strings, in order. */
export type Page = readonly string[];
