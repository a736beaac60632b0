import { parseRangeAddress, rangeAddress } from "../address";
import type { CellValue } from "../cell";
import { isoToExcelSerial } from "../parse/isoDate";
import { isDateFormat } from "../returns/planValue";
import type { PlanValue } from "../returns/sheetPlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { CellWrite, TableAppend } from "./types";

const DATE_FORMAT = "d-m-yyyy";

/** A typed value as a workbook stores it: dates as serials (1900 system), text as text. */
export function storedValue(value: PlanValue | null): CellValue {
  if (value === null) return null;
  return value.type === "date" ? isoToExcelSerial(value.value) : value.value;
}

/**
 * The lines (rows of values or formats) this bundle may change: those it made or copied. The others are still
 * the input's, shared with it, and are copied at their first write (copy on write).
 */
type Owned = Set<unknown[]>;

function ownLine<T>(lines: T[][], r: number, owned: Owned): T[] {
  const line = lines[r];
  if (line && owned.has(line)) return line;
  const mine = line ? [...line] : [];
  owned.add(mine);
  lines[r] = mine;
  return mine;
}

function put(sheet: SheetSnapshot, row: number, column: number, value: PlanValue | null, owned: Owned): void {
  if (sheet.values.length === 0) sheet.origin = { row, column: Math.min(column, sheet.origin.column) };
  if (row < sheet.origin.row || column < sheet.origin.column) {
    const shiftRows = Math.max(0, sheet.origin.row - row);
    const shiftColumns = Math.max(0, sheet.origin.column - column);
    const shifted = <T>(line: T[] | undefined, fill: T): T[] | undefined => {
      if (!line) return line;
      const mine = [...new Array<T>(shiftColumns).fill(fill), ...line];
      owned.add(mine);
      return mine;
    };
    sheet.values = [...new Array(shiftRows).fill(undefined), ...sheet.values].map((line) => shifted(line, null)!);
    if (sheet.numberFormats) {
      sheet.numberFormats = [...new Array(shiftRows).fill(undefined), ...sheet.numberFormats].map((line) => shifted(line, "General")!);
    }
    sheet.origin = { row: sheet.origin.row - shiftRows, column: sheet.origin.column - shiftColumns };
  }
  const r = row - sheet.origin.row;
  const c = column - sheet.origin.column;
  const line = ownLine(sheet.values, r, owned);
  for (let i = line.length; i < c; i++) line[i] = null;
  line[c] = storedValue(value);
  if (sheet.numberFormats && value !== null) {
    const formats = ownLine(sheet.numberFormats, r, owned);
    for (let i = formats.length; i < c; i++) formats[i] = "General";
    const current = formats[c];
    if (value.type === "date") formats[c] = isDateFormat(current) ? current : DATE_FORMAT;
    else if (value.type === "number" && value.numberFormat) formats[c] = value.numberFormat;
    else if (value.type === "text" && current === undefined) formats[c] = "@";
    else formats[c] ??= "General";
  }
}

/** A sheet to change: its own list of lines (holes kept), each line still the input's until it is written (see `Owned`). */
function copySheet(sheet: SheetSnapshot): SheetSnapshot {
  return {
    ...sheet,
    origin: { ...sheet.origin },
    values: sheet.values.slice(),
    numberFormats: sheet.numberFormats?.slice(),
    merged: sheet.merged ? [...sheet.merged] : undefined,
  };
}

/**
 * The overview as it will be after bundling: writes set, rows appended below their tables (an Excel
 * table's range grows with them). A new snapshot; the input is not changed. Adapters use it to check the
 * bundled workbook before writing the Bundeling sheet.
 */
export function applyBundle(snapshot: WorkbookSnapshot, writes: readonly CellWrite[], appends: readonly TableAppend[]): WorkbookSnapshot {
  const touched = new Set([...writes.map((w) => w.sheet), ...appends.map((a) => a.sheet)]);
  const sheets = snapshot.sheets.map((sheet) => (touched.has(sheet.name) ? copySheet(sheet) : sheet));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const tables = snapshot.tables.map((t) => ({ ...t }));
  const owned: Owned = new Set();
  for (const write of writes) {
    const sheet = byName.get(write.sheet);
    if (sheet) put(sheet, write.row, write.column, write.value, owned);
  }
  for (const append of appends) {
    const sheet = byName.get(append.sheet);
    if (!sheet) continue;
    append.rows.forEach((values, i) => values.forEach((value, offset) => put(sheet, append.firstRow + i, append.left + offset, value, owned)));
    const table = append.table === null ? undefined : tables.find((t) => t.name === append.table);
    const box = table ? parseRangeAddress(table.address) : null;
    if (table && box) {
      const bang = table.address.lastIndexOf("!");
      const prefix = bang >= 0 ? table.address.slice(0, bang + 1) : "";
      table.address = prefix + rangeAddress({ ...box, bottom: Math.max(box.bottom, append.firstRow + append.rows.length - 1) });
    }
  }
  return { sheets, tables };
}
