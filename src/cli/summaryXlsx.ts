import { parseRangeAddress, rangeAddress, type RangeBox } from "../core/address";
import type { StateSheetWrite } from "../core/state/stateSheet";
import { linesNeeded, rowHeightFor } from "../core/summary/sheetBuilder";
import type { SummaryCell, SummarySheet } from "../core/summary/summarySheet";
import { SUMMARY_STYLES } from "../core/summary/summaryStyles";
import { fitCellText } from "../xlsx/limits";
import type { CellFormat, StyleTable } from "../xlsx/newStyles";
import { dimensionOf, type NewCell, type NewRow, type NewSheet } from "../xlsx/sheetXml";

/** What both writers of a summary sheet (this one and ExcelJS's in `writeSummary.ts`) give every sheet. */
export const FONT = "Calibri";
export const A4 = 9;
export const MARGINS = { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };
/** Looks whose text sits in the middle of the row; all others at the top. */
export const MIDDLE_STYLES: ReadonlySet<string> = new Set(["title", "subtitle", "sectionHeading", "warningBanner", "okBanner", "tableHeader"]);
/** Room for Excel's 16 384 columns in one number per cell position. */
const COLUMNS = 16_384;

const isText = (cell: SummaryCell) => cell.kind === "text" || cell.kind === "heading";

/** The look of a summary cell, as `writeSummary` gives it through ExcelJS: both read the one table of looks. */
function summaryCellFormat(cell: SummaryCell): CellFormat {
  const look = SUMMARY_STYLES[cell.style];
  const horizontal = cell.align ?? look.horizontal ?? (isText(cell) ? "left" : "right");
  return {
    // The text format keeps a text cell text when someone later edits it in Excel.
    numberFormat: isText(cell) ? "@" : (cell.numberFormat ?? "General"),
    font: { name: FONT, size: look.size, bold: look.bold, italic: look.italic, color: look.color },
    fill: look.fill,
    border: { top: look.borderTop, bottom: look.borderBottom },
    alignment: { horizontal, vertical: MIDDLE_STYLES.has(cell.style) ? "center" : "top", wrap: cell.wrap ?? false },
  };
}

/** An empty text is written as a cell without a value (keeping its look), as Excel stores one. */
function cellValue(cell: SummaryCell): string | number | null {
  if (cell.value === null || cell.value === "") return null;
  return isText(cell) ? fitCellText(String(cell.value)) : cell.value;
}

/** Looks are few and cells many: one style index per distinct look, found by the look's key. */
function styleIndexer(styles: StyleTable): (cell: SummaryCell) => number {
  const known = new Map<string, number>();
  return (cell) => {
    const key = `${cell.style}|${cell.kind}|${cell.numberFormat ?? ""}|${cell.align ?? ""}|${cell.wrap ? 1 : 0}`;
    let index = known.get(key);
    if (index === undefined) {
      index = styles.add(summaryCellFormat(cell));
      known.set(key, index);
    }
    return index;
  };
}

/** The chart's place holds a note on the command line (a file written here has no chart), with its row sized to fit. */
function chartNote(sheet: SummarySheet): { cell: SummaryCell; merge: string; height: number } | null {
  if (!sheet.chart) return null;
  const { row, column, span, text } = sheet.chart.cliNote;
  const width = sheet.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
  const box: RangeBox = { top: row, left: column, bottom: row, right: column + span - 1 };
  return {
    cell: { row, column, value: text, kind: "text", style: "note", wrap: true },
    merge: span > 1 ? rangeAddress(box) : "",
    height: rowHeightFor(linesNeeded(text, width, SUMMARY_STYLES.note.size), SUMMARY_STYLES.note.size),
  };
}

/** The sheet's cells and the chart note, read in place (the sheet's array is not copied). */
interface CellList {
  count: number;
  at(index: number): SummaryCell;
}

/**
 * The rows of a summary sheet in order, built one at a time from the sheet's cells (never copied): the cells'
 * order is an index array, and every cell a merged area covers carries the look of the area's first cell (so
 * fills and lines run across it, as in Excel) and no value of its own.
 */
function summaryRows(cells: CellList, boxes: readonly RangeBox[], heights: ReadonlyMap<number, number>, styleOf: (cell: SummaryCell) => number): () => Iterable<NewRow> {
  return function* rows() {
    const order = new Uint32Array(cells.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const position = (i: number) => cells.at(i).row * COLUMNS + cells.at(i).column;
    order.sort((a, b) => position(a) - position(b) || a - b);

    const mergesByTop = boxes.map((_, i) => i).sort((a, b) => boxes[a].top - boxes[b].top);
    const rowSet = new Set<number>(heights.keys());
    for (const box of boxes) for (let r = box.top; r <= box.bottom; r++) rowSet.add(r);
    for (let i = 0; i < cells.count; i++) rowSet.add(cells.at(i).row);
    const rowNumbers = Float64Array.from(rowSet).sort();

    const masterStyle = new Int32Array(boxes.length);
    let active: number[] = [];
    let nextMerge = 0;
    let at = 0;
    for (const row of rowNumbers) {
      active = active.filter((m) => boxes[m].bottom >= row);
      while (nextMerge < mergesByTop.length && boxes[mergesByTop[nextMerge]].top <= row) active.push(mergesByTop[nextMerge++]);
      const own: NewCell[] = [];
      while (at < order.length && cells.at(order[at]).row === row) {
        const cell = cells.at(order[at++]);
        // A later cell at the same place replaces an earlier one.
        if (at < order.length && position(order[at]) === position(order[at - 1])) continue;
        own.push({ column: cell.column, value: cellValue(cell), style: styleOf(cell) });
      }
      yield { row, height: heights.get(row), cells: active.length === 0 ? own : withMerges(row, own, active, boxes, masterStyle) };
    }
  };
}

function withMerges(row: number, own: NewCell[], active: readonly number[], boxes: readonly RangeBox[], masterStyle: Int32Array): NewCell[] {
  const byColumn = new Map(own.map((c) => [c.column, c]));
  const spans = [...active].sort((a, b) => boxes[a].left - boxes[b].left);
  for (let i = 1; i < spans.length; i++) {
    if (boxes[spans[i]].left <= boxes[spans[i - 1]].right) throw new Error(`samengevoegde gebieden overlappen in '${rangeAddress(boxes[spans[i]])}'`);
  }
  for (const m of spans) {
    const box = boxes[m];
    if (row === box.top) masterStyle[m] = byColumn.get(box.left)?.style ?? 0;
    for (let column = box.left; column <= box.right; column++) {
      if (row === box.top && column === box.left) continue;
      byColumn.set(column, { column, value: null, style: masterStyle[m] });
    }
  }
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

/**
 * A summary or request sheet as a sheet of a new workbook: the same cells, looks, merged areas, widths, heights,
 * frozen rows, data bars and print setup `writeSummarySheet` gives it through ExcelJS. Values only: no formulas.
 */
export function summaryNewSheet(sheet: SummarySheet, name: string, styles: StyleTable): NewSheet {
  const note = chartNote(sheet);
  const extra = note ? [note.cell] : [];
  const heights = new Map<number, number>(Object.entries(sheet.rowHeights).map(([row, height]) => [Number(row), height]));
  if (note) heights.set(note.cell.row, note.height);
  const boxes = [...sheet.merges, ...(note?.merge ? [note.merge] : [])].map((range) => {
    const box = parseRangeAddress(range);
    if (!box) throw new Error(`ongeldig samengevoegd gebied '${range}'`);
    return box;
  });
  // The note comes after the sheet's own cells, so that it wins where both are.
  const all: CellList = { count: sheet.cells.length + extra.length, at: (i) => (i < sheet.cells.length ? sheet.cells[i] : extra[i - sheet.cells.length]) };
  let lastRow = 0;
  let lastColumn = -1;
  for (let i = 0; i < all.count; i++) {
    const cell = all.at(i);
    lastRow = Math.max(lastRow, cell.row);
    lastColumn = Math.max(lastColumn, cell.column);
  }
  for (const box of boxes) {
    lastRow = Math.max(lastRow, box.bottom);
    lastColumn = Math.max(lastColumn, box.right);
  }
  const { print } = sheet;
  return {
    name,
    state: "visible",
    tabColor: sheet.tabColor,
    columnWidths: sheet.columnWidths,
    frozenRows: sheet.frozenRows,
    showGridLines: false,
    dimension: dimensionOf(lastRow, lastColumn),
    rows: summaryRows(all, boxes, heights, styleIndexer(styles)),
    merges: boxes.map((box) => rangeAddress(box)),
    dataBars: sheet.dataBars,
    print: {
      orientation: print.orientation,
      paperSize: A4,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      horizontalCentered: true,
      margins: MARGINS,
      header: print.header,
      footer: print.footer,
      breaksAfter: print.breaksAfter,
      titleRows: print.titleRows,
      area: print.area,
    },
  };
}

/**
 * The very hidden sheet with the recorded state (docs/vastgelegde-stand.md): text as text (`@`), numbers as
 * numbers; an error value is kept as its text.
 */
export function stateNewSheet(plan: StateSheetWrite, styles: StyleTable): NewSheet {
  const text = styles.add({ numberFormat: "@" });
  const rows: NewRow[] = [];
  let lastRow = 0;
  let lastColumn = -1;
  for (const write of plan.writes) {
    const origin = parseRangeAddress(write.address)!;
    write.values.forEach((line, r) => {
      const cells: NewCell[] = [];
      line.forEach((value, c) => {
        if (value === null || value === "") return;
        const column = origin.left + c;
        lastColumn = Math.max(lastColumn, column);
        if (typeof value === "number" || typeof value === "boolean") cells.push({ column, value, style: 0 });
        else cells.push({ column, value: typeof value === "object" ? value.error : String(value), style: text });
      });
      rows.push({ row: origin.top + r, cells });
      lastRow = Math.max(lastRow, origin.top + r);
    });
  }
  rows.sort((a, b) => a.row - b.row);
  return { name: plan.sheet, state: "veryHidden", dimension: dimensionOf(lastRow, lastColumn), rows: () => rows };
}
