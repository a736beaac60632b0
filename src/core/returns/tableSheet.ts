import { cellAddress, rangeAddress } from "../address";
import type { ParsedRow } from "../model/parsedTable";
import type { TableSpec } from "../schema/tables";
import { planValueOf } from "./planValue";
import { OPEN_PROTECTION, type ColumnRole, type ListValidation, type PlanColumn, type PlanValue, type SheetPlan } from "./sheetPlan";

/** Row of the table's header on every table sheet of a return: a one-line note sits above it. */
export const TABLE_HEADER_ROW = 3;

/** Long free-text columns wrap inside their cells. */
const WRAPPED = new Set(["agreement", "note", "goal", "name"]);

export interface TableSheetInput {
  spec: TableSpec;
  /** Data rows in the contract's column order. */
  rows: (PlanValue | null)[][];
  role: (key: string) => ColumnRole;
  note: string;
  /** Protect the sheet (without a password): only for sheets where nothing is to be added. */
  protect: boolean;
}

export function planColumns(spec: TableSpec, role: (key: string) => ColumnRole): PlanColumn[] {
  return spec.columns.map((column) => {
    const columnRole = role(column.key);
    const numberFormat = column.numberFormat ?? (column.freeText ? "@" : undefined);
    return {
      header: column.header,
      key: column.key,
      role: columnRole,
      width: column.width ?? 14,
      ...(numberFormat ? { numberFormat } : {}),
      locked: columnRole === "agreement",
      wrap: WRAPPED.has(column.key),
    };
  });
}

/** A row of the overview copied cell by cell into the contract's column order, typed as it was. */
export function copyRow(spec: TableSpec, row: ParsedRow): (PlanValue | null)[] {
  return spec.columns.map((column) => {
    const value = row.get(column.key);
    // Only a number needs its format (a date, a percentage): the lookup is skipped for the rest.
    return planValueOf(value, column.type, typeof value === "number" ? row.format(column.key) : undefined);
  });
}

/**
 * A sheet holding one contract table under its contract name and headers, with a note above it:
 * `beleidsmonitor check` reads it as it reads any overview.
 */
export function tableSheet(input: TableSheetInput): SheetPlan {
  const { spec } = input;
  const columns = planColumns(spec, input.role);
  const rows = input.rows.length > 0 ? input.rows : [spec.columns.map(() => null)];
  const last = TABLE_HEADER_ROW + rows.length;
  const validations: ListValidation[] = [];
  spec.columns.forEach((column, index) => {
    if (column.list && input.role(column.key) === "answer") {
      validations.push({ range: rangeAddress({ top: TABLE_HEADER_ROW + 1, bottom: last, left: index, right: index }), values: [...column.list], strict: true });
    }
  });
  return {
    name: spec.sheet,
    columnWidths: columns.map((c) => c.width),
    frozenRows: TABLE_HEADER_ROW,
    cells: [{ row: 1, column: 0, value: { type: "text", value: input.note }, style: "note" }],
    merges: [],
    rowHeights: {},
    tables: [
      {
        name: spec.table,
        ref: `${cellAddress(TABLE_HEADER_ROW, 0)}:${cellAddress(last, spec.columns.length - 1)}`,
        headerRow: TABLE_HEADER_ROW,
        left: 0,
        columns,
        rows,
      },
    ],
    validations,
    protection: input.protect ? OPEN_PROTECTION : null,
  };
}
