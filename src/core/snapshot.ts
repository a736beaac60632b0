import type { CellValue } from "./cell";

/**
 * Everything a command needs from a workbook, read in one batch by an adapter
 * (Office.js, ExcelJS or the in-memory host). The core never sees a live workbook.
 */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableRef[];
  /** Facts about the file package, from an adapter that reads one (the .xlsx reader); absent in Excel. */
  package?: PackageFacts;
}

export interface PackageFacts {
  /** The workbook's own date system. Informational: serials in `values` are always in the 1900 system. */
  dateSystem: 1900 | 1904;
  /** Transitional (what Excel saves by default) or Strict Open XML. */
  conformance: "transitional" | "strict";
  /** Every part of the package with its content type: what a copy of the workbook must keep. */
  parts: { name: string; contentType: string }[];
}

export interface SheetSnapshot {
  name: string;
  visible: boolean;
  /** Hidden sheets are `visible: false`; `veryHidden` ones can only be shown again from VBA. */
  state?: "visible" | "hidden" | "veryHidden";
  /** Top-left of `values`: 1-based Excel row and 0-based column of the used range. */
  origin: { row: number; column: number };
  /**
   * The used range, row by row. Dates are Excel serial numbers (1900 date system, whatever the workbook uses).
   * Empty when the sheet is empty. May be sparse: an adapter leaves out rows that hold nothing (holes in the array)
   * and ends a row after its last filled cell, so one stray value at XFD1048576 costs one cell, not a rectangle of
   * empty ones. Read it through `locate/sheetGrid`, which treats a hole as empty.
   */
  values: CellValue[][];
  /**
   * Number formats with the same shape as `values`, where the adapter could read them. May be sparse too: a cell
   * without an entry has the format `General` (the .xlsx reader stores only the other formats).
   */
  numberFormats?: string[][];
  /** Merged areas as A1 ranges, e.g. `A1:F1`. */
  merged?: string[];
  /**
   * A1 addresses of cells holding a formula without a stored result (a file written by a program that does not
   * calculate, saved before calculation finished). Their value in `values` is empty. Absent when there are none.
   */
  formulasWithoutValue?: string[];
}

/** An Excel table (ListObject): its name, sheet and full range including the header row. */
export interface TableRef {
  name: string;
  sheet: string;
  /** As the file states it; may be malformed or enormous (`A1:XFD1048576`): readers clip it to the data. */
  address: string;
  /** Header rows: 1 by default, 0 when the table's header row is switched off (headers are then in `columns`). */
  headerRowCount?: number;
  /** Rows of the totals row at the bottom of `address`: 0 by default, 1 when it is shown. */
  totalsRowCount?: number;
  /** Column names from the table's definition, in order. */
  columns?: string[];
}
