import type { CellValue } from "../cell";
import { parseDutchNumber, type DutchNumber } from "./parseDutchNumber";
import type { ParseResult } from "./result";
import { fail } from "./_lib/outcome";

/**
 * @name parseWholeNumber
 * @summary Reads a count or balance (`Taakstelling`, `Gehuisvest`, `Saldo`, `Gerealiseerd`): a whole number.
 *
 * @description
 * As {@link parseDutchNumber} (`1.234`, `ca. 40`, `-32`), but a fraction, a percentage or an amount of
 * money is no count: `54.81`, `54,8`, `5%` and `€ 40` are invalid. A number cell must be whole too.
 *
 * @param value - the cell
 * @returns the number, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parseWholeNumber("1.234") //=> { ok: true, value: { value: 1234, percent: false, approx: false, currency: false } }
 * @example
 * parseWholeNumber("54.81") //=> { ok: false, reason: "invalid", text: "54.81" }
 */
export function parseWholeNumber(value: CellValue): ParseResult<DutchNumber> {
  const result = parseDutchNumber(value);
  if (!result.ok) return result;
  const { value: n, percent, currency } = result.value;
  return Number.isInteger(n) && !percent && !currency ? result : fail("invalid", value);
}
