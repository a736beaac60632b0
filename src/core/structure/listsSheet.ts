import { cellText, type CellValue } from "../cell";
import { columnLetter } from "../address";
import { locateTable } from "../locate/locateTable";
import { ParsedTable } from "../model/parsedTable";
import { PartyDirectory } from "../model/parties";
import { DIRECTIONS, ROLES, STATUSES } from "../schema/lists";
import { PARTIES } from "../schema/tables";
import type { WorkbookSnapshot } from "../snapshot";

/** The hidden sheet the drop-down lists refer to: Excel splits a typed list source on commas. */
export const LISTS_SHEET = "Lijsten";

export interface DropDownList {
  /** `table.column` keys of the contract columns that use this list. */
  usedBy: string[];
  header: string;
  values: string[];
  /** Refuse values outside the list; otherwise only warn. */
  strict: boolean;
}

/** Status, Richting, Rol and Trekker (every party name, short name and group name from `Partijen`). */
export function dropDownLists(snapshot: WorkbookSnapshot): DropDownList[] {
  const parties = locateTable(snapshot, PARTIES);
  const directory = PartyDirectory.fromTable(parties.found ? new ParsedTable(parties.table) : undefined);
  return [
    { usedBy: ["activities.status"], header: "Status", values: [...STATUSES], strict: true },
    { usedBy: ["indicators.direction"], header: "Richting", values: [...DIRECTIONS], strict: true },
    { usedBy: ["parties.role"], header: "Rol", values: [...ROLES], strict: true },
    { usedBy: ["activities.lead"], header: "Trekker", values: [...new Set(directory.labels())], strict: false },
  ];
}

/** `=Lijsten!$A$2:$A$6` for the list in column `index`. */
export function listSource(lists: readonly DropDownList[], index: number): string {
  const letter = columnLetter(index);
  return `=${LISTS_SHEET}!$${letter}$2:$${letter}$${lists[index].values.length + 1}`;
}

/** The grid the lists sheet must show from A1, `rows` high (blank beyond each list). */
export function listsGrid(lists: readonly DropDownList[], rows: number): string[][] {
  return Array.from({ length: rows }, (_, r) => lists.map((list) => (r === 0 ? list.header : (list.values[r - 1] ?? ""))));
}

export function listsRows(lists: readonly DropDownList[]): number {
  return 1 + Math.max(...lists.map((list) => list.values.length));
}

/** Whether the sheet's cells from A1 already hold exactly the grid (anything beyond its columns is ignored). */
export function listsMatch(current: readonly CellValue[][], grid: readonly string[][]): boolean {
  const rows = Math.max(current.length, grid.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < (grid[0]?.length ?? 0); c++) {
      if (cellText(current[r]?.[c] ?? null) !== (grid[r]?.[c] ?? "")) return false;
    }
  }
  return true;
}
