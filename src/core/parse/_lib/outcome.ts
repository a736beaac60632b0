import { cellText, type CellValue } from "../../cell";
import type { ParseFailure, ParseResult } from "../result";

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(reason: ParseFailure, input: CellValue): ParseResult<T> {
  return { ok: false, reason, text: cellText(input) };
}
