import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../core/address";
import { linesNeeded, rowHeightFor } from "../core/summary/sheetBuilder";
import type { HeaderFooter, SummaryCell, SummarySheet } from "../core/summary/summarySheet";
import { SUMMARY_STYLES, type CellLook } from "../core/summary/summaryStyles";
import { uniqueSheetName } from "../core/summary/uniqueSheetName";
import { fitCellText, headerFooter } from "../xlsx/limits";
import { A4, FONT, MARGINS, MIDDLE_STYLES } from "./summaryXlsx";


const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function border(color: string | undefined): Partial<ExcelJS.Border> | undefined {
  return color ? { style: "thin", color: { argb: argb(color) } } : undefined;
}

function defaultAlignment(cell: SummaryCell, look: CellLook): "left" | "center" | "right" {
  if (cell.align) return cell.align;
  if (look.horizontal) return look.horizontal;
  return cell.kind === "number" || cell.kind === "percent" || cell.kind === "date" ? "right" : "left";
}

function styleCell(target: ExcelJS.Cell, cell: SummaryCell): void {
  const look = SUMMARY_STYLES[cell.style];
  target.font = { name: FONT, size: look.size, bold: look.bold ?? false, italic: look.italic ?? false, color: { argb: argb(look.color) } };
  if (look.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  const bottom = border(look.borderBottom);
  const top = border(look.borderTop);
  if (bottom || top) target.border = { ...(bottom && { bottom }), ...(top && { top }) };
  target.alignment = { horizontal: defaultAlignment(cell, look), vertical: MIDDLE_STYLES.has(cell.style) ? "middle" : "top", wrapText: cell.wrap ?? false };
}

function writeCell(worksheet: ExcelJS.Worksheet, cell: SummaryCell): void {
  const target = worksheet.getCell(cell.row, cell.column + 1);
  const text = cell.kind === "text" || cell.kind === "heading";
  // ExcelJS stores a string as a string cell: `=HYPERLINK(…)` or `-5 woningen` never becomes a formula.
  // The text format keeps it that way when someone later edits the cell in Excel.
  target.numFmt = text ? "@" : (cell.numberFormat ?? "General");
  if (cell.value !== null) target.value = text ? fitCellText(String(cell.value)) : cell.value;
  styleCell(target, cell);
}

/** ExcelJS's index of a worksheet's merged areas, by master cell (not in its typings). */
interface MergeIndex {
  _merges: Record<string, unknown>;
}

/**
 * Merges every area of a new sheet in one pass. ExcelJS's `mergeCells` compares each area with every
 * earlier one, which is quadratic (80 000 merges of a 100 000-row summary took minutes). The areas are
 * checked to be disjoint here instead, in linear time, and each is merged with the earlier ones set aside.
 */
export function mergeAll(worksheet: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const covered = new Set<number>();
  for (const range of ranges) {
    const box = parseRangeAddress(range);
    if (!box) throw new Error(`ongeldig samengevoegd gebied '${range}'`);
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        const key = row * 16_384 + column;
        if (covered.has(key)) throw new Error(`samengevoegde gebieden overlappen in '${range}'`);
        covered.add(key);
      }
    }
  }
  const index = worksheet as unknown as MergeIndex;
  const all = index._merges;
  try {
    for (const range of ranges) {
      index._merges = {};
      worksheet.mergeCells(range);
      Object.assign(all, index._merges);
    }
  } finally {
    index._merges = all;
  }
}

/** Within Excel's 255 characters, however long the municipality's name in Instellingen. */
function headerFooterText(parts: HeaderFooter): string {
  return headerFooter(parts);
}

function pageSetup(worksheet: ExcelJS.Worksheet, sheet: SummarySheet): void {
  const { print } = sheet;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}`,
    printArea: print.area,
    horizontalCentered: true,
    margins: { ...MARGINS },
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddHeader: headerFooterText(print.header), oddFooter: headerFooterText(print.footer) };
  for (const row of print.breaksAfter) worksheet.getRow(row).addPageBreak();
}

/** ExcelJS cannot draw charts: the chart's place holds a note, and the data bars carry the picture. */
function chartNote(worksheet: ExcelJS.Worksheet, sheet: SummarySheet): void {
  if (!sheet.chart) return;
  const { row, column, span, text } = sheet.chart.cliNote;
  const note: SummaryCell = { row, column, value: text, kind: "text", style: "note", wrap: true };
  writeCell(worksheet, note);
  worksheet.mergeCells(row, column + 1, row, column + span);
  const width = sheet.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
  worksheet.getRow(row).height = rowHeightFor(linesNeeded(text, width, SUMMARY_STYLES.note.size), SUMMARY_STYLES.note.size);
}

function dataBars(worksheet: ExcelJS.Worksheet, sheet: SummarySheet): void {
  sheet.dataBars.forEach((bar, i) => {
    worksheet.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: "dataBar",
          priority: i + 1,
          gradient: false,
          border: false,
          cfvo: [
            { type: "num", value: bar.min },
            { type: "num", value: bar.max },
          ],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  });
}

/**
 * Adds a summary or request sheet to an ExcelJS workbook, under a name no existing sheet has.
 * Values only: nothing written here is a formula.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, sheet: SummarySheet): ExcelJS.Worksheet {
  const name = uniqueSheetName(workbook.worksheets.map((w) => w.name), sheet.name);
  const worksheet = workbook.addWorksheet(name, {
    properties: { tabColor: { argb: argb(sheet.tabColor) } },
    views: [{ state: "frozen", ySplit: sheet.frozenRows, showGridLines: false }],
  });
  sheet.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  for (const cell of sheet.cells) writeCell(worksheet, cell);
  mergeAll(worksheet, sheet.merges);
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  chartNote(worksheet, sheet);
  dataBars(worksheet, sheet);
  pageSetup(worksheet, sheet);
  return worksheet;
}

/** The copy opens on this sheet: it becomes the active tab, and the only selected one (no grouped sheets). */
export function activateSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet): void {
  for (const sheet of workbook.worksheets) {
    // A sheet read from a file without a sheet view has `views` null.
    const views = (sheet.views?.length ? sheet.views : [{}]) as Array<Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean }>;
    sheet.views = views.map((view) => ({ ...view, tabSelected: sheet === worksheet })) as ExcelJS.WorksheetView[];
  }
  const activeTab = workbook.worksheets.indexOf(worksheet);
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab, visibility: "visible" }];
}
