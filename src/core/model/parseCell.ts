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
/** Parses one cell of a column type: null for a blank or error cell, or a type that is not parsed. */
export type CellParser = (value: CellValue) => ParseResult<unknown> | null;

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

const MEMO_SIZE = 4096;
const MEMO_MAX_LENGTH = 80;
const notParsed: CellParser = () => null;

/** Whether values of this column type are read by a parser (text-like columns are not). */
export function isParsedType(type: ColumnType): boolean {
  return PARSERS[type] !== undefined;
}

function memoized(parser: Parser): CellParser {
  const memo = new Map<string | number, ParseResult<unknown>>();
  return (value) => {
    if (isBlank(value) || isCellError(value)) return null;
    // Columns repeat the same values (`2026`, `Jaarlijks`, the same few dates and counts): parse each once.
    // Parse results are never mutated, so sharing them between rows is safe. Zero is parsed each time:
    // a Map does not tell -0 from 0.
    let key: string | number;
    if (typeof value === "string" && value.length <= MEMO_MAX_LENGTH) key = value;
    else if (typeof value === "number" && value !== 0) key = value;
    else return parser(value);
    let result = memo.get(key);
    if (result === undefined) {
      result = parser(value);
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(key, result);
    }
    return result;
  };
}

const CELL_PARSERS = new Map<ColumnType, CellParser>();

/** The parser of a column type, with its memo; one per type, shared by every table. */
export function cellParser(type: ColumnType): CellParser {
  let parser = CELL_PARSERS.get(type);
  if (!parser) {
    const parse = PARSERS[type];
    parser = parse ? memoized(parse) : notParsed;
    CELL_PARSERS.set(type, parser);
  }
  return parser;
}

/**
 * Parses one cell by its column type. Null for a blank or error cell (those have their own
 * rules); text-like columns are not parsed and also give null.
 */
export function parseCell(type: ColumnType, value: CellValue): ParseResult<unknown> | null {
  return cellParser(type)(value);
}
