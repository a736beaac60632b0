import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import type { IsoDate } from "./isoDate";
import type { ParseResult } from "./result";
import { daysFromCivil, formatYmd } from "./_lib/calendar";
import { dateFromCellNumber } from "./_lib/cellNumberDate";
import { monthFromName, MONTH_WORD_SOURCE } from "./_lib/monthNames";
import { fail, ok } from "./_lib/outcome";
import { isPlausibleYear } from "./_lib/yearBounds";
import { parseKey } from "./_lib/parseKey";
import { WEEKDAY_SOURCE, weekdayFromName, weekdayOfDays } from "./_lib/weekdays";

/** An optional time after the date; its fields are captured so that `25:99` is refused, not dropped. */
const TIME = "(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:z|[+-](\\d{2}):?(\\d{2}))?)?";
const WEEKDAY_PREFIX = "(?:(" + WEEKDAY_SOURCE + ")\\.?,?\\s+)?";
const YEAR_FIRST = new RegExp("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME + "$");
const DAY_FIRST = new RegExp("^" + WEEKDAY_PREFIX + "(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4})" + TIME + "$");
const DAY_MONTH_NAME = new RegExp(
  "^" + WEEKDAY_PREFIX + "(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?:\\s*-\\s*|\\s+)(" + MONTH_WORD_SOURCE + ")(?:\\s*-\\s*|,?\\s+)(\\d{4})$",
);
const MONTH_NAME_DAY = new RegExp(
  "^" + WEEKDAY_PREFIX + "(" + MONTH_WORD_SOURCE + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$",
);
const MAX_LENGTH = 60;

/**
 * @name parseDutchDate
 * @summary Reads a date cell: an Excel serial number or a date typed as text.
 *
 * @description
 * Numbers are Excel serials (1900 system; a time fraction is dropped) from 10 000 (18 May 1927) to
 * 31 December 2100; a smaller number is a year typed into a date column (`2026`, `1899`), a count or a
 * typo, never a date in 1900–1927. Text forms: `1 juli 2025`, `1 jul. 2025`,
 * `01-jul-2025`, `01-07-2025`, `1-7-2025`, `1/7/2025`, `1.7.2025` (always day first), `2025-07-01`
 * (optionally with a time), `July 1, 2025`, each optionally after a weekday (`di 1 juli 2025`), which must
 * then be right. Month names are Dutch or English, full or abbreviated (`mrt`, `okt`, `sept`). The
 * calendar is checked (`31-02-2025` is invalid), and so is a time after the date (`01-07-2025 25:99` is
 * invalid); two-digit years are not accepted; years run from 1900 to 2100.
 *
 * @param value - the cell
 * @returns the date as `YYYY-MM-DD`, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseDutchDate("1 juli 2025") //=> { ok: true, value: "2025-07-01" }
 * @example
 * parseDutchDate(45658) //=> { ok: true, value: "2025-01-01" }
 * @example
 * parseDutchDate("31-02-2025") //=> { ok: false, reason: "invalid", text: "31-02-2025" }
 */
export function parseDutchDate(value: CellValue): ParseResult<IsoDate> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") {
    const iso = dateFromCellNumber(value);
    return iso === null ? fail("invalid", value) : ok(iso);
  }
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  if (value.length > MAX_LENGTH) return fail("invalid", value);
  const iso = isoFromDateText(parseKey(value));
  return iso === null ? fail("invalid", value) : ok(iso);
}

function isoFromDateText(key: string): IsoDate | null {
  let m = YEAR_FIRST.exec(key);
  if (m) return validTime(m, 5) ? checkedIso(+m[1], +m[3], +m[4], undefined) : null;
  m = DAY_FIRST.exec(key);
  if (m) return validTime(m, 6) ? checkedIso(+m[5], +m[4], +m[2], m[1]) : null;
  m = DAY_MONTH_NAME.exec(key);
  if (m) return checkedIso(+m[4], monthFromName(m[3]), +m[2], m[1]);
  m = MONTH_NAME_DAY.exec(key);
  if (m) return checkedIso(+m[4], monthFromName(m[2]), +m[3], m[1]);
  return null;
}

/** Hours 0–23, minutes and seconds 0–59, a zone offset up to ±14:59; absent fields are fine. */
function validTime(m: RegExpExecArray, first: number): boolean {
  const [hours, minutes, seconds, zoneHours, zoneMinutes] = m.slice(first, first + 5);
  if (hours !== undefined && (+hours > 23 || +minutes > 59)) return false;
  if (seconds !== undefined && +seconds > 59) return false;
  return zoneHours === undefined || (+zoneHours <= 14 && +zoneMinutes <= 59);
}

function checkedIso(year: number, month: number, day: number, weekday: string | undefined): IsoDate | null {
  if (!isPlausibleYear(year)) return null;
  const iso = formatYmd(year, month, day);
  if (iso === null || weekday === undefined) return iso;
  return weekdayFromName(weekday) === weekdayOfDays(daysFromCivil(year, month, day)) ? iso : null;
}
