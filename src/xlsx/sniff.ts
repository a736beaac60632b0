import { XlsxError } from "./errors";
import { isZip } from "./zip";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE form of `name` occurs in the bytes (OLE directory entries are UTF-16LE). */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Names what a file is when it is not a zip: a password-protected workbook (Office wraps it in an OLE
 * compound file with an `EncryptedPackage` stream), an old .xls (a `Workbook` or `Book` stream), another OLE
 * file, a truncated zip, or something else. Returns quietly for a zip.
 */
export function sniffContainer(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    if (holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo")) throw new XlsxError("encrypted");
    if (holdsUtf16(bytes, "Workbook") || holdsUtf16(bytes, "Book")) throw new XlsxError("xls");
    throw new XlsxError("ole");
  }
  if (isZip(bytes)) return;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new XlsxError("broken", undefined, "zip without its central directory (truncated?)");
  throw new XlsxError("not-zip");
}
