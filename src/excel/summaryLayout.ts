import { cellAddress, rangeAddress } from "../core/address";
import type { SummaryCell, SummarySheet } from "../core/summary/summarySheet";
import { SUMMARY_STYLES, type CellLook } from "../core/summary/summaryStyles";
import { toWorkbookSerial } from "./dateSystem";

/** The look every cell starts from; only differences from it cost an operation. */
export const BASE_LOOK = { font: "Calibri", size: 10, color: "#222222" };

const MIDDLE_STYLES = new Set(["title", "subtitle", "sectionHeading", "warningBanner", "okBanner", "tableHeader"]);

/** The grids of one write: values and number formats of the box from A1 to the last used cell. */
export interface SummaryGrid {
  address: string;
  values: (string | number)[][];
  formats: string[][];
}

/** `date1904`: the workbook counts dates from 1904, so the summary's dates (1900 serials) are moved. */
export function summaryGrid(sheet: SummarySheet, date1904 = false): SummaryGrid {
  const rows = Math.max(1, ...sheet.cells.map((c) => c.row));
  const columns = sheet.columnWidths.length;
  const values = Array.from({ length: rows }, () => new Array<string | number>(columns).fill(""));
  const formats = Array.from({ length: rows }, () => new Array<string>(columns).fill("General"));
  for (const cell of sheet.cells) {
    const text = cell.kind === "text" || cell.kind === "heading";
    // Text format first, in the same batch: `=HYPERLINK(…)`, `+31 6 …` and `-5 woningen` stay literal text.
    formats[cell.row - 1][cell.column] = text ? "@" : (cell.numberFormat ?? "General");
    if (cell.value === null) continue;
    const dated = cell.kind === "date" && typeof cell.value === "number" ? toWorkbookSerial(cell.value, date1904) : cell.value;
    values[cell.row - 1][cell.column] = text ? String(cell.value) : dated;
  }
  return { address: rangeAddress({ top: 1, left: 0, bottom: rows, right: columns - 1 }), values, formats };
}

/** Format settings that differ from the base, for one run of cells. */
export interface FormatRun {
  address: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Center";
  wrap?: boolean;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

function runFor(cell: SummaryCell, look: CellLook): Omit<FormatRun, "address"> {
  const run: Omit<FormatRun, "address"> = {};
  if (look.bold) run.bold = true;
  if (look.italic) run.italic = true;
  if (look.size !== BASE_LOOK.size) run.size = look.size;
  if (look.color !== BASE_LOOK.color) run.color = look.color;
  if (look.fill) run.fill = look.fill;
  // Excel's General alignment already puts numbers right and text left.
  const horizontal = cell.align ?? look.horizontal;
  if (horizontal) run.horizontal = HORIZONTAL[horizontal];
  if (MIDDLE_STYLES.has(cell.style)) run.vertical = "Center";
  if (cell.wrap) run.wrap = true;
  return run;
}

/** Neighbouring cells in a row with the same look become one range, so the batch stays small. */
export function formatRuns(sheet: SummarySheet): FormatRun[] {
  const byRow = new Map<number, SummaryCell[]>();
  for (const cell of sheet.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const runs: FormatRun[] = [];
  for (const [row, cells] of byRow) {
    cells.sort((a, b) => a.column - b.column);
    let open: { key: string; left: number; right: number; run: Omit<FormatRun, "address"> } | null = null;
    const close = () => {
      if (open && open.key !== "{}") runs.push({ address: rangeAddress({ top: row, bottom: row, left: open.left, right: open.right }), ...open.run });
    };
    for (const cell of cells) {
      const run = runFor(cell, SUMMARY_STYLES[cell.style]);
      const key = JSON.stringify(run);
      if (open && open.key === key && open.right === cell.column - 1) open.right = cell.column;
      else {
        close();
        open = { key, left: cell.column, right: cell.column, run };
      }
    }
    close();
  }
  return runs;
}

/** Consecutive rows of equal height as `5:7`, one operation each. */
export function rowHeightRuns(sheet: SummarySheet): { address: string; height: number }[] {
  const rows = Object.keys(sheet.rowHeights).map(Number).sort((a, b) => a - b);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const row of rows) {
    const height = sheet.rowHeights[row];
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs.map((r) => ({ address: `${r.first}:${r.last}`, height: r.height }));
}

/** Excel column width in characters → points, as the Office.js `columnWidth` wants it. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function columnAddress(column: number): string {
  const letter = cellAddress(1, column).replace(/\d+$/, "");
  return `${letter}:${letter}`;
}
