import { daysFromCivil, isoFromDays, isValidYmd } from "./_lib/calendar";
import { MAX_DATE, MIN_DATE } from "./_lib/yearBounds";

/** A calendar date as `YYYY-MM-DD` (years 0001–9999). Compare two with `<`; they sort as text. */
export type IsoDate = string;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day number (since 1970-01-01) of Excel's serial 0 in the 1900 system for serials ≥ 61 (1899-12-30). */
const EXCEL_EPOCH_DAYS = -25569;
const FIRST_REAL_LEAP_GAP = 61;
const MAX_EXCEL_SERIAL = 2958465;
const MARCH_1_1900 = daysFromCivil(1900, 3, 1);
const JANUARY_1_1900 = daysFromCivil(1900, 1, 1);

/**
 * @name isValidIso
 * @summary Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isValidIso("2024-02-29") //=> true
 * @example
 * isValidIso("2025-02-29") //=> false
 * @example
 * isValidIso("2025-7-1") //=> false
 */
export function isValidIso(iso: IsoDate): boolean {
  return !Number.isNaN(isoToDays(iso));
}

/**
 * @name isDateInBounds
 * @summary Whether a value is a real calendar date written `YYYY-MM-DD` in the years 1900–2100, the
 * years a workbook of this kind can sensibly hold (as every date parser here requires).
 *
 * @example
 * isDateInBounds("2025-06-15") //=> true
 * @example
 * isDateInBounds("1899-12-31") //=> false
 */
export function isDateInBounds(iso: IsoDate): boolean {
  return isValidIso(iso) && iso >= MIN_DATE && iso <= MAX_DATE;
}

/**
 * @name excelSerialToIso
 * @summary The date of an Excel serial number (1900 date system).
 *
 * @description
 * Serial 1 is 1900-01-01 and 45658 is 2025-01-01. Serial 60 is Excel's fictitious 29 February 1900 and
 * gives `null`, as do serials below 1 or above 2958465 (9999-12-31) and non-numbers. A time fraction is
 * dropped: the date part is returned.
 *
 * @example
 * excelSerialToIso(45658) //=> "2025-01-01"
 * @example
 * excelSerialToIso(45839.75) //=> "2025-07-01"
 * @example
 * excelSerialToIso(60) //=> null
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return null;
  const offset = whole >= FIRST_REAL_LEAP_GAP ? EXCEL_EPOCH_DAYS : EXCEL_EPOCH_DAYS + 1;
  return isoFromDays(whole + offset);
}

/**
 * @name isoToExcelSerial
 * @summary The Excel serial number (1900 date system) of a date; `NaN` for an invalid date or one
 * before 1900-01-01.
 *
 * @example
 * isoToExcelSerial("2025-01-01") //=> 45658
 * @example
 * isoToExcelSerial("1900-03-01") //=> 61
 * @example
 * isoToExcelSerial("1899-12-31") //=> NaN
 */
export function isoToExcelSerial(iso: IsoDate): number {
  const days = isoToDays(iso);
  if (days >= MARCH_1_1900) return days - EXCEL_EPOCH_DAYS;
  if (days >= JANUARY_1_1900) return days - EXCEL_EPOCH_DAYS - 1;
  return NaN;
}

/**
 * @name addDays
 * @summary The date `n` days later (earlier for negative `n`); `null` for an invalid date, a non-finite
 * `n` or a result outside 0001–9999. A fractional `n` is truncated.
 *
 * @example
 * addDays("2024-12-31", 1) //=> "2025-01-01"
 * @example
 * addDays("2025-03-01", -1) //=> "2025-02-28"
 */
export function addDays(iso: IsoDate, n: number): IsoDate | null {
  const days = isoToDays(iso);
  if (days !== days || typeof n !== "number" || !Number.isFinite(n)) return null;
  return isoFromDays(days + Math.trunc(n));
}

/**
 * @name daysBetween
 * @summary Whole days from `a` to `b` (positive when `b` is later); `NaN` when either is invalid.
 *
 * @example
 * daysBetween("2025-01-01", "2025-07-01") //=> 181
 * @example
 * daysBetween("2025-07-01", "2025-01-01") //=> -181
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDays(b) - isoToDays(a);
}

function isoToDays(iso: IsoDate): number {
  if (typeof iso !== "string") return NaN;
  const match = ISO_SHAPE.exec(iso);
  if (!match) return NaN;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  return isValidYmd(year, month, day) ? daysFromCivil(year, month, day) : NaN;
}
