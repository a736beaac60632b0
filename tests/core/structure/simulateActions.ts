import { columnLetter, parseRangeAddress, qualifiedAddress, rangeAddress } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/cell";
import { factKey, type StructureAction, type StructureFacts } from "../../../src/core/structure/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";

/** A workbook as the planner sees it after reading: the snapshot plus the facts an adapter reads. */
export interface SimulatedWorkbook {
  snapshot: WorkbookSnapshot;
  facts: StructureFacts;
}

export function emptyFacts(): StructureFacts {
  return { ranges: {}, frozen: {}, lists: null };
}

/** Writes one cell, growing the sheet's used range (values and formats) to hold it. */
export function setCell(sheet: SheetSnapshot, row: number, column: number, value: CellValue): void {
  if (sheet.values.length === 0) sheet.origin = { row, column };
  const formats = (sheet.numberFormats ??= sheet.values.map((line) => line.map(() => "General")));
  while (row < sheet.origin.row) {
    sheet.values.unshift([]);
    formats.unshift([]);
    sheet.origin.row--;
  }
  while (column < sheet.origin.column) {
    for (const line of sheet.values) line.unshift(null);
    for (const line of formats) line.unshift("General");
    sheet.origin.column--;
  }
  const r = row - sheet.origin.row;
  const c = column - sheet.origin.column;
  while (sheet.values.length <= r) {
    sheet.values.push([]);
    formats.push([]);
  }
  const width = Math.max(c + 1, ...sheet.values.map((line) => line.length));
  sheet.values.forEach((line, i) => {
    while (line.length < width) line.push(null);
    while (formats[i].length < width) formats[i].push("General");
  });
  sheet.values[r][c] = value;
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Applies the plan's actions as Excel would, to a copy; formats, validations and frozen panes go to the facts. */
export function simulateActions(workbook: SimulatedWorkbook, actions: readonly StructureAction[]): SimulatedWorkbook {
  const { snapshot, facts } = structuredClone(workbook);
  for (const action of actions) {
    switch (action.type) {
      case "addSheet":
        snapshot.sheets.push({ name: action.sheet, visible: true, origin: { row: 1, column: 0 }, values: [], numberFormats: [], merged: [] });
        if (action.sheet === "Lijsten") facts.lists = { visible: true, values: [] };
        break;
      case "writeHeaderCells":
        action.headers.forEach((header, i) => setCell(sheetOf(snapshot, action.sheet), action.row, action.startColumn + i, header));
        break;
      case "addTable":
        snapshot.tables.push({ name: action.name, sheet: action.sheet, address: qualifiedAddress(action.sheet, action.address) });
        break;
      case "renameTable":
        snapshot.tables.find((t) => t.name === action.from)!.name = action.to;
        break;
      case "addTableColumns": {
        const table = snapshot.tables.find((t) => t.name === action.table)!;
        const box = parseRangeAddress(table.address)!;
        action.headers.forEach((header, i) => setCell(sheetOf(snapshot, action.sheet), action.headerRow, action.startColumn + i, header));
        table.address = qualifiedAddress(action.sheet, rangeAddress({ ...box, right: box.right + action.headers.length }));
        break;
      }
      case "setNumberFormat": {
        const box = parseRangeAddress(action.range)!;
        const formats = Array.from({ length: box.bottom - box.top + 1 }, () => [action.format]);
        facts.ranges[factKey(action.sheet, action.range)] = { ...facts.ranges[factKey(action.sheet, action.range)], numberFormats: formats };
        break;
      }
      case "setListValidation":
        facts.ranges[factKey(action.sheet, action.range)] = { ...facts.ranges[factKey(action.sheet, action.range)], validation: { type: "List", source: action.source } };
        break;
      case "freezeRows":
        facts.frozen[action.sheet] = { rows: action.rows, columns: action.columns };
        break;
      case "setColumnWidth":
        break;
      case "writeListsSheet": {
        const values: CellValue[][] = Array.from({ length: action.rows }, (_, r) =>
          action.lists.map((list) => (r === 0 ? list.header : (list.values[r - 1] ?? null))),
        );
        facts.lists = { visible: facts.lists?.visible ?? true, values };
        break;
      }
      case "hideSheet":
        if (action.sheet === "Lijsten" && facts.lists) facts.lists.visible = false;
        break;
    }
  }
  return { snapshot, facts };
}

/** The cells an action writes a value into, as `Blad!A1`. */
export function writtenCells(action: StructureAction): string[] {
  if (action.type !== "writeHeaderCells" && action.type !== "addTableColumns") return [];
  const row = action.type === "writeHeaderCells" ? action.row : action.headerRow;
  return action.headers.map((_, i) => `${action.sheet}!${columnLetter(action.startColumn + i)}${row}`);
}
