/** How Excel turns a value written through `Range.values` or `Range.formulas` into cell content. */

import { evaluateFormula } from "./formula";

export type CellScalar = string | number | boolean;

/** What a write stores; `numberFormat` is set only when Excel picks a format itself (dates, percentages). */
export interface CellContent {
  value: CellScalar | null;
  formula?: string;
  error?: true;
  numberFormat?: string;
}

export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1900 to 1904 serials: 1904-01-01 is 1462 in the 1900 date system and 0 in the 1904 one. */
export const DAYS_1900_TO_1904 = 1462;

/** Excel's serial date: days since 1899-12-30, or since 1904-01-01 in a workbook that uses the 1904 date system. */
export function dateSerial(year: number, month: number, day: number, date1904 = false): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000) - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/**
 * `undefined` means "leave the cell as it is": Office.js skips `null` entries in a written array.
 * Throws a plain Error with the code as message when Excel would reject the value; the caller wraps it.
 */
export function interpretInput(input: unknown, numberFormat: string, date1904 = false): CellContent | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error("InvalidArgument");
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new Error("InvalidArgument");
  if (input === "") return { value: null };
  // Excel keeps no more in a cell; the code it raises for a longer text written through the API is not documented.
  if (input.length > MAX_CELL_TEXT) throw new Error("InvalidArgument");
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.length > 1 ? input.slice(1) : null };
  if (input.length > 1 && input.startsWith("=")) return formulaContent(input);
  if (NUMBER.test(input)) return { value: Number(input) };
  const percent = PERCENT.exec(input);
  if (percent) {
    const decimals = percent[1].includes(".") ? percent[1].split(".")[1].length : 0;
    return { value: Number(percent[1]) / 100, numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const iso = ISO_DATE.exec(input);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), date1904);
    if (serial !== null) return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (ERROR_VALUES.includes(upper)) return { value: upper, error: true };
  // Excel reads a leading plus or minus as the start of a formula ("-5 woningen" → =-5 woningen → #NAME?).
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-"))) return formulaContent(`=${input}`);
  return { value: input };
}

function formulaContent(formula: string): CellContent {
  const result = evaluateFormula(formula.slice(1));
  return "error" in result ? { value: result.error, formula, error: true } : { value: result.value, formula };
}
