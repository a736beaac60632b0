import type { CellValue } from "../cell";
import type { SheetSnapshot } from "../snapshot";

/** Reads a sheet snapshot by Excel row (1-based) and column (0-based), outside the used range as null. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  const line = sheet.values[row - sheet.origin.row];
  if (!line) return null;
  const value = line[column - sheet.origin.column];
  return value === undefined ? null : value;
}

export function formatAt(sheet: SheetSnapshot, row: number, column: number): string | undefined {
  return sheet.numberFormats?.[row - sheet.origin.row]?.[column - sheet.origin.column];
}

/** Last Excel row of the used range (origin row − 1 for an empty sheet). */
export function lastRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.values.length - 1;
}

export function lastColumn(sheet: SheetSnapshot): number {
  let width = 0;
  // forEach skips the holes of a sparse snapshot.
  sheet.values.forEach((line) => {
    if (line.length > width) width = line.length;
  });
  return sheet.origin.column + width - 1;
}

/** The cells of one sheet row between two columns (inclusive). */
export function rowSlice(sheet: SheetSnapshot, row: number, left: number, right: number): CellValue[] {
  const out: CellValue[] = new Array(right - left + 1);
  const line = sheet.values[row - sheet.origin.row];
  for (let c = left; c <= right; c++) {
    const value = line ? line[c - sheet.origin.column] : undefined;
    out[c - left] = value === undefined ? null : value;
  }
  return out;
}
