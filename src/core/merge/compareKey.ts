import { cellText, isBlank, isCellError, type CellValue } from "../cell";
import type { DutchNumber } from "../parse/parseDutchNumber";
import { parseCell } from "../model/parseCell";
import type { ColumnType } from "../schema/tables";

/** Significant digits two numbers must share to be equal (0,1 + 0,2 is 0,3). */
const PRECISION = 12;

/** Text as compared: trimmed, with Windows and old Mac line ends made one. */
function textKey(value: CellValue): string {
  return `t:${cellText(value).replace(/\r\n?/g, "\n").trim()}`;
}

/**
 * The form in which a return's cell and the overview's cell are compared: numbers, dates, years and
 * percentages as the parsers read them (`7,9%` equals 0,079, `1 juli 2025` equals the date serial),
 * list values (`Status`) without regard to case, other text trimmed. "" for an empty cell.
 *
 * @example
 * compareKey("7,9%", "number") === compareKey(0.079, "number") //=> true
 * @example
 * compareKey(" Gereed ", "list") === compareKey("gereed", "list") //=> true
 */
export function compareKey(value: CellValue | undefined, type: ColumnType | undefined): string {
  if (value === undefined || isBlank(value)) return "";
  if (isCellError(value)) return `e:${value.error}`;
  if (typeof value === "boolean") return `b:${value}`;
  switch (type) {
    case "number":
    case "wholeNumber": {
      const parsed = parseCell(type, value);
      if (parsed?.ok) return `n:${Number((parsed.value as DutchNumber).value.toPrecision(PRECISION))}`;
      break;
    }
    case "date":
    case "year": {
      const parsed = parseCell(type, value);
      if (parsed?.ok) return `${type === "date" ? "d" : "y"}:${String(parsed.value)}`;
      break;
    }
    case "list":
      return textKey(value).toLowerCase();
  }
  return textKey(value);
}

/** A row's key part as matched: trimmed, case ignored; an error value (`#N/A`) is no key. */
export function matchText(value: CellValue | undefined): string {
  return value === undefined || isBlank(value) || isCellError(value) ? "" : cellText(value).trim().toLowerCase();
}
