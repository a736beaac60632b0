/** Excel tables: creation with header clean-up, growing by a column or by rows, and their geometry. */

import { columnCount, intersect, MAX_COLUMN, MAX_ROW, rowCount, type RangeBox } from "./boxes";
import { officeError } from "./errors";
import { applyContent, cellText, clearRange, setStyle, writeContent } from "./rangeOps";
import { cellKey, type SheetState, type TableState, type WorkbookState } from "./state";

export function tableHeaders(workbook: WorkbookState, table: TableState): string[] {
  const headers: string[] = [];
  for (let column = table.box.left; column <= table.box.right; column++) headers.push(cellText(table.sheet, table.box.top, column, workbook.locale));
  return headers;
}

/** Rows between the header row and the totals row (when the table shows one, it is the box's last row). */
export function dataBodyBox(table: TableState): RangeBox {
  return { ...table.box, top: table.box.top + 1, bottom: table.box.bottom - (table.flags.showTotals ? 1 : 0) };
}

/** Excel puts new rows above a shown totals row and moves it down; that move is not modelled, so it fails loudly. */
function assertNoTotalsRow(table: TableState, location: string): void {
  if (table.flags.showTotals) throw new Error(`FakeExcelHost: ${location} on a table showing a totals row not implemented`);
}

function assertFree(workbook: WorkbookState, sheet: SheetState, box: RangeBox, except: TableState | null, location: string): void {
  const clash = workbook.tables.some((table) => table !== except && table.sheet === sheet && intersect(table.box, box));
  if (clash) throw officeError("InvalidArgument", location, "A table can't overlap another table.");
}

/** Letters, digits, `_`, `.` and `\`; not starting with a digit; not a cell reference such as `A1` or `R1C1`. */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

export function assertTableName(workbook: WorkbookState, name: string, self: TableState | null, location: string): void {
  if (typeof name !== "string" || !isValidTableName(name)) throw officeError("InvalidArgument", location);
  const other = workbook.findTable(name);
  if (other && other !== self) throw officeError("ItemAlreadyExists", location);
}

function defaultTableName(workbook: WorkbookState): string {
  const stem = workbook.dutch ? "Tabel" : "Table";
  for (let n = 1; ; n++) if (!workbook.findTable(`${stem}${n}`)) return `${stem}${n}`;
}

/** Blank headers become `Kolom<n>` (`Column<n>` in English Excel); repeats get a number appended. */
function cleanHeaders(raw: string[], dutch: boolean, taken: string[] = []): string[] {
  const stem = dutch ? "Kolom" : "Column";
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return raw.map((text, index) => {
    let name = text;
    if (text.trim() === "") {
      let n = taken.length + index + 1;
      while (used.has(`${stem}${n}`.toLowerCase())) n++;
      name = `${stem}${n}`;
    } else {
      for (let n = 2; used.has(name.toLowerCase()); n++) name = `${text}${n}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function writeHeader(sheet: SheetState, row: number, column: number, name: string): void {
  applyContent(sheet, row, column, { value: name });
}

/** Without headers Excel inserts a header row, shifting the table's columns down by one. */
function shiftDown(sheet: SheetState, box: RangeBox): void {
  const moved = sheet.cellsIn({ ...box, bottom: MAX_ROW - 1 }).sort((a, b) => b[0] - a[0]);
  for (const [row, column, cell] of moved) {
    sheet.cells.delete(cellKey(row, column));
    sheet.cells.set(cellKey(row + 1, column), cell);
  }
}

export function createTable(workbook: WorkbookState, sheet: SheetState, box: RangeBox, hasHeaders: boolean, name: string | undefined, location: string): TableState {
  const tableBox = { ...box };
  if (!hasHeaders) {
    shiftDown(sheet, box);
    tableBox.bottom += 1;
  }
  if (rowCount(tableBox) === 1) tableBox.bottom += 1; // a table always has at least one data row
  if (tableBox.bottom > MAX_ROW) throw officeError("InvalidArgument", location);
  assertFree(workbook, sheet, tableBox, null, location);
  if (sheet.mergesIn(tableBox).length) throw officeError("InvalidOperation", location, "A table can't contain merged cells.");
  if (name !== undefined) assertTableName(workbook, name, null, location);
  const table: TableState = {
    id: workbook.newId("table"),
    name: name ?? defaultTableName(workbook),
    sheet,
    box: tableBox,
    columnIds: Array.from({ length: columnCount(tableBox) }, (_, i) => i + 1),
    nextColumnId: columnCount(tableBox) + 1,
    style: "TableStyleMedium2",
    flags: { showHeaders: true, showTotals: false, showBandedRows: true, showBandedColumns: false, showFilterButton: true, highlightFirstColumn: false, highlightLastColumn: false },
  };
  const raw = hasHeaders ? tableHeaders(workbook, table) : table.columnIds.map(() => "");
  cleanHeaders(raw, workbook.dutch).forEach((header, i) => writeHeader(sheet, tableBox.top, tableBox.left + i, header));
  workbook.tables.push(table);
  return table;
}

function isAppend(index: unknown, count: number): boolean {
  return index === undefined || index === null || index === -1 || index === count;
}

/** `values` holds the header and every data row, one value each; `name` overrides the header. */
export function addTableColumn(workbook: WorkbookState, table: TableState, index: unknown, values: unknown, name: unknown, location: string): void {
  const count = table.columnIds.length;
  if (typeof index === "number" && (index < -1 || index > count)) throw officeError("InvalidArgument", location);
  if (!isAppend(index, count)) throw new Error(`FakeExcelHost: ${location} inserting before the last column not implemented`);
  const column = table.box.right + 1;
  if (column > MAX_COLUMN) throw officeError("InvalidArgument", location);
  const height = rowCount(table.box);
  if (values !== undefined && values !== null) {
    const ok = Array.isArray(values) && values.length === height && values.every((line) => Array.isArray(line) && line.length === 1);
    if (!ok) throw officeError("InvalidArgument", location);
  }
  assertFree(workbook, table.sheet, { ...table.box, left: column, right: column }, table, location);
  const grid = values as unknown[][] | undefined | null;
  const rawHeader = typeof name === "string" ? name : grid ? String(grid[0][0] ?? "") : "";
  const [header] = cleanHeaders([rawHeader], workbook.dutch, tableHeaders(workbook, table));
  writeHeader(table.sheet, table.box.top, column, header);
  if (grid) writeContent(table.sheet, { top: table.box.top + 1, bottom: table.box.bottom, left: column, right: column }, grid.slice(1), location);
  table.box = { ...table.box, right: column };
  table.columnIds.push(table.nextColumnId++);
}

/** Appends rows under the table; cells below are overwritten, not shifted (a simplification). */
export function addTableRows(workbook: WorkbookState, table: TableState, index: unknown, values: unknown, location: string): void {
  assertNoTotalsRow(table, location);
  const bodyRows = rowCount(table.box) - 1;
  if (typeof index === "number" && (index < -1 || index > bodyRows)) throw officeError("InvalidArgument", location);
  if (!isAppend(index, bodyRows)) throw new Error(`FakeExcelHost: ${location} inserting above the last row not implemented`);
  const width = columnCount(table.box);
  const grid = values === undefined || values === null ? [Array<unknown>(width).fill(null)] : values;
  const ok = Array.isArray(grid) && grid.length > 0 && grid.every((line) => Array.isArray(line) && line.length === width);
  if (!ok) throw officeError("InvalidArgument", location);
  const added = { ...table.box, top: table.box.bottom + 1, bottom: table.box.bottom + grid.length };
  if (added.bottom > MAX_ROW) throw officeError("InvalidArgument", location);
  assertFree(workbook, table.sheet, added, table, location);
  inheritLastRow(table, added);
  writeContent(table.sheet, added, grid, location);
  table.box = { ...table.box, bottom: added.bottom };
}

/** New table rows take the number format and data validation of the row above, as Excel extends a table. */
function inheritLastRow(table: TableState, added: RangeBox): void {
  const sheet = table.sheet;
  const last = table.box.bottom;
  if (last === table.box.top) return;
  for (let column = table.box.left; column <= table.box.right; column++) {
    const format = sheet.cell(last, column)?.style?.numberFormat;
    if (format !== undefined) setStyle(sheet, { ...added, left: column, right: column }, "numberFormat", format);
  }
  for (const area of sheet.validations) {
    const inside = area.box.left >= table.box.left && area.box.right <= table.box.right;
    if (inside && area.box.bottom === last && area.box.top > table.box.top) area.box = { ...area.box, bottom: added.bottom };
  }
}

export function renameTableColumn(workbook: WorkbookState, table: TableState, position: number, name: unknown, location: string): void {
  if (typeof name !== "string" || name.trim() === "") throw officeError("InvalidArgument", location);
  const others = tableHeaders(workbook, table).filter((_, i) => i !== position);
  if (others.some((other) => other.toLowerCase() === name.toLowerCase())) throw officeError("InvalidArgument", location);
  writeHeader(table.sheet, table.box.top, table.box.left + position, name);
}

export function removeTable(workbook: WorkbookState, table: TableState, keepCells: boolean): void {
  workbook.tables = workbook.tables.filter((other) => other !== table);
  if (!keepCells) clearRange(table.sheet, table.box, "All", "Table.delete");
}

/** `Table.resize`: same top row (the headers stay), at least one data row, no other table in the way. */
export function resizeTable(workbook: WorkbookState, table: TableState, box: RangeBox, location: string): void {
  assertNoTotalsRow(table, location);
  if (box.left !== table.box.left) throw new Error(`FakeExcelHost: ${location} moving the left edge not implemented`);
  if (box.top !== table.box.top || rowCount(box) < 2) throw officeError("InvalidArgument", location);
  assertFree(workbook, table.sheet, box, table, location);
  if (table.sheet.mergesIn(box).length) throw officeError("InvalidOperation", location);
  const width = columnCount(box);
  const kept = table.columnIds.slice(0, width);
  const added = Array.from({ length: Math.max(0, width - kept.length) }, () => table.nextColumnId++);
  table.box = { ...box };
  table.columnIds = [...kept, ...added];
  const headers = cleanHeaders(tableHeaders(workbook, table), workbook.dutch);
  headers.forEach((header, i) => {
    if (i >= kept.length) writeHeader(table.sheet, box.top, box.left + i, header);
  });
}

/** Deleting a table column removes its cells; cells right of it in the table's rows move left (Excel's shift left). */
export function deleteTableColumn(workbook: WorkbookState, table: TableState, position: number, location: string): void {
  if (table.columnIds.length === 1) throw officeError("InvalidOperation", location);
  const column = table.box.left + position;
  const rows = { ...table.box, left: column, right: MAX_COLUMN };
  const moved = table.sheet.cellsIn(rows).sort((a, b) => a[1] - b[1]);
  for (const [row, at] of moved) table.sheet.cells.delete(cellKey(row, at));
  for (const [row, at, cell] of moved) if (at > column) table.sheet.cells.set(cellKey(row, at - 1), cell);
  table.columnIds.splice(position, 1);
  table.box = { ...table.box, right: table.box.right - 1 };
}
