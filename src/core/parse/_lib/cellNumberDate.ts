import { excelSerialToIso, type IsoDate } from "../isoDate";
import { isPlausibleYear } from "./yearBounds";

/**
 * The date of a number cell read as an Excel serial, or `null`. Whole numbers 1900–2100 are refused:
 * in a date, month or half-year column they are years typed without a format (2026 would be
 * 1905-07-18 as a serial), and reading them as 1905 dates would be a silent wrong guess.
 */
export function dateFromCellNumber(n: number): IsoDate | null {
  if (isPlausibleYear(n)) return null;
  return excelSerialToIso(n);
}
