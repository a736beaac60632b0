import type { CellValue } from "./cell";

/**
 * Everything a command needs from a workbook, read in one batch by an adapter
 * (Office.js, ExcelJS or the in-memory host). The core never sees a live workbook.
 */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableRef[];
}

export interface SheetSnapshot {
  name: string;
  visible: boolean;
  /** Top-left of `values`: 1-based Excel row and 0-based column of the used range. */
  origin: { row: number; column: number };
  /**
   * The used range, row by row. Dates are Excel serial numbers (1900 date system, whatever the workbook uses).
   * Empty when the sheet is empty. May be sparse: an adapter leaves out rows that hold nothing (holes in the array)
   * and ends a row after its last filled cell, so one stray value at XFD1048576 costs one cell, not a rectangle of
   * empty ones. Read it through `locate/sheetGrid`, which treats a hole as empty.
   */
  values: CellValue[][];
  /** Number formats with the same shape as `values`, where the adapter could read them. */
  numberFormats?: string[][];
  /** Merged areas as A1 ranges, e.g. `A1:F1`. */
  merged?: string[];
}

/** An Excel table (ListObject): its name, sheet and full range including the header row. */
export interface TableRef {
  name: string;
  sheet: string;
  address: string;
}
