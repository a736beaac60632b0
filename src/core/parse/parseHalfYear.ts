import { isBlank, type CellValue } from "../cell";
import { halfYearOfIso, type HalfYear } from "./halfYear";
import { isPlaceholder } from "./isPlaceholder";
import type { ParseResult } from "./result";
import { dateFromCellNumber } from "./_lib/cellNumberDate";
import { monthFromName, MONTH_WORD_SOURCE } from "./_lib/monthNames";
import { fail, ok } from "./_lib/outcome";
import { parseKey } from "./_lib/parseKey";
import { isPlausibleYear } from "./_lib/yearBounds";

const ORDINAL = "(eerste|tweede|1e|2e|1ste|2de|1|2)";
const HALF_WORD = "(?:helft|halfjaar|half jaar|hj)";
const YEAR_H = /^(\d{4})\s*[-/ ]?\s*h([12])$/;
const H_YEAR = /^h([12])\s*[-/ ]?\s*(\d{4})$/;
const ORDINAL_YEAR = new RegExp("^(?:de |het )?" + ORDINAL + "\\s*" + HALF_WORD + "\\s+(?:van\\s+)?(?:het jaar\\s+)?(\\d{4})$");
const YEAR_ORDINAL = new RegExp("^(\\d{4}),?\\s+" + ORDINAL + "\\s*" + HALF_WORD + "$");
const MONTH_SPAN = new RegExp(
  "^(" + MONTH_WORD_SOURCE + ")\\s*(?:-|t/m|tot en met|tot)\\s*(" + MONTH_WORD_SOURCE + ")\\s+(?:van\\s+)?(\\d{4})$",
);
const MAX_LENGTH = 60;

/**
 * @name parseHalfYear
 * @summary Reads a `Periode` cell of the quota table: one half-year.
 *
 * @description
 * Accepts `2024-H2`, `2024 H2`, `H2 2024`, `H2-2024`, `2e helft 2024`, `2de helft 2024`,
 * `1ste helft 2022`, `tweede helft (van) 2024`, `1e halfjaar 2024`, `2024 2e helft`, the month spans
 * `juli-december 2024`, `jul-dec 2024`, `januari - juni 2025`, `jan t/m jun 2025`, and an Excel date
 * serial from 10 000 on (the half-year its date falls in). A smaller number is no half-year: `2024` is a
 * year and `1` is not "eerste helft 1900". Years run from 1900 to 2100.
 *
 * @param value - the cell
 * @returns the half-year, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseHalfYear("tweede helft 2024") //=> { ok: true, value: { year: 2024, half: 2 } }
 * @example
 * parseHalfYear("jan-jun 2025") //=> { ok: true, value: { year: 2025, half: 1 } }
 * @example
 * parseHalfYear("2024") //=> { ok: false, reason: "invalid", text: "2024" }
 */
export function parseHalfYear(value: CellValue): ParseResult<HalfYear> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") {
    const iso = dateFromCellNumber(value);
    const half = iso === null ? null : halfYearOfIso(iso);
    return half !== null && isPlausibleYear(half.year) ? ok(half) : fail("invalid", value);
  }
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  if (value.length > MAX_LENGTH) return fail("invalid", value);
  const half = halfYearFromText(parseKey(value));
  return half === null ? fail("invalid", value) : ok(half);
}

function halfYearFromText(key: string): HalfYear | null {
  let m = YEAR_H.exec(key);
  if (m) return build(+m[1], m[2] === "1" ? 1 : 2);
  m = H_YEAR.exec(key);
  if (m) return build(+m[2], m[1] === "1" ? 1 : 2);
  m = ORDINAL_YEAR.exec(key);
  if (m) return build(+m[2], halfOfOrdinal(m[1]));
  m = YEAR_ORDINAL.exec(key);
  if (m) return build(+m[1], halfOfOrdinal(m[2]));
  m = MONTH_SPAN.exec(key);
  if (m) {
    const from = monthFromName(m[1]);
    const to = monthFromName(m[2]);
    if (from === 1 && to === 6) return build(+m[3], 1);
    if (from === 7 && to === 12) return build(+m[3], 2);
  }
  return null;
}

function halfOfOrdinal(ordinal: string): 1 | 2 {
  return ordinal === "eerste" || ordinal.startsWith("1") ? 1 : 2;
}

function build(year: number, half: 1 | 2): HalfYear | null {
  return isPlausibleYear(year) ? { year, half } : null;
}
