import { inflateRawSync } from "node:zlib";
import type { WorkbookSnapshot } from "../core/snapshot";
import { XlsxError } from "../xlsx/errors";
import { readXlsx } from "../xlsx/readXlsx";
import type { InflateRaw } from "../xlsx/zip";
import { readInputFile } from "./fileAccess";
import { xlsxProblemMessage } from "./xlsxMessages";

/** zlib's raw inflate, stopped one byte past the declared size so a lying entry cannot balloon. */
export const nodeInflateRaw: InflateRaw = (data, expectedSize) => inflateRawSync(data, { maxOutputLength: Math.max(1, expectedSize + 1) });

/** Reads workbook bytes into a snapshot; what is not a readable workbook becomes a CliError naming the problem. */
export function snapshotOfBytes(bytes: Uint8Array, file: string): WorkbookSnapshot {
  try {
    return readXlsx(bytes, { inflateRaw: nodeInflateRaw });
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
