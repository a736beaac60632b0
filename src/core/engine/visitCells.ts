import type { WorkbookModel } from "../model/workbookModel";
import type { CellVisit } from "../rules/types";

/**
 * Visits every cell of every filled row of every located table, blank cells included, once.
 * The visit object is reused between calls: a visitor must not keep it.
 */
export function visitCells(model: WorkbookModel, visitor: (visit: CellVisit) => void): void {
  for (const table of Object.values(model.tables)) {
    const columns = table.spec.columns.flatMap((column) => {
      const offset = table.offsetOf(column.key);
      return offset === undefined ? [] : [{ column, offset }];
    });
    const visit = { table } as CellVisit;
    for (const row of table.filledRows) {
      const cells = row.cells;
      visit.row = row;
      for (const { column, offset } of columns) {
        visit.column = column;
        const value = cells[offset];
        visit.value = value === undefined ? null : value;
        visitor(visit);
      }
    }
  }
}
