import type { TableKey } from "../schema/tables";
import type { ColumnRole } from "./sheetPlan";

/** The tables a return answers and bundling merges; every other table of a return is only compared. */
export type BundledTable = Extract<TableKey, "activities" | "measurements">;

export const BUNDLED_TABLES: readonly BundledTable[] = ["activities", "measurements"];

/**
 * The columns a party answers. Everything else is the agreement, which a return never changes.
 * `Bijgewerkt door` (who brought the row up to date) and a measurement's `Peildatum` belong with the
 * answers they describe; `Onderwerp` belongs with the agreement.
 */
const ANSWER_COLUMNS: Record<BundledTable, ReadonlySet<string>> = {
  activities: new Set(["status", "note", "actual", "updated", "updatedBy"]),
  measurements: new Set(["date", "value", "source", "note"]),
};

/** The columns a row is matched on. */
export const KEY_COLUMNS: Record<BundledTable, readonly string[]> = {
  activities: ["id"],
  measurements: ["indicator", "year"],
};

export function columnRole(table: BundledTable, key: string): ColumnRole {
  return ANSWER_COLUMNS[table].has(key) ? "answer" : "agreement";
}

export function isBundledTable(key: TableKey): key is BundledTable {
  return key === "activities" || key === "measurements";
}
