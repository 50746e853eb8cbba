/**
 * The zip layer lives in `./zip/` (readZip, inflateEntry, writeZip); this module keeps the CRC-32
 * export for older imports.
 */
export { crc32 } from "./zip/crc32";
