import { cellText, isBlank } from "../cell";
import { formatAt } from "../locate/sheetGrid";
import type { ParsedTable } from "../model/parsedTable";
import type { WorkbookModel } from "../model/workbookModel";
import { isReturnInfoSheet } from "../returns/returnIdentity";
import { RETURN_WORDS } from "../returns/returnWords";
import type { TableKey } from "../schema/tables";
import { recordValue, type BundleState } from "./bundleState";
import { compareKey } from "./compareKey";
import type { ReadReturn } from "./readReturn";

/** Tables a return may hold that bundling does not merge: their rows are only compared with the overview's. */
const COMPARED_TABLES: readonly TableKey[] = ["indicators", "parties", "quota", "plan"];

/** The notes the uitvraag itself writes above each table: not the party's words. */
const OWN_NOTES = new Set(
  Object.values(RETURN_WORDS).flatMap((words) => Object.values(words.tableNote)),
);

function signature(table: ParsedTable, keys: readonly string[], row: ParsedTable["rows"][number]): string {
  return keys.map((key) => compareKey(row.get(key), table.columnSpec(key)?.type)).join("\u0001");
}

/**
 * Rows of Indicatoren, Partijen, Taakstelling and Planning in a return that the overview does not hold as
 * they are: bundling does not change those tables, so every value of such a row is listed.
 */
export function compareOtherTables(overview: WorkbookModel, ret: ReadReturn, state: BundleState): void {
  for (const key of COMPARED_TABLES) {
    const table = ret.tables[key];
    if (!table) continue;
    const keys = [...table.located.columns.keys()];
    const known = new Set<string>();
    const ov = overview.tables[key];
    for (const row of ov?.filledRows ?? []) known.add(signature(ov!, keys, row));
    for (const row of table.filledRows) {
      if (ov && known.has(signature(table, keys, row))) continue;
      state.listRow({ ret, table, row }, key, row.text(table.spec.rowLabel.key) || null, "table-not-bundled");
    }
  }
}

/**
 * Filled cells of a return outside its tables (a partner's title rows, a note beside the table, an own
 * sheet): not bundled, listed. The uitvraag's own sheets and notes are skipped.
 */
export function listOutsideCells(ret: ReadReturn, state: BundleState): void {
  const boxes = new Map<string, { top: number; bottom: number; left: number; right: number }[]>();
  for (const table of Object.values(ret.tables)) {
    const { located } = table;
    const bottom = located.rows.length > 0 ? located.rows[located.rows.length - 1].row : located.headerRow;
    const list = boxes.get(located.sheet) ?? [];
    list.push({ top: located.headerRow, bottom, left: located.left, right: located.right });
    boxes.set(located.sheet, list);
  }
  for (const sheet of ret.snapshot.sheets) {
    if (ret.fromUitvraag && isReturnInfoSheet(sheet.name)) continue;
    const inside = boxes.get(sheet.name) ?? [];
    sheet.values.forEach((line, r) => {
      const row = sheet.origin.row + r;
      line.forEach((value, c) => {
        if (isBlank(value)) return;
        const column = sheet.origin.column + c;
        if (inside.some((b) => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right)) return;
        if (ret.fromUitvraag && typeof value === "string" && OWN_NOTES.has(value)) return;
        const typed = recordValue(value, undefined, formatAt(sheet, row, column)) ?? { type: "text", value: cellText(value) };
        state.list({ ret, sheet: sheet.name, row, column }, { table: null, id: null, column: null, value: typed, reason: "outside-table" });
      });
    });
  }
}
