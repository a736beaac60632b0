/** Worksheet-level rules of Excel: names, order, visibility, deletion, the workbook's structure protection. */

import { officeError } from "./errors";
import { SheetState, type WorkbookState } from "./state";

const FORBIDDEN = /[[\]:*?/\\]/;

/**
 * A workbook whose structure is protected (*Controleren > Werkmap beveiligen*, `WorkbookProtection`, ExcelApi 1.7)
 * refuses adding, deleting, renaming, moving, hiding and showing sheets (Microsoft support, "Protect a workbook").
 * The code Excel raises is not documented; `AccessDenied` ("You cannot perform the requested operation") is the
 * one Excel uses for other protection refusals (office-js#6784). Code must check `protection.protected` first.
 */
export function assertStructureUnlocked(workbook: WorkbookState, location: string): void {
  if (workbook.structureProtected) throw officeError("AccessDenied", location);
}

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
  assertStructureUnlocked(workbook, "Worksheet.delete");
  // A very hidden sheet cannot be deleted through the API: "by design", make it hidden or visible first (office-js#365).
  if (sheet.visibility === "VeryHidden") throw officeError("GeneralException", "Worksheet.delete", "There was an internal error while processing the request.");
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
  if (value !== sheet.visibility) assertStructureUnlocked(workbook, "Worksheet.visibility");
  if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw officeError("InvalidOperation", "Worksheet.visibility");
  }
  sheet.visibility = value as string;
  if (value !== "Visible" && workbook.activeSheet === sheet) workbook.activeSheet = visibleSheets(workbook)[0];
}

export function moveSheet(workbook: WorkbookState, sheet: SheetState, position: unknown): void {
  assertStructureUnlocked(workbook, "Worksheet.position");
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= workbook.sheets.length) {
    throw officeError("InvalidArgument", "Worksheet.position");
  }
  const others = workbook.sheets.filter((other) => other !== sheet);
  others.splice(position, 0, sheet);
  workbook.sheets = others;
}
