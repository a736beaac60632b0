import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import type { ParseResult } from "./result";
import { fail, ok } from "./_lib/outcome";
import { parseKey } from "./_lib/parseKey";
import { APPROX_SOURCE, plainNumberString, UNIT_WORDS_SOURCE, UNSIGNED_NUMBER_SOURCE } from "./_lib/numberPatterns";
import { classifyUnit } from "./_lib/unitWords";

/** A number read from a cell, with what the text said about it. */
export interface DutchNumber {
  /** The value; a percentage as a fraction (`7,9%` → 0.079), as Excel stores it. */
  value: number;
  percent: boolean;
  /** Typed with `ca.`, `circa`, `±`, `+/-`, `ongeveer`. */
  approx: boolean;
  /** Typed with `€`, `EUR`, `euro` or `,-`. */
  currency: boolean;
}

const NUMBER_TEXT = new RegExp(
  "^(" + APPROX_SOURCE + "\\s*)?" +
    "(€\\s*|eur\\.?\\s*|euro\\s+)?" +
    "([-+])?" +
    "(€\\s*)?" +
    "(" + UNSIGNED_NUMBER_SOURCE + ")" +
    "(,-{1,2}|,=)?" +
    "\\s*(%|procent\\b|pct\\b\\.?)?" +
    "(\\s*€)?" +
    "(" + UNIT_WORDS_SOURCE + ")?$",
  "u",
);
const MAX_LENGTH = 100;

/**
 * @name parseDutchNumber
 * @summary Reads a number as a Dutch person types it.
 *
 * @description
 * A finite number cell passes through. Text may use a dot for thousands and a comma for decimals
 * (`1.234,5`); a dot not followed by groups of exactly three digits is read as a decimal point (`1.5`,
 * `0.079`), a lone comma as the decimal comma (`1,234` → 1.234). Accepted around the number: a sign
 * (`-`, `−`, `+`), `ca.`/`circa`/`±`/`+/-`/`ongeveer` (approx), `€`/`EUR`/`euro`/`,-` (currency), `%` or
 * `procent` (the value becomes a fraction) and trailing unit words (`140 won.`). Words that change the
 * meaning (`of meer`, `miljoen`, `maximaal` …) and texts with two numbers (`10-20`, `3 en 4`) are invalid;
 * ranges are {@link parseCountOrRange}'s job.
 *
 * @param value - the cell
 * @returns the number, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseDutchNumber("7,9%") //=> { ok: true, value: { value: 0.079, percent: true, approx: false, currency: false } }
 * @example
 * parseDutchNumber("€ 20.000,-") //=> { ok: true, value: { value: 20000, percent: false, approx: false, currency: true } }
 * @example
 * parseDutchNumber("ca. 140 won.") //=> { ok: true, value: { value: 140, percent: false, approx: true, currency: false } }
 * @example
 * parseDutchNumber("10-20") //=> { ok: false, reason: "invalid", text: "10-20" }
 */
export function parseDutchNumber(value: CellValue): ParseResult<DutchNumber> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok(plain(value === 0 ? 0 : value)) : fail("invalid", value);
  }
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  if (value.length > MAX_LENGTH) return fail("invalid", value);

  const match = NUMBER_TEXT.exec(parseKey(value));
  if (!match) return fail("invalid", value);
  const [, approx, currencyBefore, sign, currencyAfterSign, digits, wholeEuros, percentSign, currencyAfter, unit] = match;
  const unitKind = classifyUnit(unit);
  if (unitKind === "qualifier") return fail("invalid", value);
  if (wholeEuros && digits.includes(",")) return fail("invalid", value);
  const currency = Boolean(currencyBefore || currencyAfterSign || currencyAfter || wholeEuros) || unitKind === "currency";
  const percent = Boolean(percentSign);
  if (percent && currency) return fail("invalid", value);

  const literal = (sign === "-" ? "-" : "") + plainNumberString(digits) + (percent ? "e-2" : "");
  const number = Number(literal);
  if (!Number.isFinite(number)) return fail("invalid", value);
  return ok({ value: number === 0 ? 0 : number, percent, approx: Boolean(approx), currency });
}

function plain(value: number): DutchNumber {
  return { value, percent: false, approx: false, currency: false };
}
