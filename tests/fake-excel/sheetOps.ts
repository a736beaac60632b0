/** Worksheet-level rules of Excel: names, order, visibility, deletion. */

import { officeError } from "./errors";
import { SheetState, type WorkbookState } from "./state";

const FORBIDDEN = /[[\]:*?/\\]/;

export function assertSheetName(workbook: WorkbookState, name: unknown, self: SheetState | null, location: string): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeError("InvalidArgument", location);
  }
  const other = workbook.findSheet(name);
  if (other && other !== self) throw officeError("ItemAlreadyExists", location);
  return name;
}

export function createSheet(workbook: WorkbookState, name: string | undefined, location: string): SheetState {
  let finalName = name;
  if (finalName === undefined) {
    const stem = workbook.dutch ? "Blad" : "Sheet";
    let n = workbook.sheets.length + 1;
    while (workbook.findSheet(`${stem}${n}`)) n++;
    finalName = `${stem}${n}`;
  }
  const sheet = new SheetState(workbook.newId("sheet"), assertSheetName(workbook, finalName, null, location));
  workbook.sheets.push(sheet);
  if (!workbook.activeSheet) workbook.activeSheet = sheet;
  return sheet;
}

function visibleSheets(workbook: WorkbookState): SheetState[] {
  return workbook.sheets.filter((sheet) => sheet.visibility === "Visible");
}

export function deleteSheet(workbook: WorkbookState, sheet: SheetState): void {
  if (sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) throw officeError("InvalidOperation", "Worksheet.delete");
  workbook.sheets = workbook.sheets.filter((other) => other !== sheet);
  workbook.tables = workbook.tables.filter((table) => table.sheet !== sheet);
  if (workbook.activeSheet === sheet) {
    workbook.activeSheet = visibleSheets(workbook)[0] ?? null;
    workbook.selection = null;
  }
}

export function setSheetVisibility(workbook: WorkbookState, sheet: SheetState, value: unknown): void {
  if (!["Visible", "Hidden", "VeryHidden"].includes(value as string)) throw officeError("InvalidArgument", "Worksheet.visibility");
  if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw officeError("InvalidOperation", "Worksheet.visibility");
  }
  sheet.visibility = value as string;
  if (value !== "Visible" && workbook.activeSheet === sheet) workbook.activeSheet = visibleSheets(workbook)[0];
}

export function moveSheet(workbook: WorkbookState, sheet: SheetState, position: unknown): void {
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= workbook.sheets.length) {
    throw officeError("InvalidArgument", "Worksheet.position");
  }
  const others = workbook.sheets.filter((other) => other !== sheet);
  others.splice(position, 0, sheet);
  workbook.sheets = others;
}
