import { cellAddress } from "../address";
import { isBlank, isCellError, type CellValue } from "../cell";
import { formatAt } from "../locate/sheetGrid";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import { jsonValue, planValueOf } from "../returns/planValue";
import type { PlanValue } from "../returns/sheetPlan";
import type { ColumnType, TableKey } from "../schema/tables";
import type { ReadReturn } from "./readReturn";
import type { AddedDecision, CellWrite, ConflictDecision, ListedReason, ListedValue, TableAppend, TakenDecision, TypedDecisions } from "./types";

/** A row of a return, with the return and table it comes from. */
export interface RowRef {
  ret: ReadReturn;
  table: ParsedTable;
  row: ParsedRow;
}

export type RowOutcome = "unchanged" | "notFilled" | "listed" | "taken" | "conflicts" | "added";

const STRENGTH: Record<RowOutcome, number> = { unchanged: 0, notFilled: 1, listed: 2, taken: 3, conflicts: 4, added: 5 };

/** A cell as recorded in a decision: its typed value, an error value as its text. */
export function recordValue(value: CellValue | undefined, type: ColumnType | undefined, format?: string): PlanValue | null {
  if (value !== undefined && value !== null && isCellError(value)) return { type: "text", value: value.error };
  return planValueOf(value, type, format);
}


/** The number format of a return's cell, where the reader gave one. */
export function formatOf(ref: RowRef, column: number): string | undefined {
  const sheet = ref.ret.snapshot.sheets.find((s) => s.name === ref.table.sheet);
  return sheet ? formatAt(sheet, ref.row.row, column) : undefined;
}

/** Everything bundling decides, collected as the tables are merged. */
export class BundleState {
  readonly taken: TakenDecision[] = [];
  readonly conflicts: ConflictDecision[] = [];
  readonly added: AddedDecision[] = [];
  readonly listed: ListedValue[] = [];
  readonly writes: CellWrite[] = [];
  readonly appends: TableAppend[] = [];
  readonly typed: TypedDecisions = { taken: [], conflicts: [], listed: [] };
  /** Asked measurements left without a value, by party name. */
  readonly notFilled = new Map<string, string[]>();
  private readonly outcomes = new Map<ParsedRow, RowOutcome>();

  /** Records what happened to a return's row; a row keeps its weightiest outcome. */
  mark(row: ParsedRow, outcome: RowOutcome): void {
    const now = this.outcomes.get(row);
    if (now === undefined || STRENGTH[outcome] > STRENGTH[now]) this.outcomes.set(row, outcome);
  }

  outcome(row: ParsedRow): RowOutcome {
    return this.outcomes.get(row) ?? "unchanged";
  }

  addTaken(decision: TakenDecision, from: PlanValue | null, to: PlanValue): void {
    this.taken.push(decision);
    this.typed.taken.push({ from, to });
  }

  addConflict(decision: ConflictDecision, kept: PlanValue | null, values: (PlanValue | null)[], onAddedRow = false): void {
    this.conflicts.push(decision);
    this.typed.conflicts.push({ kept, values, onAddedRow });
  }

  /** Keeps one value of a return on the Bundeling sheet. */
  list(ref: RowRef | { ret: ReadReturn; sheet: string; row: number; column: number }, entry: { table: TableKey | null; id: string | null; column: string | null; value: PlanValue | null; reason: ListedReason }, column?: number): void {
    const sheet = "table" in ref ? ref.table.sheet : ref.sheet;
    const row = "table" in ref ? ref.row.row : ref.row;
    const at = "table" in ref ? (column ?? ref.table.located.left) : ref.column;
    this.listed.push({ ...entry, value: jsonValue(entry.value), source: ref.ret.file, party: ref.ret.party.name, sourceSheet: sheet, sourceCell: cellAddress(row, at) });
    this.typed.listed.push(entry.value);
    if ("table" in ref) this.mark(ref.row, "listed");
  }

  /** Lists every filled cell of a return's row, contract columns and the partner's own alike. */
  listRow(ref: RowRef, table: TableKey, id: string | null, reason: ListedReason): void {
    const { located } = ref.table;
    ref.row.cells.forEach((value, offset) => {
      if (isBlank(value)) return;
      const index = located.left + offset;
      const column = [...located.columns.values()].find((c) => c.index === index);
      const header = column?.header ?? located.extra.find((e) => e.index === index)?.header ?? located.duplicates.find((d) => d.index === index)?.header ?? null;
      const type = column ? ref.table.columnSpec(column.key)?.type : undefined;
      this.list(ref, { table, id, column: header, value: recordValue(value, type, formatOf(ref, index)), reason }, index);
    });
  }
}
