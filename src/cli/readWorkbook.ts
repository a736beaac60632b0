import { statSync } from "node:fs";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/cell";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // days from 1899-12-30 to 1970-01-01

function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** ExcelJS cell value → our CellValue: formulas give their cached result, rich text its plain text. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("error" in value && value.error) return { error: String(value.error) };
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return null;
}

interface TableLike {
  name?: string;
  ref?: string;
  tableRef?: string;
  table?: { name?: string; ref?: string; tableRef?: string };
  model?: { name?: string; ref?: string; tableRef?: string };
}

function tableRefs(worksheet: ExcelJS.Worksheet): TableRef[] {
  const tables = (worksheet as unknown as { tables?: Record<string, TableLike> }).tables ?? {};
  const refs: TableRef[] = [];
  for (const [key, table] of Object.entries(tables)) {
    const model = table.table ?? table.model ?? table;
    const ref = model.tableRef ?? model.ref;
    if (ref) refs.push({ name: model.name ?? key, sheet: worksheet.name, address: ref });
  }
  return refs;
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, col) => {
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, col);
      right = Math.max(right, col);
    });
  });
  const base = { name: worksheet.name, visible: worksheet.state === "visible" || worksheet.state === undefined, merged: mergedAreas(worksheet) };
  if (bottom === 0) return { ...base, origin: { row: 1, column: 0 }, values: [], numberFormats: [] };
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = worksheet.getRow(r);
    const line: CellValue[] = new Array(right - left + 1);
    const formats: string[] = new Array(right - left + 1);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      line[c - left] = toCellValue(cell.value);
      formats[c - left] = cell.numFmt ?? "General";
    }
    values.push(line);
    numberFormats.push(formats);
  }
  return { ...base, origin: { row: top, column: left - 1 }, values, numberFormats };
}

function mergedAreas(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet.model as unknown as { merges?: string[] }).merges;
  return Array.isArray(merges) ? merges : [];
}

export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableRef[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(sheetSnapshot(worksheet));
    tables.push(...tableRefs(worksheet));
  });
  return { sheets, tables };
}

/** Reads an .xlsx file into a snapshot; unreadable files become a CliError with a Dutch message. */
export async function readWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`Het bestand '${path}' bestaat niet.`, `The file '${path}' does not exist.`);
  if (stat.isDirectory()) throw new CliError(`'${path}' is een map, geen bestand.`, `'${path}' is a folder, not a file.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new CliError(
      `Het bestand '${path}' is geen leesbaar Excel-werkboek (.xlsx). Sla het in Excel op als 'Excel-werkmap (*.xlsx)' en probeer opnieuw.`,
      `The file '${path}' is not a readable Excel workbook (.xlsx). Save it in Excel as 'Excel Workbook (*.xlsx)' and try again.`,
    );
  }
  return { workbook, snapshot: snapshotOf(workbook) };
}
