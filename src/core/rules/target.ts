import { cellAddress } from "../address";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { FindingTarget } from "./types";

/** Points a finding at one cell of a contract table (or at the row, without a key). */
export function cellTarget(table: ParsedTable, row: ParsedRow, key?: string): FindingTarget {
  return {
    sheet: table.sheet,
    table: table.spec.key,
    row: row.row,
    column: key,
    cell: key === undefined ? row.cell() : undefined,
    value: key === undefined ? undefined : row.get(key),
  };
}

/** Points a finding at a table as a whole: the first cell of its header row, or a column's header cell. */
export function tableTarget(table: ParsedTable, key?: string): FindingTarget {
  const row = table.located.headerRow;
  const index = key === undefined ? undefined : table.columnIndex(key);
  return { sheet: table.sheet, table: table.spec.key, row, column: key, cell: cellAddress(row, index ?? table.located.left) };
}
