/**
 * Turning custom-function arguments into plain values. Excel passes a range as rows of cells and a single
 * cell as one value (or [[value]]); empty cells arrive as null, undefined or "", an error cell as an error
 * object (metadata `allowErrorForDataTypeAny`). The readers throw the errors of errors.ts; none of them turns a
 * missing value into 0 unless the function says so.
 */
import type { CellValue } from "../core/cell";
import type { LedgerInput } from "../core/quota/ledger";
import type { PlanCount } from "../core/quota/shortfall";
import { parseCountOrRange, type CountOrRange } from "../core/parse/parseCountOrRange";
import { parseDutchNumber } from "../core/parse/parseDutchNumber";
import { parseYear } from "../core/parse/parseYear";
import { DIRECTIONS, type Direction } from "../core/schema/lists";
import type { ParseResult } from "../core/parse/result";
import { inputError, invalidValue, missing, notAvailable, unreadable } from "./errors";
import { labelText, userLanguage, type Label, type Place } from "./messages";

const MEMO_SIZE = 1024;

/**
 * A text parser with a memory: Excel recalculates the same cells over and over, and a text such as
 * "7,9%" or "-" needs parsing only once. Numbers and empty cells go straight through.
 */
function memoised<T>(parse: (value: CellValue) => ParseResult<T>): (value: CellValue) => ParseResult<T> {
  const memo = new Map<string, ParseResult<T>>();
  return (value) => {
    if (typeof value !== "string") return parse(value);
    let hit = memo.get(value);
    if (hit === undefined) {
      hit = parse(value);
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(value, hit);
    }
    return hit;
  };
}

const readDutchNumber = memoised(parseDutchNumber);
const readCountOrRange = memoised(parseCountOrRange);

export function isEmptyArgument(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A single value, a row or a column as one list; a block of several rows and columns is refused. */
export function toList(argument: unknown, label: Label): unknown[] {
  if (!Array.isArray(argument)) return isEmptyArgument(argument) ? [] : [argument];
  const rows = argument.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length > 1 && width > 1) throw invalidValue("block", { label, rows: rows.length, columns: width });
  return rows.length === 1 ? rows[0] : rows.map((row) => row[0]);
}

function joinWords(words: string[]): string {
  const and = userLanguage() === "nl" ? "en" : "and";
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}`;
}

/**
 * Several lists that belong together row by row. Trailing rows that are empty in every list are dropped
 * (so B2:B20 next to C2:C20 works); what remains must have the same length in each list.
 */
export function alignedLists(columns: { label: Label; value: unknown }[]): unknown[][] {
  const lists = columns.map((column) => toList(column.value, column.label));
  let used = Math.max(0, ...lists.map((list) => list.length));
  while (used > 0 && lists.every((list) => isEmptyArgument(list[used - 1]))) used--;
  const lengths = lists.map((list) => Math.min(list.length, used));
  if (lengths.some((length) => length !== lengths[0])) {
    throw invalidValue("lengths", { labels: joinWords(columns.map((column) => labelText(column.label))), lengths: joinWords(lengths.map(String)) });
  }
  return lists.map((list) => list.slice(0, used));
}

/** The code of an error cell as Excel passes it: a `CustomFunctions.Error` (`code: "#N/A"`) or an error value object. */
export function errorCodeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { code, type, basicValue, error } = value as { code?: unknown; type?: unknown; basicValue?: unknown; error?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type === "Error" && typeof basicValue === "string") return basicValue;
  if (typeof error === "string") return error;
  return null;
}

/**
 * The argument as a plain cell value: an error cell is passed on (#N/A stays #N/A), and an object of a linked
 * data type is refused by name, never read as "[object Object]".
 */
export function plainValue(value: unknown, label: Label, place?: Place): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const code = errorCodeOf(value);
  if (code) throw inputError(code, label, place);
  throw invalidValue("dataType", { label, place });
}

/** A cell value for the parsers, without a label to name (errors are read by `plainValue` first). */
export function asCellValue(value: unknown): CellValue {
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const code = errorCodeOf(value);
  return code ? { error: code } : null;
}

/**
 * A number typed by a Dutch user: 12, "12", " 1.234 ", "-5", "−5". Empty or a placeholder such as "volgt"
 * gives null; anything else (also a percentage or an amount in euros) is #VALUE! naming `what`, and the
 * row when given: "taakstelling in rij 3 is geen getal: 'abc'".
 */
export function readNumber(value: unknown, what: Label, row?: number): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const place = row === undefined ? undefined : { row };
  const parsed = readDutchNumber(plainValue(value, what, place));
  if (parsed.ok && !parsed.value.percent && !parsed.value.currency) return parsed.value.value;
  if (!parsed.ok && parsed.reason !== "invalid") return null;
  throw unreadable("notNumber", what, parsed.ok ? shownValue(value) : parsed.text, place);
}

/** The half-years of the quota ledger from a quota and a housed range (the first row is "rij 1"). */
export function readQuotaPeriods(quotas: unknown, housed: unknown): LedgerInput[] {
  const [quotaList, housedList] = alignedLists([
    { label: "taakstellingen", value: quotas },
    { label: "gehuisvest", value: housed },
  ]);
  if (quotaList.length === 0) throw notAvailable("noQuotas");
  return quotaList.map((cell, index) => {
    const quota = readNumber(cell, "taakstelling", index + 1);
    if (quota === null) throw invalidValue("quotaMissing", { row: index + 1 });
    return { quota, housed: readNumber(housedList[index], "gehuisvest", index + 1) };
  });
}

/**
 * The value of a one-cell argument; Excel may pass it bare or as [[value]]. A larger range is refused, an error
 * cell passed on, a data type refused by name.
 */
export function single(argument: unknown, label: Label): CellValue {
  if (!Array.isArray(argument)) return plainValue(argument, label);
  const cells = argument.flat();
  if (cells.length > 1) throw invalidValue("range", { label, cells: cells.length });
  return plainValue(cells[0], label);
}

/**
 * An indicator value: a number, also typed as Dutch text, a percentage ("7,9%" is 0,079, as Excel stores
 * 7,9 %) or an amount. Empty or a placeholder ("volgt") gives null; other text is #VALUE!.
 */
export function readMeasure(argument: unknown, label: Label): number | null {
  const value = single(argument, label);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const parsed = readDutchNumber(value);
  if (parsed.ok) return parsed.value.value;
  if (parsed.reason !== "invalid") return null;
  throw unreadable("notNumber", label, parsed.text);
}

/** A value that must be there: #N/A "<label> ontbreekt" when it is not. */
export function required<T>(value: T | null, label: Label): T {
  if (value === null) throw missing(label);
  return value;
}

/** A year such as 2028 or "2028"; empty gives null, anything else #VALUE!. */
export function readYear(argument: unknown, label: Label): number | null {
  const value = single(argument, label);
  const parsed = parseYear(value);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === "empty") return null;
  throw unreadable("notYear", label, parsed.text);
}

/** The list words as typed in the list (the common case, no text work needed) and in lower case. */
const DIRECTION_BY_WORD = new Map<string, Direction>(DIRECTIONS.flatMap((d) => [[d, d], [d.toLowerCase(), d]] as [string, Direction][]));

/** A direction from the workbook's list, in any case; empty gives null, another word #VALUE!. */
export function readDirection(argument: unknown): Direction | null {
  const value = single(argument, "richting");
  if (isEmptyArgument(value)) return null;
  const direction = typeof value === "string" ? (DIRECTION_BY_WORD.get(value) ?? DIRECTION_BY_WORD.get(value.trim().toLowerCase())) : undefined;
  if (direction) return direction;
  throw invalidValue("direction", { text: shownValue(value) });
}

/** The direction the numbers imply: a target above the baseline is Toename, below it Afname; otherwise null. */
export function directionFromNumbers(baseline: number | null, target: number | null): Direction | null {
  if (baseline === null || target === null || baseline === target) return null;
  return target > baseline ? "Toename" : "Afname";
}

const DEFAULT_MARGIN_PERCENT = 10;

/**
 * The margin "op koers" as a percentage: 10, "10" and "10%" are all 10 %. A number below 1 is a fraction,
 * as a cell formatted as a percentage holds it (0,1 is 10 %). Empty gives the default of 10.
 */
export function readMarginPercent(argument: unknown): number {
  const value = single(argument, "marge");
  if (isEmptyArgument(value)) return DEFAULT_MARGIN_PERCENT;
  const parsed = readDutchNumber(value);
  if (!parsed.ok || parsed.value.currency || parsed.value.value < 0) throw unreadable("notPercentage", "marge", shownValue(value));
  const { value: number, percent } = parsed.value;
  return percent || number < 1 ? number * 100 : number;
}

/** Which end of a planned range counts: "min" (default) or "max", also spelled out. */
export function readPlanCount(argument: unknown): PlanCount {
  const value = single(argument, "telling");
  if (isEmptyArgument(value)) return "min";
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (word === "min" || word === "minimum") return "min";
  if (word === "max" || word === "maximum") return "max";
  throw invalidValue("planCount", { text: shownValue(value) });
}

/** Where a cell sits in a range, for messages: "rij 3", or "rij 2, kolom 4" in a block. */
function position(row: number, column: number, width: number): Place {
  return width > 1 ? { row: row + 1, column: column + 1 } : { row: row + 1 };
}

/**
 * The planned counts of a range of any shape (a column of the plan, or actions × months): numbers,
 * "-" for none, ranges such as "10-20". Empty cells plan nothing, but a range without any count is #N/A.
 */
export function readPlanned(argument: unknown): CountOrRange[] {
  const rows = Array.isArray(argument) ? argument.map((row) => (Array.isArray(row) ? row : [row])) : [[argument]];
  const width = Math.max(0, ...rows.map((row) => row.length));
  const counts: CountOrRange[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isEmptyArgument(cell)) return;
      const place = position(r, c, width);
      const parsed = readCountOrRange(plainValue(cell, "gepland", place));
      if (!parsed.ok) throw unreadable("notCount", "gepland", shownValue(cell), place);
      counts.push(parsed.value);
    }),
  );
  if (counts.length === 0) throw notAvailable("plannedEmpty");
  return counts;
}

/**
 * The planned counts with a realised range beside them, cell by cell (the `Gerealiseerd` column next to
 * `Aantal`): a filled realised cell replaces the planned count of its month, an empty one keeps it.
 * Both ranges must have the same shape; a realised cell must hold a whole number of 0 or more.
 */
export function readPlannedWithRealised(planned: unknown, realised: unknown): CountOrRange[] {
  const grid = (argument: unknown) => (Array.isArray(argument) ? argument.map((row) => (Array.isArray(row) ? row : [row])) : [[argument]]);
  const plan = grid(planned);
  const done = grid(realised);
  const cells = (rows: unknown[][]) => rows.reduce((sum, row) => sum + row.length, 0);
  if (done.length !== plan.length || done.some((row, r) => row.length !== plan[r].length)) {
    throw invalidValue("realisedShape", { planned: cells(plan), realised: cells(done) });
  }
  const width = Math.max(0, ...plan.map((row) => row.length));
  const counts: CountOrRange[] = [];
  plan.forEach((row, r) =>
    row.forEach((cell, c) => {
      const place = position(r, c, width);
      const actual = done[r][c];
      if (!isEmptyArgument(actual)) {
        const parsed = readDutchNumber(plainValue(actual, "gerealiseerd_per_maand", place));
        const n = parsed.ok && !parsed.value.percent && !parsed.value.currency ? parsed.value.value : null;
        if (n === null || !Number.isInteger(n) || n < 0) throw unreadable("notCount", "gerealiseerd_per_maand", shownValue(actual), place);
        counts.push({ min: n, max: n, approx: false });
        return;
      }
      if (isEmptyArgument(cell)) return;
      const parsedPlan = readCountOrRange(plainValue(cell, "gepland", place));
      if (!parsedPlan.ok) throw unreadable("notCount", "gepland", shownValue(cell), place);
      counts.push(parsedPlan.value);
    }),
  );
  if (counts.length === 0) throw notAvailable("plannedEmpty");
  return counts;
}

/** What has been realised so far: empty is nothing yet (0); a number, also as Dutch text; other text #VALUE!. */
export function readRealised(argument: unknown): number {
  const value = single(argument, "gerealiseerd");
  if (isEmptyArgument(value)) return 0;
  const number = readNumber(value, "gerealiseerd");
  if (number === null) throw unreadable("notNumber", "gerealiseerd", shownValue(value));
  return number;
}

/** A cell's value for a message: a number stays a number, so the message writes it as the user does (`2,5`). */
function shownValue(value: unknown): string | number {
  return typeof value === "number" ? value : String(value);
}
