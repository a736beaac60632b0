import { inflateRawSync } from "node:zlib";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { XlsxError } from "../xlsx/errors";
import { readXlsx, readXlsxSheets } from "../xlsx/readXlsx";
import type { InflateRaw } from "../xlsx/zip";
import { readInputFile } from "./fileAccess";
import { xlsxProblemMessage } from "./xlsxMessages";

/**
 * zlib's raw inflate, stopped one byte past the declared size so a lying entry cannot balloon. The output
 * buffer is the declared size (plus that byte): zlib's default 16 KB pieces are joined into a second copy
 * at the end, which doubled the memory a 40 MB worksheet needs while it is read.
 */
export const nodeInflateRaw: InflateRaw = (data, expectedSize) => {
  const limit = Math.max(1, expectedSize + 1);
  return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit) });
};

/** Reads workbook bytes into a snapshot; what is not a readable workbook becomes a CliError naming the problem. */
export function snapshotOfBytes(bytes: Uint8Array, file: string): WorkbookSnapshot {
  try {
    return readXlsx(bytes, { inflateRaw: nodeInflateRaw });
  } catch (error) {
    if (error instanceof XlsxError) throw xlsxProblemMessage(error, file);
    throw error;
  }
}

/** `snapshotOfBytes` one sheet at a time (see `readXlsxSheets`): each sheet goes to `onSheet` and is not kept. */
export function sheetsOfBytes(bytes: Uint8Array, file: string, onSheet: (sheet: SheetSnapshot) => void): Omit<WorkbookSnapshot, "sheets"> {
  try {
    return readXlsxSheets(bytes, { inflateRaw: nodeInflateRaw }, onSheet);
  } catch (error) {
    if (error instanceof XlsxError) throw xlsxProblemMessage(error, file);
    throw error;
  }
}

/**
 * Reads an .xlsx file into a snapshot with the project's own reader (no file library): only regular files,
 * bounded in size, with a Dutch message for anything that is not a readable workbook. `bytes` are kept for
 * commands that copy the package.
 */
export async function readWorkbookFile(path: string): Promise<{ snapshot: WorkbookSnapshot; bytes: Uint8Array }> {
  const bytes = readInputFile(path);
  return { snapshot: snapshotOfBytes(bytes, path), bytes };
}
