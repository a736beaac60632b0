import type { CellValue } from "../cell";
import { rangeAddress } from "../address";
import { TABLES, type TableKey, type TableSpec } from "../schema/tables";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../snapshot";

/** A row keyed by header as written. */
export type FragmentRow = Record<string, CellValue>;

/** A table given cell by cell, for structure cases (odd headers, plain ranges, merged cells). */
export interface FragmentGrid {
  /** Rows of the sheet from A1, header row included. */
  cells: CellValue[][];
  /** Excel row of the header; 1 when omitted. */
  headerRow?: number;
  /** A plain range: no Excel table is defined over it. */
  plain?: boolean;
  merged?: string[];
  numberFormats?: string[][];
  /** Package facts, as the .xlsx reader gives them: the table's ref when it differs from the cells given. */
  tableRef?: string;
  totalsRowCount?: number;
  headerRowCount?: number;
  /** Column names of the table's definition (read when the header row is switched off). */
  columns?: string[];
  formulasWithoutValue?: string[];
  /** The sheet's name when it is not the contract's (a table on an unexpected sheet). */
  sheet?: string;
}

/**
 * A small workbook for rule tests and rule docs: rows per contract table. Tables that are not
 * mentioned come from a clean base workbook; a table given as `null` is absent.
 */
export type WorkbookFragment = Partial<Record<TableKey, FragmentRow[] | FragmentGrid | null>>;

/** The clean base: parties and settings filled, the other tables present with headers only. */
export const BASE_FRAGMENT: Partial<Record<TableKey, FragmentRow[]>> = {
  parties: [
    { Partij: "Gemeente Dronten", Afkorting: null, Rol: "Gemeente" },
    { Partij: "Oost Flevoland Woondiensten", Afkorting: "OFW", Rol: "Corporatie" },
    { Partij: "Huurders Belangen Vereniging", Afkorting: "HBV", Rol: "Huurdersorganisatie" },
  ],
  settings: [
    { Instelling: "Gemeente", Waarde: "Dronten" },
    { Instelling: "Peildatum", Waarde: "2025-06-15" },
  ],
};

function gridFromRows(spec: TableSpec, rows: FragmentRow[]): CellValue[][] {
  const headers = spec.columns.map((c) => c.header);
  for (const row of rows) for (const key of Object.keys(row)) if (!headers.includes(key)) headers.push(key);
  return [headers, ...rows.map((row) => headers.map((h) => (row[h] === undefined ? null : row[h])))];
}

function isGrid(value: FragmentRow[] | FragmentGrid): value is FragmentGrid {
  return !Array.isArray(value);
}

export function fragmentToSnapshot(fragment: WorkbookFragment): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableRef[] = [];
  for (const spec of TABLES) {
    const given = spec.key in fragment ? fragment[spec.key] : (BASE_FRAGMENT[spec.key] ?? []);
    if (given === null || given === undefined) continue;
    const grid: FragmentGrid = isGrid(given) ? given : { cells: gridFromRows(spec, given) };
    const headerRow = grid.headerRow ?? 1;
    const width = Math.max(1, ...grid.cells.map((r) => r.length));
    const sheetName = grid.sheet ?? spec.sheet;
    const sheet: SheetSnapshot = {
      name: sheetName,
      visible: true,
      origin: { row: 1, column: 0 },
      values: grid.cells.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i]))),
      numberFormats: grid.numberFormats,
      merged: grid.merged,
    };
    if (grid.formulasWithoutValue) sheet.formulasWithoutValue = grid.formulasWithoutValue;
    sheets.push(sheet);
    if (!grid.plain) {
      const bottom = Math.max(headerRow + 1, grid.cells.length);
      const table: TableRef = { name: spec.table, sheet: sheetName, address: grid.tableRef ?? rangeAddress({ top: headerRow, left: 0, bottom, right: width - 1 }) };
      if (grid.totalsRowCount !== undefined) table.totalsRowCount = grid.totalsRowCount;
      if (grid.headerRowCount !== undefined) table.headerRowCount = grid.headerRowCount;
      if (grid.columns) table.columns = grid.columns;
      tables.push(table);
    }
  }
  return { sheets, tables };
}
