import { excelSerialToIso, type IsoDate } from "../isoDate";
import { MAX_DATE } from "./yearBounds";

/**
 * Below this a number in a date, month or half-year column is no date serial (it would fall before
 * 18 May 1927): a year typed without a format (`2026`, and `1899` too, which as a serial is 14 March
 * 1905), a count or a typo. Reading it as a date would be a silent wrong guess.
 */
const MIN_DATE_SERIAL = 10000;

/** The date of a number cell read as an Excel serial, or `null` outside 18 May 1927 – 31 December 2100. */
export function dateFromCellNumber(n: number): IsoDate | null {
  if (!(n >= MIN_DATE_SERIAL)) return null;
  const iso = excelSerialToIso(n);
  return iso !== null && iso <= MAX_DATE ? iso : null;
}
