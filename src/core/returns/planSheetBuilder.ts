import { rangeAddress } from "../address";
import { linesNeeded, rowHeightFor } from "../summary/sheetBuilder";
import { PLAN_STYLES, type PlanCell, type PlanStyle, type PlanValue, type SheetPlan } from "./sheetPlan";

/** One cell of a row being written; it spans `span` columns (merged when more than one). */
export interface PlanPart {
  value: PlanValue | null;
  style?: PlanStyle;
  span?: number;
  wrap?: boolean;
}

/** Lays out a plain sheet (cover, to-do list, Bundeling) top to bottom. */
export class PlanSheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  private nextRow = 1;

  constructor(readonly columnWidths: readonly number[]) {}

  /** The row the next line goes to. */
  get row(): number {
    return this.nextRow;
  }

  skip(rows = 1): void {
    this.nextRow += rows;
  }

  /** Writes one row from column A; returns its row number. Empty parts take their place but write nothing. */
  line(parts: readonly PlanPart[]): number {
    const row = this.nextRow++;
    let column = 0;
    let height = 0;
    for (const part of parts) {
      const span = Math.max(1, part.span ?? 1);
      const style = part.style ?? "text";
      if (part.value !== null) {
        const cell: PlanCell = { row, column, value: part.value, style };
        if (part.wrap) cell.wrap = true;
        this.cells.push(cell);
        if (span > 1) this.merges.push(rangeAddress({ top: row, bottom: row, left: column, right: column + span - 1 }));
        if (part.wrap && part.value.type === "text") {
          const width = this.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
          const { size, bold } = PLAN_STYLES[style];
          const lines = linesNeeded(part.value.value, width, size, bold);
          if (lines > 1) height = Math.max(height, rowHeightFor(lines, size));
        }
      }
      column += span;
    }
    if (height > 0) this.rowHeights[row] = height;
    return row;
  }

  /** A text across the full width. */
  banner(text: string, style: PlanStyle, wrap = true): number {
    return this.line([{ value: { type: "text", value: text }, style, span: this.columnWidths.length, wrap }]);
  }

  toSheet(name: string, rest: Partial<Omit<SheetPlan, "name" | "cells" | "merges" | "rowHeights" | "columnWidths">> = {}): SheetPlan {
    return {
      name,
      columnWidths: [...this.columnWidths],
      frozenRows: rest.frozenRows ?? 0,
      cells: this.cells,
      merges: this.merges,
      rowHeights: this.rowHeights,
      tables: rest.tables ?? [],
      validations: rest.validations ?? [],
      protection: rest.protection ?? null,
    };
  }
}

export function text(value: string): PlanValue {
  return { type: "text", value };
}
