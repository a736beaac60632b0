import { cellAddress, columnLetter, parseRangeAddress, rangeAddress } from "../core/address";
import { isBlank } from "../core/cell";
import { cellAt } from "../core/locate/sheetGrid";
import { factKey, type StructureAction } from "../core/structure/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { StructureCapture, ValidationState } from "./structureFacts";
import { filled } from "./structureWrites";

/** One write that takes part of an *Inrichten* run back; kept in memory by the pane, applied in one batch. */
export type RevertStep =
  | { type: "deleteSheet"; sheet: string }
  | { type: "clearContents"; sheet: string; range: string }
  | { type: "setValues"; sheet: string; range: string; values: unknown[][] }
  | { type: "setFormulas"; sheet: string; range: string; formulas: unknown[][] }
  | { type: "convertToRange"; table: string }
  | { type: "renameTable"; from: string; to: string }
  | { type: "resizeTable"; table: string; address: string }
  | { type: "deleteTableColumns"; table: string; headers: string[] }
  | { type: "setNumberFormats"; sheet: string; range: string; formats: string[][] }
  | { type: "restoreValidation"; sheet: string; range: string; previous: ValidationState | null }
  | { type: "freeze"; sheet: string; rows: number; columns: number }
  | { type: "restoreWidth"; sheet: string; column: number; width: number | "standard" }
  | { type: "setVisibility"; sheet: string; visibility: string };

interface RevertContext {
  snapshot: WorkbookSnapshot;
  capture: StructureCapture;
  /** `Table.resize` (ExcelApi 1.13); without it appended columns are deleted. */
  canResize: boolean;
}

/** Header cells `tables.add` fills in: blank ones get a name, numbers become text. */
function rewrittenHeaders(snapshot: WorkbookSnapshot, sheetName: string, address: string): RevertStep[] {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  const box = parseRangeAddress(address);
  if (!sheet || !box) return [];
  const steps: RevertStep[] = [];
  for (let column = box.left; column <= box.right; column++) {
    const value = cellAt(sheet, box.top, column);
    const range = cellAddress(box.top, column);
    if (isBlank(value)) steps.push({ type: "clearContents", sheet: sheetName, range });
    else if (typeof value === "number" || typeof value === "boolean") steps.push({ type: "setValues", sheet: sheetName, range, values: [[value]] });
  }
  return steps;
}

function tableBox(snapshot: WorkbookSnapshot, names: string[]): string | null {
  const ref = snapshot.tables.find((t) => names.includes(t.name));
  const box = ref && parseRangeAddress(ref.address);
  return box ? rangeAddress(box) : null;
}

/** The lists sheet's previous cells over the area the run writes (cells outside its old used range were empty). */
function listsBefore(capture: NonNullable<StructureCapture["lists"]>, rows: number, columns: number): { formulas: unknown[][]; formats: string[][] } {
  const formulas = filled<unknown>(rows, columns, "");
  const formats = filled(rows, columns, "General");
  const used = capture.address ? parseRangeAddress(capture.address) : null;
  if (used) {
    capture.formulas.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = used.top - 1 + r;
        const column = used.left + c;
        if (row < rows && column < columns) {
          formulas[row][column] = value;
          formats[row][column] = capture.numberFormats[r][c];
        }
      }),
    );
  }
  return { formulas, formats };
}

function inverse(action: StructureAction, at: RevertContext, renamed: Map<string, string>): RevertStep[] {
  const { snapshot, capture } = at;
  switch (action.type) {
    case "addSheet":
      return [{ type: "deleteSheet", sheet: action.sheet }];
    case "writeHeaderCells":
      return [{ type: "clearContents", sheet: action.sheet, range: rangeAddress({ top: action.row, bottom: action.row, left: action.startColumn, right: action.startColumn + action.headers.length - 1 }) }];
    case "addTable":
      return [{ type: "convertToRange", table: action.name }, ...rewrittenHeaders(snapshot, action.sheet, action.address)];
    case "renameTable":
      renamed.set(action.to, action.from);
      return [{ type: "renameTable", from: action.to, to: action.from }];
    case "addTableColumns": {
      const address = tableBox(snapshot, [action.table, renamed.get(action.table) ?? action.table]);
      const headers = rangeAddress({ top: action.headerRow, bottom: action.headerRow, left: action.startColumn, right: action.startColumn + action.headers.length - 1 });
      if (at.canResize && address) return [{ type: "resizeTable", table: action.table, address }, { type: "clearContents", sheet: action.sheet, range: headers }];
      return [{ type: "deleteTableColumns", table: action.table, headers: action.headers }];
    }
    case "setNumberFormat": {
      const formats = capture.formats.get(factKey(action.sheet, action.range));
      return formats ? [{ type: "setNumberFormats", sheet: action.sheet, range: action.range, formats }] : [];
    }
    case "setListValidation":
      return [{ type: "restoreValidation", sheet: action.sheet, range: action.range, previous: capture.validations.get(factKey(action.sheet, action.range)) ?? null }];
    case "freezeRows":
      return [{ type: "freeze", sheet: action.sheet, ...(capture.frozen[action.sheet] ?? { rows: 0, columns: 0 }) }];
    case "setColumnWidth":
      return [{ type: "restoreWidth", sheet: action.sheet, column: action.column, width: capture.widths.get(`${action.sheet}!${action.column}`) ?? "standard" }];
    case "writeListsSheet": {
      if (!capture.lists) return [];
      const range = `A1:${columnLetter(action.lists.length - 1)}${action.rows}`;
      const before = listsBefore(capture.lists, action.rows, action.lists.length);
      return [
        { type: "setNumberFormats", sheet: action.sheet, range, formats: before.formats },
        { type: "setFormulas", sheet: action.sheet, range, formulas: before.formulas },
      ];
    }
    case "hideSheet":
      return [{ type: "setVisibility", sheet: action.sheet, visibility: capture.lists?.visibility ?? "Visible" }];
  }
}

/**
 * The steps that take a run's actions back, last action first. Changes on sheets the run creates are
 * not undone one by one: deleting the sheet takes them all.
 */
export function revertSteps(actions: readonly StructureAction[], at: RevertContext): RevertStep[] {
  const created = new Set(actions.filter((a) => a.type === "addSheet").map((a) => a.sheet));
  const renamed = new Map<string, string>();
  const groups: RevertStep[][] = [];
  for (const action of actions) {
    const onNewSheet = action.type !== "addSheet" && "sheet" in action && created.has(action.sheet);
    if (!onNewSheet) groups.push(inverse(action, at, renamed));
  }
  return groups.reverse().flat();
}

function restoreValidation(validation: Excel.DataValidation, previous: ValidationState | null): void {
  validation.clear();
  // A mix of rules over the range cannot be put back as one; it stays cleared.
  if (!previous || ["None", "Inconsistent", "MixedCriteria"].includes(previous.type) || Object.keys(previous.rule).length === 0) return;
  validation.rule = previous.rule;
  validation.errorAlert = previous.errorAlert;
  validation.prompt = previous.prompt;
  validation.ignoreBlanks = previous.ignoreBlanks;
}

function queueStep(context: Excel.RequestContext, step: RevertStep): void {
  const workbook = context.workbook;
  const sheet = (name: string) => workbook.worksheets.getItem(name);
  switch (step.type) {
    case "deleteSheet":
      sheet(step.sheet).delete();
      return;
    case "clearContents":
      sheet(step.sheet).getRange(step.range).clear("Contents");
      return;
    case "setValues":
      sheet(step.sheet).getRange(step.range).values = step.values as Excel.Range["values"];
      return;
    case "setFormulas":
      sheet(step.sheet).getRange(step.range).formulas = step.formulas as Excel.Range["formulas"];
      return;
    case "convertToRange":
      workbook.tables.getItem(step.table).convertToRange();
      return;
    case "renameTable":
      workbook.tables.getItem(step.from).name = step.to;
      return;
    case "resizeTable":
      workbook.tables.getItem(step.table).resize(step.address);
      return;
    case "deleteTableColumns": {
      const columns = workbook.tables.getItem(step.table).columns;
      for (const header of [...step.headers].reverse()) columns.getItem(header).delete();
      return;
    }
    case "setNumberFormats":
      sheet(step.sheet).getRange(step.range).numberFormat = step.formats;
      return;
    case "restoreValidation":
      restoreValidation(sheet(step.sheet).getRange(step.range).dataValidation, step.previous);
      return;
    case "freeze": {
      const panes = sheet(step.sheet).freezePanes;
      if (step.rows === 0 && step.columns === 0) panes.unfreeze();
      else if (step.columns === 0) panes.freezeRows(step.rows);
      else if (step.rows === 0) panes.freezeColumns(step.columns);
      else panes.freezeAt(sheet(step.sheet).getRange(`A1:${columnLetter(step.columns - 1)}${step.rows}`));
      return;
    }
    case "restoreWidth": {
      const format = sheet(step.sheet).getRange(`${columnLetter(step.column)}:${columnLetter(step.column)}`).format;
      if (step.width === "standard") format.useStandardWidth = true;
      else format.columnWidth = step.width;
      return;
    }
    case "setVisibility":
      sheet(step.sheet).visibility = step.visibility as Excel.SheetVisibility;
      return;
  }
}

export function queueRevert(context: Excel.RequestContext, steps: readonly RevertStep[]): void {
  for (const step of steps) queueStep(context, step);
}
