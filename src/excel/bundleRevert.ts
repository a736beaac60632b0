import { isCellError, type CellValue } from "../core/cell";

/** One write that takes a bundling back; kept in memory by the pane and applied in one batch. */
export type BundleRevertStep =
  | { type: "deleteSheet"; sheet: string }
  | { type: "resizeTable"; table: string; address: string }
  /** The cell's value and number format before the run (null: it was empty). */
  | { type: "restoreCell"; sheet: string; cell: string; value: CellValue; format: string };

function restoreCell(range: Excel.Range, value: CellValue, format: string): void {
  if (value === null) {
    range.clear("Contents");
    range.numberFormat = [[format]];
    return;
  }
  if (isCellError(value)) {
    // A typed error value (formula cells are never written): Excel reads `#N/A` written as a value as that error.
    range.numberFormat = [[format]];
    range.values = [[value.error]];
    return;
  }
  if (typeof value === "string") {
    // Text goes back as text, whatever it looks like; then the cell gets its own format again.
    range.numberFormat = [["@"]];
    range.values = [[value]];
    range.numberFormat = [[format]];
    return;
  }
  range.numberFormat = [[format]];
  range.values = [[value]];
}

/** Queues the steps in order: the sheet goes, tables shrink back, then every cell gets its old value and format. */
export function queueBundleRevert(context: Excel.RequestContext, steps: readonly BundleRevertStep[]): void {
  const sheets = context.workbook.worksheets;
  for (const step of steps) {
    switch (step.type) {
      case "deleteSheet":
        sheets.getItem(step.sheet).delete();
        break;
      case "resizeTable": {
        const table = context.workbook.tables.getItem(step.table);
        table.resize(table.worksheet.getRange(step.address));
        break;
      }
      case "restoreCell":
        restoreCell(sheets.getItem(step.sheet).getRange(step.cell), step.value, step.format);
        break;
    }
  }
}
