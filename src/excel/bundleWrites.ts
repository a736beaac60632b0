import { cellAddress, columnLetter, parseRangeAddress, rangeAddress } from "../core/address";
import { isoToExcelSerial } from "../core/parse/isoDate";
import type { BundleResult, TableAppend } from "../core/merge/types";
import { isDateFormat } from "../core/returns/planValue";
import type { PlanStyle, PlanValue, SheetPlan } from "../core/returns/sheetPlan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { charsToPoints } from "./structureWrites";

const DATE_FORMAT = "d-m-yyyy";
const BOLD: ReadonlySet<PlanStyle> = new Set(["title", "heading", "tableHeader", "label", "warning"]);

export interface AppendedCell {
  sheet: string;
  cell: string;
  row: number;
  column: number;
  value: PlanValue | null;
}

/** Every cell of the rows an append adds, the empty ones included. */
export function appendedCells(append: TableAppend): AppendedCell[] {
  return append.rows.flatMap((values, i) =>
    values.map((value, offset) => {
      const row = append.firstRow + i;
      const column = append.left + offset;
      return { sheet: append.sheet, cell: cellAddress(row, column), row, column, value };
    }),
  );
}

function formatAt(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): string {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  return found?.numberFormats?.[row - found.origin.row]?.[column - found.origin.column] ?? "General";
}

/** One cell: text formatted as text before it is written (so `=…`, `+31…`, `-5 …` stay text), a date as a date. */
function setCell(range: Excel.Range, value: PlanValue, current: string): void {
  switch (value.type) {
    case "text":
      range.numberFormat = [["@"]];
      range.values = [[value.value]];
      return;
    case "date":
      if (!isDateFormat(current)) range.numberFormat = [[DATE_FORMAT]];
      range.values = [[isoToExcelSerial(value.value)]];
      return;
    case "number":
      if (value.numberFormat) range.numberFormat = [[value.numberFormat]];
      range.values = [[value.value]];
      return;
    case "boolean":
      range.values = [[value.value]];
  }
}

function queueAppend(context: Excel.RequestContext, append: TableAppend, snapshot: WorkbookSnapshot, resizeTables: boolean): void {
  const worksheet = context.workbook.worksheets.getItem(append.sheet);
  const ref = append.table === null ? undefined : snapshot.tables.find((t) => t.name === append.table);
  const box = ref && parseRangeAddress(ref.address);
  if (append.table !== null && box) {
    const last = append.firstRow + append.rows.length - 1;
    const missing = last - box.bottom;
    if (missing > 0) {
      const table = context.workbook.tables.getItem(append.table);
      // Table.resize (ExcelApi 1.13) grows the table over the empty rows below it and moves nothing;
      // older Excel adds the rows (values follow below, text formatted as text first).
      if (resizeTables) table.resize(worksheet.getRange(rangeAddress({ ...box, bottom: last })));
      else table.rows.add(undefined, Array.from({ length: missing }, () => new Array(box.right - box.left + 1).fill("")));
    }
  }
  for (const cell of appendedCells(append)) {
    if (cell.value !== null) setCell(worksheet.getRange(cell.cell), cell.value, formatAt(snapshot, cell.sheet, cell.row, cell.column));
  }
}

/** Runs of bold cells down each column, so a long Bundeling sheet needs a handful of format calls, not one per line. */
function boldRuns(plan: SheetPlan): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of plan.cells) {
    if (!BOLD.has(cell.style)) continue;
    const rows = byColumn.get(cell.column) ?? [];
    rows.push(cell.row);
    byColumn.set(cell.column, rows);
  }
  const runs: string[] = [];
  for (const [column, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push(rangeAddress({ top: start, bottom: rows[i - 1], left: column, right: column }));
      start = rows[i];
    }
  }
  return runs;
}

/** The Bundeling sheet in one block of values and formats (text as text), bold runs, merges, widths, frozen header. */
function queueSheet(context: Excel.RequestContext, plan: SheetPlan): void {
  const worksheet = context.workbook.worksheets.add(plan.name);
  // Loops, not Math.max(...cells): a long sheet would overflow the call stack.
  let rows = 1;
  let columns = plan.columnWidths.length;
  for (const cell of plan.cells) {
    rows = Math.max(rows, cell.row);
    columns = Math.max(columns, cell.column + 1);
  }
  const values: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array(columns).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array(columns).fill("General"));
  for (const cell of plan.cells) {
    const value = cell.value;
    values[cell.row - 1][cell.column] = value.type === "date" ? isoToExcelSerial(value.value) : value.value;
    formats[cell.row - 1][cell.column] = value.type === "text" ? "@" : value.type === "date" ? DATE_FORMAT : value.type === "number" && value.numberFormat ? value.numberFormat : "General";
  }
  const all = worksheet.getRange(`A1:${columnLetter(columns - 1)}${rows}`);
  all.numberFormat = formats;
  all.values = values;
  all.format.verticalAlignment = "Top";
  for (const run of boldRuns(plan)) worksheet.getRange(run).format.font.bold = true;
  for (const cell of plan.cells) if (cell.wrap) worksheet.getRange(cellAddress(cell.row, cell.column)).format.wrapText = true;
  for (const merge of plan.merges) worksheet.getRange(merge).merge(false);
  plan.columnWidths.forEach((width, i) => (worksheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = charsToPoints(width)));
  for (const [row, height] of Object.entries(plan.rowHeights)) worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (plan.frozenRows > 0) worksheet.freezePanes.freezeRows(plan.frozenRows);
  worksheet.activate();
}

/** Queues every write of a bundling: the cells, the appended rows, the Bundeling sheet. The caller syncs once. */
export function queueBundleWrites(context: Excel.RequestContext, outcome: BundleResult, snapshot: WorkbookSnapshot, sheet: SheetPlan, options: { resizeTables: boolean }): void {
  const worksheets = context.workbook.worksheets;
  for (const write of outcome.writes) setCell(worksheets.getItem(write.sheet).getRange(write.cell), write.value, formatAt(snapshot, write.sheet, write.row, write.column));
  for (const append of outcome.appends) queueAppend(context, append, snapshot, options.resizeTables);
  queueSheet(context, sheet);
}
