import { isBlank, isCellError, type CellValue } from "../cell";
import type { ParseResult } from "../parse/result";
import { parseDutchNumber } from "../parse/parseDutchNumber";
import { parseDutchDate } from "../parse/parseDutchDate";
import { parseYear } from "../parse/parseYear";
import { parseHalfYear } from "../parse/parseHalfYear";
import { parseMonth } from "../parse/parseMonth";
import { parseCountOrRange } from "../parse/parseCountOrRange";
import { parsePeriod } from "../parse/parsePeriod";
import type { ColumnType } from "../schema/tables";

type Parser = (value: CellValue) => ParseResult<unknown>;

const PARSERS: Partial<Record<ColumnType, Parser>> = {
  number: parseDutchNumber,
  wholeNumber: parseDutchNumber,
  date: parseDutchDate,
  year: parseYear,
  halfYear: parseHalfYear,
  month: parseMonth,
  countOrRange: parseCountOrRange,
  period: parsePeriod,
};

/** Whether values of this column type are read by a parser (text-like columns are not). */
export function isParsedType(type: ColumnType): boolean {
  return PARSERS[type] !== undefined;
}

/**
 * Parses one cell by its column type. Null for a blank or error cell (those have their own
 * rules); text-like columns are not parsed and also give null.
 */
export function parseCell(type: ColumnType, value: CellValue): ParseResult<unknown> | null {
  if (isBlank(value) || isCellError(value)) return null;
  const parser = PARSERS[type];
  return parser ? parser(value) : null;
}
