// Loaded on demand (its own chunk): the .xlsx reader and a pure-JS inflate, for the returns the user picks.
import { inflateSync } from "fflate";
import { xlsxProblemMessage } from "../../../cli/xlsxMessages";
import type { Localized } from "../../../core/rules/types";
import type { WorkbookSnapshot } from "../../../core/snapshot";
import { XlsxError } from "../../../xlsx/errors";
import { readXlsx } from "../../../xlsx/readXlsx";
import type { InflateRaw } from "../../../xlsx/zip";

/** Inflates into a buffer one byte larger than declared, so a part that lies about its size cannot balloon. */
const inflateRaw: InflateRaw = (data, expectedSize) => inflateSync(data, { out: new Uint8Array(Math.max(1, expectedSize + 1)) });

export type ReadReturn = { ok: true; file: string; snapshot: WorkbookSnapshot } | { ok: false; file: string; message: Localized };

/** Reads a return's bytes in the browser; what is no readable workbook gets the same message as on the command line. */
export function readReturnBytes(bytes: Uint8Array, file: string): ReadReturn {
  try {
    return { ok: true, file, snapshot: readXlsx(bytes, { inflateRaw }) };
  } catch (error) {
    if (error instanceof XlsxError) {
      const message = xlsxProblemMessage(error, file);
      return { ok: false, file, message: { nl: message.nl, en: message.en } };
    }
    throw error;
  }
}
