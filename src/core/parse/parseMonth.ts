import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import { parseDutchDate } from "./parseDutchDate";
import type { ParseResult } from "./result";
import { dateFromCellNumber } from "./_lib/cellNumberDate";
import { monthFromName, MONTH_WORD_SOURCE } from "./_lib/monthNames";
import { fail, ok } from "./_lib/outcome";
import { parseKey } from "./_lib/parseKey";
import { isPlausibleYear } from "./_lib/yearBounds";

/** A calendar month: `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

const NAME_YEAR = new RegExp("^(" + MONTH_WORD_SOURCE + ")\\s*[-/ ]?\\s*'?(\\d{4})$");
const YEAR_NAME = new RegExp("^(\\d{4})\\s*[-/ ]?\\s*(" + MONTH_WORD_SOURCE + ")$");
const YEAR_NUMBER = /^(\d{4})\s*[-/]\s*(\d{1,2})$/;
const NUMBER_YEAR = /^(\d{1,2})\s*[-/]\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-\d{2}$/;
const MAX_LENGTH = 60;

/**
 * @name parseMonth
 * @summary Reads the `Maand` cell of the monthly plan.
 *
 * @description
 * Accepts a month name with a year (`jan 2025`, `januari 2025`, `mrt 2025`, `Sept 2025`, `jan-2025`,
 * `2025 januari`), numeric forms (`2025-01`, `2025/1`, `01-2025`, `1-2025`, `1/2025`), a full date as
 * text (`1 januari 2025`, `2025-01-15`) and an Excel date serial from 10 000 on — each giving the month
 * it falls in. A smaller number is no month (`2025` is a year). Years run from 1900 to 2100.
 *
 * @param value - the cell
 * @returns `{ year, month }`, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseMonth("mrt 2025") //=> { ok: true, value: { year: 2025, month: 3 } }
 * @example
 * parseMonth("2025-01") //=> { ok: true, value: { year: 2025, month: 1 } }
 * @example
 * parseMonth(45658) //=> { ok: true, value: { year: 2025, month: 1 } }
 */
export function parseMonth(value: CellValue): ParseResult<YearMonth> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") {
    const iso = dateFromCellNumber(value);
    const month = iso === null ? null : fromIso(iso);
    return month === null ? fail("invalid", value) : ok(month);
  }
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  if (value.length > MAX_LENGTH) return fail("invalid", value);
  let month = monthFromText(parseKey(value));
  if (month === null) {
    const date = parseDutchDate(value);
    if (date.ok) month = fromIso(date.value);
  }
  return month === null ? fail("invalid", value) : ok(month);
}

function monthFromText(key: string): YearMonth | null {
  let m = NAME_YEAR.exec(key);
  if (m) return build(+m[2], monthFromName(m[1]));
  m = YEAR_NAME.exec(key);
  if (m) return build(+m[1], monthFromName(m[2]));
  m = YEAR_NUMBER.exec(key);
  if (m) return build(+m[1], +m[2]);
  m = NUMBER_YEAR.exec(key);
  if (m) return build(+m[2], +m[1]);
  return null;
}

function fromIso(iso: string): YearMonth | null {
  const m = ISO_DATE.exec(iso);
  return m ? build(+m[1], +m[2]) : null;
}

function build(year: number, month: number): YearMonth | null {
  return isPlausibleYear(year) && month >= 1 && month <= 12 ? { year, month } : null;
}
