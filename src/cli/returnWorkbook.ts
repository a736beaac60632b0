import type ExcelJS from "exceljs";
import { columnLetter, parseRangeAddress } from "../core/address";
import type { ReturnPlan } from "../core/returns/buildReturnPlan";
import { PLAN_STYLES, type PlanStyle, type PlanValue, type SheetPlan } from "../core/returns/sheetPlan";
import { fitCellText } from "../xlsx/limits";

type ExcelJSModule = typeof ExcelJS;

/** The file library, loaded only when a return is written (`check` never pays for it). */
export async function loadExcelJS(): Promise<ExcelJSModule> {
  const module = await import("exceljs");
  return (module as unknown as { default?: ExcelJSModule }).default ?? (module as unknown as ExcelJSModule);
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const DATE_FORMAT = "d-m-yyyy";

function cellValue(value: PlanValue | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (value.type === "date") {
    const [y, m, d] = value.value.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  // A string stays a string cell: `=HYPERLINK(…)` or `-5 woningen` never becomes a formula.
  return value.type === "text" ? fitCellText(value.value) : value.value;
}

function look(cell: ExcelJS.Cell, name: PlanStyle, wrap: boolean): void {
  const style = PLAN_STYLES[name];
  cell.font = { name: "Calibri", size: style.size, bold: style.bold ?? false, italic: style.italic ?? false, color: { argb: argb(style.color) } };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.borderBottom) cell.border = { bottom: { style: "thin", color: { argb: argb(style.borderBottom) } } };
  cell.alignment = { vertical: "top", wrapText: wrap };
}

/** Text is formatted as text (so a later edit in Excel keeps it text), dates as dates, numbers with their hint. */
function numberFormat(cell: ExcelJS.Cell, value: PlanValue | null, columnFormat?: string): void {
  if (value?.type === "text") cell.numFmt = "@";
  else if (value?.type === "date") cell.numFmt = columnFormat && columnFormat !== "@" ? columnFormat : DATE_FORMAT;
  else if (value?.type === "number" && value.numberFormat) cell.numFmt = value.numberFormat;
  else if (columnFormat) cell.numFmt = columnFormat;
}

function writeTables(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const table of plan.tables) {
    sheet.addTable({
      name: table.name,
      ref: `${columnLetter(table.left)}${table.headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: false },
      columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: table.rows.map((row) => row.map(cellValue)),
    });
    table.columns.forEach((column, c) => look(sheet.getCell(table.headerRow, table.left + c + 1), "tableHeader", true));
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const column = table.columns[c];
        const target = sheet.getCell(table.headerRow + 1 + r, table.left + c + 1);
        numberFormat(target, value, column.numberFormat);
        look(target, column.role, column.wrap);
        if (!column.locked) target.protection = { locked: false };
      }),
    );
  }
}

function writeValidations(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const validation of plan.validations) {
    const box = parseRangeAddress(validation.range);
    if (!box) continue;
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        // The plan's values hold no commas, so an inline list works in every Excel (office-js#2128).
        sheet.getCell(row, column + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${validation.values.join(",")}"`],
          showErrorMessage: true,
          errorStyle: validation.strict ? "error" : "warning",
        };
      }
    }
  }
}

async function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, first: boolean): Promise<void> {
  // Only the cover is the selected tab, so the file opens there and no sheets are grouped.
  const view = { state: plan.frozenRows > 0 ? "frozen" : "normal", ySplit: plan.frozenRows, tabSelected: first } as Partial<ExcelJS.WorksheetView>;
  const sheet = workbook.addWorksheet(plan.name, { views: [view] });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row, cell.column + 1);
    numberFormat(target, cell.value);
    target.value = cellValue(cell.value);
    look(target, cell.style, cell.wrap ?? false);
  }
  for (const range of plan.merges) sheet.mergeCells(range);
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row)).height = height;
  writeTables(sheet, plan);
  writeValidations(sheet, plan);
  if (plan.protection) {
    await sheet.protect("", {
      selectLockedCells: plan.protection.allowSelectLockedCells,
      selectUnlockedCells: true,
      formatColumns: plan.protection.allowFormatColumns,
      sort: plan.protection.allowSort,
      autoFilter: plan.protection.allowAutoFilter,
    });
  }
}

/**
 * A return workbook as a new .xlsx file: every decision was made by the core (`ReturnPlan`); this only draws it.
 * A new file holds nothing of the user's, so the file library may write it.
 */
export async function returnWorkbookBytes(plan: ReturnPlan, creator: string, ExcelJSModule?: ExcelJSModule): Promise<Uint8Array> {
  const library = ExcelJSModule ?? (await loadExcelJS());
  const workbook = new library.Workbook();
  workbook.creator = creator;
  workbook.created = new Date(`${plan.issuedOn}T00:00:00Z`);
  let first = true;
  for (const sheet of plan.sheets) {
    await writeSheet(workbook, sheet, first);
    first = false;
  }
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
