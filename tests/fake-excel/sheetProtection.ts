/**
 * A protected worksheet (*Controleren > Blad beveiligen*, `WorksheetProtection`, ExcelApi 1.2) with Excel's
 * defaults: every cell locked, so no value, format, conditional format, drop-down list, merge or table on it may
 * change (Microsoft support, "Protect a worksheet"). Excel refuses such a write with `AccessDenied`, the code it uses
 * for protection refusals (office-js#6784), and the batch stops there. Code must read `protection.protected` first.
 */

import { officeError } from "./errors";
import type { SheetState, WorkbookState } from "./state";

/** Everything a write could change on one sheet, as one comparable string. */
function fingerprint(state: WorkbookState, sheet: SheetState): string {
  return JSON.stringify([
    [...sheet.cells],
    [...sheet.columnStyles],
    [...sheet.columnWidths],
    [...sheet.rowHeights],
    sheet.merges.all(),
    sheet.validations,
    sheet.conditionalFormats,
    state.tables.filter((t) => t.sheet === sheet).map((t) => [t.name, t.box, t.flags, t.style]),
  ]);
}

/**
 * Runs a write; when it changed a protected sheet, puts that sheet back as it was and throws `AccessDenied`.
 * Costs nothing while no sheet is protected.
 */
export function guardProtectedSheets(state: WorkbookState, member: string, run: () => void): void {
  const guarded = state.sheets.filter((sheet) => sheet.protected);
  if (guarded.length === 0) return run();
  const before = guarded.map((sheet) => ({ sheet, print: fingerprint(state, sheet), copy: sheet.clone(), tables: state.tables.filter((t) => t.sheet === sheet).map((t) => ({ table: t, box: { ...t.box }, flags: { ...t.flags } })) }));
  run();
  for (const { sheet, print, copy, tables } of before) {
    if (fingerprint(state, sheet) === print) continue;
    sheet.restoreFrom(copy);
    for (const { table, box, flags } of tables) Object.assign(table, { box, flags });
    throw officeError("AccessDenied", member);
  }
}
