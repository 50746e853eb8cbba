/**
 * Escapes text for an XML text node or a double-quoted attribute value (XML 1.0 §2.4, §3.1).
 * Characters not allowed in XML 1.0 are dropped rather than written, so the part stays well-formed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The XML declaration Word writes at the top of every part. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
