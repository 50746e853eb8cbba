/**
 * Word saves a password-protected .docx not as a zip but as an OLE compound file ([MS-CFB]) holding
 * the streams "EncryptionInfo" and "EncryptedPackage" ([MS-OFFCRYPTO] §2.3.4.1); a Word 97–2003
 * .doc is a compound file too. Both start with the CFB signature D0 CF 11 E0 A1 B1 1A E1
 * ([MS-CFB] §2.2). Directory entry names are UTF-16LE.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  outer: for (
    let i = haystack.indexOf(first);
    i >= 0 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** "encrypted" (an encrypted OOXML package), "legacy" (another compound file) or null. */
export function describeCompoundFile(bytes: Uint8Array): "encrypted" | "legacy" | null {
  if (bytes.length < CFB_MAGIC.length || CFB_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  return contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted" : "legacy";
}
