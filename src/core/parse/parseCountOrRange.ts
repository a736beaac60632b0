import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import { parseDutchNumber } from "./parseDutchNumber";
import type { ParseResult } from "./result";
import { fail, ok } from "./_lib/outcome";
import { parseKey } from "./_lib/parseKey";
import { APPROX_SOURCE, plainNumberString, UNIT_WORDS_SOURCE, UNSIGNED_NUMBER_SOURCE } from "./_lib/numberPatterns";
import { classifyUnit } from "./_lib/unitWords";

/** A count that may be a range; a plain number has `min === max`. */
export interface CountOrRange {
  min: number;
  max: number;
  approx: boolean;
}

const NUM = "(" + UNSIGNED_NUMBER_SOURCE + ")";
const RANGE_TEXT = new RegExp(
  "^(" + APPROX_SOURCE + "\\s*)?" +
    "(?:tussen\\s+(?:de\\s+)?" + NUM + "\\s+en\\s+" + NUM +
    "|(?:van\\s+)?" + NUM + "(?:\\s*-\\s*|\\s+(?:tot(?:\\s+en\\s+met)?|t\\/m|a)\\s+)" + NUM + ")" +
    "(" + UNIT_WORDS_SOURCE + ")?$",
  "u",
);
const MAX_LENGTH = 100;

/**
 * @name parseCountOrRange
 * @summary Reads a count such as the monthly plan's `Aantal`: a number, a range, or `-` for none.
 *
 * @description
 * Ranges: `10-20`, `10 - 20`, `10 tot 20`, `10 t/m 20`, `10 à 20`, `tussen de 10 en 20`, `van 10 tot 20`,
 * optionally with `ca.` before and unit words after. A lone dash (`-`, `–`, `—`) means 0, as in the
 * seed's 2025 plan. Single numbers are read by {@link parseDutchNumber}. Counts are whole: a fraction
 * (`54.81`, `1,5-2,5`), a percentage or an amount of money is invalid, as is a range whose minimum
 * exceeds its maximum.
 *
 * @param value - the cell
 * @returns `{ min, max, approx }`, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseCountOrRange("10-20") //=> { ok: true, value: { min: 10, max: 20, approx: false } }
 * @example
 * parseCountOrRange("tussen de 10 en 20") //=> { ok: true, value: { min: 10, max: 20, approx: false } }
 * @example
 * parseCountOrRange("-") //=> { ok: true, value: { min: 0, max: 0, approx: false } }
 * @example
 * parseCountOrRange("ca. 8") //=> { ok: true, value: { min: 8, max: 8, approx: true } }
 * @example
 * parseCountOrRange("54.81") //=> { ok: false, reason: "invalid", text: "54.81" }
 */
export function parseCountOrRange(value: CellValue): ParseResult<CountOrRange> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "string") {
    if (value.length > MAX_LENGTH) return fail("invalid", value);
    const key = parseKey(value);
    if (key === "-") return ok({ min: 0, max: 0, approx: false });
    if (isPlaceholder(value)) return fail("placeholder", value);
    const range = RANGE_TEXT.exec(key);
    if (range) return rangeResult(range, value);
  }
  const single = parseDutchNumber(value);
  if (!single.ok) return single;
  const { value: n, percent, currency, approx } = single.value;
  if (percent || currency || !Number.isInteger(n)) return fail("invalid", value);
  return ok({ min: n, max: n, approx });
}

function rangeResult(match: RegExpExecArray, value: CellValue): ParseResult<CountOrRange> {
  const [, approx, betweenLow, betweenHigh, low, high, unit] = match;
  const kind = classifyUnit(unit);
  if (kind === "qualifier" || kind === "currency") return fail("invalid", value);
  const min = Number(plainNumberString(betweenLow ?? low));
  const max = Number(plainNumberString(betweenHigh ?? high));
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) return fail("invalid", value);
  return ok({ min, max, approx: Boolean(approx) });
}
