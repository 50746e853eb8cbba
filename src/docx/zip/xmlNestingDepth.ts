/**
 * Element nesting depth of an XML text, found by a linear scan of its markup (comments, CDATA,
 * processing instructions and quoted attribute values skipped; XML 1.0 §2.4–2.8, §3.1), stopping
 * as soon as `limit` is passed. Run before parsing so that no recursive walk of the tree (the
 * parser's, the model's) ever meets thousands of nested `w:tbl`, `w:sdt`, `w:customXml` or
 * `w:hyperlink` (issue 7 §5) and overflows the stack.
 */
export function xmlNestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let at = text.indexOf("<");
  while (at >= 0 && at < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) {
      const close = text.startsWith("<!--", at)
        ? text.indexOf("-->", at + 4) + 3
        : text.startsWith("<![CDATA[", at)
          ? text.indexOf("]]>", at + 9) + 3
          : text.indexOf(">", at + 2) + 1;
      if (close <= 0) break;
      at = text.indexOf("<", close);
      continue;
    }
    if (next === 0x3f /* ? */) {
      const close = text.indexOf("?>", at + 2);
      if (close < 0) break;
      at = text.indexOf("<", close + 2);
      continue;
    }
    if (next === 0x2f /* / */) {
      depth--;
      at = text.indexOf("<", at + 2);
      continue;
    }
    // A start or empty-element tag: find its end outside quoted attribute values.
    let i = at + 1;
    let quote = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e /* > */) break;
    }
    const empty = text.charCodeAt(i - 1) === 0x2f;
    if (!empty) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    }
    at = text.indexOf("<", i + 1);
  }
  return max;
}
