/**
 * Limits on what a .docx may hold, checked on the sizes declared in the central directory before
 * anything is inflated, and again on the bytes actually inflated (a zip may lie about its sizes).
 * A real livret's `word/document.xml` is under 1 MB (the template: 0.44 MB, ratio 24:1); a class
 * file of 60 pupils is under 30 MB. README "Limits" documents them.
 */
export const ZIP_LIMITS = {
  /**
   * Uncompressed size of one part: a 60-pupil class file's document.xml is about 26 MB, and the
   * XML tree costs ~75 bytes of heap per byte (30 pupils: 13 MB, 1 GB resident).
   */
  maxPartBytes: 32 * 1024 * 1024,
  /** Uncompressed size of all parts together. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Number of entries (zip64 archives may declare more than 65,535; real .docx hold ~20). */
  maxEntries: 200_000,
  /**
   * Uncompressed/compressed ratio of one part, checked only above `ratioFloorBytes`: Word's XML
   * deflates about 10–30:1; deflate cannot exceed ~1032:1, which is what bombs use.
   */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const;

export type ZipLimits = { readonly [K in keyof typeof ZIP_LIMITS]: number };
