import ExcelJS from "exceljs";
import { columnLetter, parseRangeAddress } from "../../../src/core/address";
import { PLAN_STYLES, type PlanStyle, type PlanValue, type SheetPlan } from "../../../src/core/returns/sheetPlan";

/**
 * A reference writer for sheet plans, for the tests: what the command line's adapter will do with a new
 * workbook (nothing to lose there, so ExcelJS may write it). It shows the plan is enough: every decision was
 * made by the core.
 */
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cellValue(value: PlanValue | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (value.type === "date") {
    const [y, m, d] = value.value.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return value.value; // a string stays a string cell: `=HYPERLINK(…)` is never a formula
}

function style(cell: ExcelJS.Cell, name: PlanStyle, wrap = false): void {
  const look = PLAN_STYLES[name];
  cell.font = { name: "Calibri", size: look.size, bold: look.bold ?? false, italic: look.italic ?? false, color: { argb: argb(look.color) } };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  cell.alignment = { vertical: "top", wrapText: wrap };
}

function format(cell: ExcelJS.Cell, value: PlanValue | null, columnFormat?: string): void {
  if (value?.type === "text") cell.numFmt = "@";
  else if (value?.type === "date") cell.numFmt = "d-m-yyyy";
  else if (value?.type === "number" && value.numberFormat) cell.numFmt = value.numberFormat;
  else if (columnFormat) cell.numFmt = columnFormat;
}

export async function writeSheets(sheets: readonly SheetPlan[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  for (const plan of sheets) {
    const sheet = workbook.addWorksheet(plan.name, { views: [{ state: "frozen", ySplit: plan.frozenRows }] });
    plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    for (const cell of plan.cells) {
      const target = sheet.getCell(cell.row, cell.column + 1);
      format(target, cell.value);
      target.value = cellValue(cell.value);
      style(target, cell.style, cell.wrap);
    }
    for (const range of plan.merges) sheet.mergeCells(range);
    for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row)).height = height;
    for (const table of plan.tables) {
      sheet.addTable({
        name: table.name,
        ref: `${columnLetter(table.left)}${table.headerRow}`,
        headerRow: true,
        style: { theme: "TableStyleLight1", showRowStripes: false },
        columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
        rows: table.rows.map((row) => row.map(cellValue)),
      });
      table.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const column = table.columns[c];
          const target = sheet.getCell(table.headerRow + 1 + r, table.left + c + 1);
          format(target, value, column.numberFormat);
          style(target, column.role, column.wrap);
          if (!column.locked) target.protection = { locked: false };
        }),
      );
    }
    for (const validation of plan.validations) {
      const box = parseRangeAddress(validation.range)!;
      for (let row = box.top; row <= box.bottom; row++) {
        for (let column = box.left; column <= box.right; column++) {
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
    if (plan.protection) {
      await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: plan.protection.allowFormatColumns, sort: plan.protection.allowSort, autoFilter: plan.protection.allowAutoFilter });
    }
  }
  return workbook;
}

/** Writes the workbook to bytes and reads it back, as a partner's Excel would hand it over. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}
