/**
 * Why a file could not be read as a workbook. Each kind has its own Dutch and English message in the
 * command line (`src/cli/xlsxMessages.ts`); `part` names the package part for a broken one.
 */
export type XlsxProblem =
  | "encrypted" // an OLE compound file holding an EncryptedPackage: a password-protected workbook
  | "xls" // an OLE compound file holding a Workbook stream: the old binary format
  | "ole" // any other OLE compound file (a Word .doc, an .msg …)
  | "not-zip" // no zip structure at all
  | "xlsb" // a zip with a binary workbook
  | "ods" // an OpenDocument spreadsheet
  | "no-workbook" // a zip without a workbook part (a .docx, a zip of photos …)
  | "zip64" // a zip that needs zip64 extensions (over 4 GB or 65 535 entries)
  | "encrypted-entry" // a zip entry encrypted with a zip password
  | "too-large" // beyond the limits on entries, sizes or compression ratio
  | "broken"; // a part that cannot be read: truncated, wrong checksum, malformed XML …

export class XlsxError extends Error {
  /** The worksheet whose part is broken, when it is one: a name the user knows. */
  sheet?: string;

  constructor(
    readonly problem: XlsxProblem,
    /** The package part concerned, e.g. `xl/worksheets/sheet2.xml`. */
    readonly part?: string,
    /** A short technical reason, for tests and debugging; never shown to the user on its own. */
    readonly detail?: string,
  ) {
    super(`${problem}${part ? ` (${part})` : ""}${detail ? `: ${detail}` : ""}`);
  }
}
