import { parseRangeAddress } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/cell";
import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import type { PlanValue, SheetPlan } from "../../../src/core/returns/sheetPlan";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../../../src/core/snapshot";

/** A typed value as an adapter writes it and a reader reads it back: dates become serials, text stays text. */
export function cellOf(value: PlanValue | null): { value: CellValue; format: string } {
  if (value === null) return { value: null, format: "General" };
  switch (value.type) {
    case "text":
      return { value: value.value, format: "@" };
    case "number":
      return { value: value.value, format: value.numberFormat ?? "General" };
    case "date":
      return { value: isoToExcelSerial(value.value), format: "d-m-yyyy" };
    case "boolean":
      return { value: value.value, format: "General" };
  }
}

/** What an adapter writing this sheet plan would leave in the workbook, read back as a snapshot sheet. */
export function sheetToSnapshot(plan: SheetPlan): { sheet: SheetSnapshot; tables: TableRef[] } {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const put = (row: number, column: number, value: PlanValue | null, format?: string) => {
    const cell = cellOf(value);
    while (values.length < row) {
      values.push([]);
      numberFormats.push([]);
    }
    const line = values[row - 1];
    const formats = numberFormats[row - 1];
    while (line.length <= column) {
      line.push(null);
      formats.push("General");
    }
    line[column] = cell.value;
    formats[column] = value === null ? (format ?? "General") : cell.format;
  };
  for (const cell of plan.cells) put(cell.row, cell.column, cell.value);
  const tables: TableRef[] = [];
  for (const table of plan.tables) {
    table.columns.forEach((column, i) => put(table.headerRow, table.left + i, { type: "text", value: column.header }));
    table.rows.forEach((row, r) => row.forEach((value, i) => put(table.headerRow + 1 + r, table.left + i, value, table.columns[i].numberFormat)));
    const box = parseRangeAddress(table.ref)!;
    expectBox(box.top === table.headerRow && box.bottom === table.headerRow + table.rows.length, `table ${table.name} ref ${table.ref}`);
    tables.push({ name: table.name, sheet: plan.name, address: table.ref });
  }
  const width = Math.max(0, ...values.map((l) => l.length));
  for (let i = 0; i < values.length; i++) {
    while (values[i].length < width) {
      values[i].push(null);
      numberFormats[i].push("General");
    }
  }
  return { sheet: { name: plan.name, visible: true, origin: { row: 1, column: 0 }, values, numberFormats, merged: [...plan.merges] }, tables };
}

function expectBox(ok: boolean, what: string): void {
  if (!ok) throw new Error(`inconsistent plan: ${what}`);
}

export function plansToSnapshot(sheets: readonly SheetPlan[]): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = { sheets: [], tables: [] };
  for (const plan of sheets) {
    const { sheet, tables } = sheetToSnapshot(plan);
    snapshot.sheets.push(sheet);
    snapshot.tables.push(...tables);
  }
  return snapshot;
}
