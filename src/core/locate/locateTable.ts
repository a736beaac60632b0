import { isBlank, type CellValue } from "../cell";
import { parseRangeAddress, type RangeBox } from "../address";
import { normalizeText } from "../parse/normalizeText";
import { TABLES, type TableSpec } from "../schema/tables";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../snapshot";
import { headerScore, matchColumns, type ColumnMatch } from "./matchColumns";
import { cellAt, lastColumn, lastRow, rowSlice } from "./sheetGrid";

export interface LocatedRow {
  /** Excel row number as the user sees it. */
  row: number;
  /** Cells from the table's left to right column. */
  cells: CellValue[];
  /** Number formats aligned with `cells`, where the adapter read them. */
  formats?: (string | undefined)[];
  blank: boolean;
}

export interface LocatedTable extends ColumnMatch {
  spec: TableSpec;
  sheet: string;
  /** The Excel table's name; null when the data is a plain range found by its headers. */
  tableName: string | null;
  headerRow: number;
  left: number;
  right: number;
  rows: LocatedRow[];
  /** Merged areas that overlap the table. */
  merged: RangeBox[];
  /** The Excel table's range as the file states it, before clipping to the cells that hold data. */
  declared?: RangeBox;
  /** Excel row of the table's totals row: never read as data. */
  totalsRow?: number;
  /** The table's header row is switched off: headers come from the table's definition. */
  headerHidden?: boolean;
}

export type TableLocation =
  | { found: true; table: LocatedTable }
  | { found: false; reason: "no-sheet" | "no-header"; sheet?: string };

const TABLE_NAMES = new Set(TABLES.map((t) => t.table.toLowerCase()));

/** How many rows below the top of a sheet a header row may sit (title rows above it). */
const HEADER_SEARCH_ROWS = 30;

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const wanted = normalizeText(name);
  return snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => normalizeText(s.name) === wanted);
}

function findTableRef(snapshot: WorkbookSnapshot, spec: TableSpec): TableRef | undefined {
  const wanted = spec.table.toLowerCase();
  const byName = snapshot.tables.find((t) => t.name.toLowerCase() === wanted);
  if (byName) return byName;
  // A table under another name on the contract's sheet still holds the data (e.g. `Tabel1`).
  const sheetName = normalizeText(spec.sheet);
  return snapshot.tables.find((t) => normalizeText(t.sheet) === sheetName && !TABLE_NAMES.has(t.name.toLowerCase()));
}


function mergedWithin(sheet: SheetSnapshot, box: RangeBox): RangeBox[] {
  const out: RangeBox[] = [];
  for (const address of sheet.merged ?? []) {
    const area = parseRangeAddress(address);
    if (area && area.top <= box.bottom && area.bottom >= box.top && area.left <= box.right && area.right >= box.left) out.push(area);
  }
  return out;
}

function readRows(sheet: SheetSnapshot, top: number, bottom: number, left: number, right: number): LocatedRow[] {
  const rows = new Array<LocatedRow>(Math.max(0, bottom - top + 1));
  const width = right - left + 1;
  const offset = left - sheet.origin.column;
  for (let row = top; row <= bottom; row++) {
    const line = sheet.values[row - sheet.origin.row];
    // Most tables start at the used range's first column: share the snapshot's row instead of copying it.
    const cells = line && offset === 0 && line.length === width ? line : rowSlice(sheet, row, left, right);
    let blank = true;
    for (let c = 0; c < cells.length; c++) {
      if (!isBlank(cells[c])) {
        blank = false;
        break;
      }
    }
    const lineFormats = sheet.numberFormats?.[row - sheet.origin.row];
    const formats = lineFormats && (offset === 0 && lineFormats.length === width ? lineFormats : lineFormats.slice(offset, offset + width));
    // Every field in the literal: a field added later costs each of 100 000 rows an extra block of memory.
    rows[row - top] = { row, cells, formats: formats || undefined, blank };
  }
  return rows;
}

function fromBox(spec: TableSpec, sheet: SheetSnapshot, box: RangeBox, tableName: string | null): LocatedTable {
  const headers = rowSlice(sheet, box.top, box.left, box.right);
  return {
    spec,
    sheet: sheet.name,
    tableName,
    headerRow: box.top,
    left: box.left,
    right: box.right,
    ...matchColumns(spec, headers, box.left),
    rows: readRows(sheet, box.top + 1, box.bottom, box.left, box.right),
    merged: mergedWithin(sheet, box),
  };
}

/**
 * Blank rows and columns a table may hold beyond the sheet's data and still be read as declared (its blank rows
 * are where new rows go). Beyond this the range is clipped to the data and reported as enormous.
 */
export const SPARE_ROWS = 10_000;
export const SPARE_COLUMNS = 100;

/**
 * An Excel table, clipped to the cells that hold data when its range is enormous (a ref down to row 1 048 576 reads the filled rows only),
 * without its totals row, and with the headers of its definition when its header row is switched off.
 */
function fromTableRef(spec: TableSpec, sheet: SheetSnapshot, ref: TableRef, declared: RangeBox): LocatedTable {
  const headerHidden = ref.headerRowCount === 0;
  const totals = Math.max(0, Math.min(ref.totalsRowCount ?? 0, declared.bottom - declared.top));
  const dataBottom = declared.bottom - totals;
  const usedRight = lastColumn(sheet);
  const right = declared.right - usedRight > SPARE_COLUMNS ? Math.max(declared.left, usedRight) : declared.right;
  const firstData = headerHidden ? declared.top : declared.top + 1;
  const usedBottom = lastRow(sheet);
  const bottom = dataBottom - usedBottom > SPARE_ROWS ? Math.max(firstData - 1, usedBottom) : dataBottom;
  const clipped = { top: declared.top, left: declared.left, right, bottom };
  const located = headerHidden
    ? {
        spec,
        sheet: sheet.name,
        tableName: ref.name,
        headerRow: declared.top - 1,
        left: declared.left,
        right,
        ...matchColumns(spec, (ref.columns ?? []).slice(0, right - declared.left + 1), declared.left),
        rows: readRows(sheet, declared.top, bottom, declared.left, right),
        merged: mergedWithin(sheet, clipped),
        headerHidden,
      }
    : fromBox(spec, sheet, clipped, ref.name);
  located.declared = declared;
  if (totals > 0) located.totalsRow = dataBottom + 1;
  return located;
}

/** The header row of a plain range: the row in the first rows of the sheet matching most standard headers. */
function findHeaderBox(spec: TableSpec, sheet: SheetSnapshot): RangeBox | null {
  const first = sheet.origin.row;
  const last = Math.min(lastRow(sheet), first + HEADER_SEARCH_ROWS - 1);
  const left = sheet.origin.column;
  const right = lastColumn(sheet);
  let best = { row: -1, score: 0 };
  for (let row = first; row <= last; row++) {
    const score = headerScore(spec, rowSlice(sheet, row, left, right));
    if (score > best.score) best = { row, score };
  }
  const needed = Math.min(2, spec.columns.length);
  if (best.score < needed) return null;
  let from = left;
  let to = right;
  while (from <= to && isBlank(cellAt(sheet, best.row, from))) from++;
  while (to >= from && isBlank(cellAt(sheet, best.row, to))) to--;
  let bottom = lastRow(sheet);
  while (bottom > best.row && rowSlice(sheet, bottom, from, to).every((c) => isBlank(c))) bottom--;
  return { top: best.row, left: from, right: to, bottom };
}

/**
 * Finds a table of the contract: by its Excel table name first, then by its sheet and the
 * header row in a plain range (a partner's sheet that was never structured).
 */
export function locateTable(snapshot: WorkbookSnapshot, spec: TableSpec): TableLocation {
  const ref = findTableRef(snapshot, spec);
  if (ref) {
    const sheet = snapshot.sheets.find((s) => s.name === ref.sheet);
    const box = parseRangeAddress(ref.address);
    if (sheet && box) return { found: true, table: fromTableRef(spec, sheet, ref, box) };
  }
  const sheet = findSheet(snapshot, spec.sheet);
  if (!sheet) return { found: false, reason: "no-sheet" };
  const box = findHeaderBox(spec, sheet);
  if (!box) return { found: false, reason: "no-header", sheet: sheet.name };
  return { found: true, table: fromBox(spec, sheet, box, null) };
}
