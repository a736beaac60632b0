import { isBlank, isCellError, type CellValue } from "../cell";
import type { ParseResult } from "../parse/result";
import { parseDutchNumber } from "../parse/parseDutchNumber";
import { parseWholeNumber } from "../parse/parseWholeNumber";
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
  wholeNumber: parseWholeNumber,
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
  if (!parser) return null;
  if (typeof value !== "string" || value.length > MEMO_MAX_LENGTH) return parser(value);
  // Columns repeat the same texts (`2026`, `Jaarlijks`, `2e helft 2024`): parse each text once.
  // Parse results are never mutated, so sharing them between rows is safe.
  const memo = memos[type] ?? (memos[type] = new Map());
  let result = memo.get(value);
  if (result === undefined) {
    result = parser(value);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(value, result);
  }
  return result;
}

const MEMO_SIZE = 4096;
const MEMO_MAX_LENGTH = 80;
const memos: Partial<Record<ColumnType, Map<string, ParseResult<unknown>>>> = {};
