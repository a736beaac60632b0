import { cellAddress, rangeAddress } from "../address";
import type { SummaryCell, SummaryCellKind, SummarySection, SummaryStyleKey } from "./summarySheet";
import { SUMMARY_STYLES } from "./summaryStyles";

/** One cell of a row being written; it spans `span` columns (merged when more than one). */
export interface Part {
  value: string | number | null;
  kind?: SummaryCellKind;
  style?: SummaryStyleKey;
  span?: number;
  wrap?: boolean;
  numberFormat?: string;
  align?: "left" | "center" | "right";
}

const POINTS_PER_LINE = 1.35; // line height as a multiple of the font size
const ROW_PADDING = 4;

/** Lines a text needs in a cell `width` characters wide, wrapping at spaces as Excel does. */
export function linesNeeded(text: string, width: number, fontSize: number, bold = false): number {
  // Calibri at 10 pt fits about 1,2 characters per width unit, bold about 1,05 (with a margin).
  const perLine = Math.max(1, Math.floor((width * (bold ? 10.5 : 12)) / fontSize));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let count = 1;
    let line = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line > 0 && line + 1 + word.length <= perLine) {
        line += 1 + word.length;
        continue;
      }
      if (line > 0) count++;
      const broken = Math.floor((word.length - 1) / perLine); // a word longer than a line breaks inside
      count += broken;
      line = word.length - broken * perLine;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines of text. */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * POINTS_PER_LINE + ROW_PADDING);
}

/** Lays out a sheet top to bottom: rows of parts, merges, row heights and section boundaries. */
export class SheetBuilder {
  readonly cells: SummaryCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly sections: SummarySection[] = [];
  private nextRow = 1;

  constructor(readonly columnWidths: readonly number[]) {}

  get row(): number {
    return this.nextRow;
  }

  get lastColumn(): number {
    return this.columnWidths.length - 1;
  }

  /** The row written last. */
  get lastRow(): number {
    return this.nextRow - 1;
  }

  skip(rows = 1): void {
    this.nextRow += rows;
  }

  /** Writes one row from column `start`; returns its row number. */
  line(parts: readonly Part[], start = 0): number {
    const row = this.nextRow++;
    let column = start;
    let height = 0;
    for (const part of parts) {
      const span = Math.max(1, part.span ?? 1);
      const style = part.style ?? "cell";
      const kind = part.kind ?? (typeof part.value === "number" ? "number" : "text");
      const cell: SummaryCell = { row, column, value: part.value, kind, style };
      if (part.numberFormat) cell.numberFormat = part.numberFormat;
      if (part.wrap) cell.wrap = true;
      if (part.align) cell.align = part.align;
      this.cells.push(cell);
      // Merged neighbours carry the same style, so fills and lines run across the whole span.
      for (let extra = 1; extra < span; extra++) this.cells.push({ row, column: column + extra, value: null, kind: "text", style });
      if (span > 1) this.merges.push(rangeAddress({ top: row, bottom: row, left: column, right: column + span - 1 }));
      if (part.wrap && typeof part.value === "string") {
        const width = this.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
        const { size, bold } = SUMMARY_STYLES[style];
        const lines = linesNeeded(part.value, width, size, bold);
        if (lines > 1) height = Math.max(height, rowHeightFor(lines, size));
      }
      column += span;
    }
    if (height > 0) this.setHeight(row, height);
    return row;
  }

  /** One cell across the full width. */
  banner(value: string, style: SummaryStyleKey, options: { wrap?: boolean; height?: number } = {}): number {
    const row = this.line([{ value, style, span: this.columnWidths.length, wrap: options.wrap, kind: style === "sectionHeading" || style === "subheading" ? "heading" : "text" }]);
    if (options.height) this.setHeight(row, options.height);
    return row;
  }

  /** A label (2 columns), a value (4 columns) and a note across the rest. */
  keyValue(label: string, value: Part, note = ""): number {
    const rest = this.columnWidths.length - 6;
    return this.line([{ value: label, style: "label", span: 2, wrap: true }, { style: "cell", align: "left", ...value, span: 4 }, { value: note, style: "note", span: rest, wrap: true }]);
  }

  setHeight(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  /** Starts a section at the current row; the previous one ends on the row before. */
  startSection(id: string, title: string): void {
    this.closeSection();
    this.sections.push({ id, title, firstRow: this.nextRow, lastRow: this.nextRow });
  }

  closeSection(): void {
    const open = this.sections[this.sections.length - 1];
    if (open) open.lastRow = Math.max(open.firstRow, this.lastRow);
  }

  address(row: number, column: number): string {
    return cellAddress(row, column);
  }

  range(top: number, left: number, bottom: number, right: number): string {
    return rangeAddress({ top, left, bottom, right });
  }
}
