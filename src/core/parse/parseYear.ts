import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import type { ParseResult } from "./result";
import { fail, ok } from "./_lib/outcome";
import { parseKey } from "./_lib/parseKey";
import { isPlausibleYear } from "./_lib/yearBounds";

const YEAR_TEXT = /^'?\s*(\d{4})$/;

/**
 * @name parseYear
 * @summary Reads a year cell (`Nulmeting jaar`, `Streefjaar`, `Jaar`, `Verslagjaar`).
 *
 * @description
 * A whole number or a text of four digits from 1900 to 2100, optionally with Excel's leading apostrophe
 * (`'2028`) and surrounding spaces. Only a cell that *is* a year: `Nulmeting 2023` is invalid, and so is
 * an Excel serial date such as 45658 (it is out of range).
 *
 * @param value - the cell
 * @returns the year, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseYear(2028) //=> { ok: true, value: 2028 }
 * @example
 * parseYear(" '2028 ") //=> { ok: true, value: 2028 }
 * @example
 * parseYear(45658) //=> { ok: false, reason: "invalid", text: "45658" }
 */
export function parseYear(value: CellValue): ParseResult<number> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") return isPlausibleYear(value) ? ok(value) : fail("invalid", value);
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  const match = value.length <= 40 ? YEAR_TEXT.exec(parseKey(value)) : null;
  const year = match ? +match[1] : NaN;
  return isPlausibleYear(year) ? ok(year) : fail("invalid", value);
}
