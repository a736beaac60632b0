import { cellText, type CellValue } from "../../../src/core/cell";
import { parseRangeAddress } from "../../../src/core/address";
import { checkModel } from "../../../src/core/engine/checkWorkbook";
import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot, type WorkbookFragment } from "../../../src/core/rules/fragment";
import { recordState, type RecordOptions } from "../../../src/core/state/recordState";
import type { StateSheetWrite } from "../../../src/core/state/stateSheet";
import type { RecordedState } from "../../../src/core/state/types";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

export const RECORD: RecordOptions = { meetingDate: "2025-06-26", recordedAt: "2025-06-20T14:03:12", generator: "Beleidsmonitor 0.1.0" };

/** The state of a snapshot as a summary would record it (checked on `today`). */
export function stateOf(snapshot: WorkbookSnapshot, options: Partial<RecordOptions> = {}, today = "2025-06-20"): RecordedState {
  const model = buildModel(snapshot);
  const report = checkModel(model, { today });
  return recordState(model, report, { ...RECORD, ...options });
}

export function stateOfFragment(fragment: WorkbookFragment, options: Partial<RecordOptions> = {}): RecordedState {
  return stateOf(fragmentToSnapshot(fragment), options);
}

/** A state without the in-memory-only Afspraak texts: what a stored state reads back as. */
export function stored(state: RecordedState): RecordedState {
  if (!state.activities) return state;
  return { ...state, activities: { ...state.activities, rows: state.activities.rows.map(({ agreement: _agreement, ...rest }) => rest) } };
}

/** Carries out a planned state write on a snapshot, as an adapter would in one batch. */
export function applyStateWrite(snapshot: WorkbookSnapshot, write: StateSheetWrite): void {
  let sheet = snapshot.sheets.find((s) => s.name === write.sheet);
  if (write.create || !sheet) {
    sheet = { name: write.sheet, visible: false, origin: { row: 1, column: 0 }, values: [] };
    snapshot.sheets.push(sheet);
  }
  for (const block of write.writes) {
    const box = parseRangeAddress(block.address)!;
    block.values.forEach((line, r) => {
      const row = box.top + r - sheet!.origin.row;
      const target = (sheet!.values[row] ??= []);
      line.forEach((value, c) => (target[box.left + c - sheet!.origin.column] = value));
    });
  }
  for (let r = 0; r < sheet.values.length; r++) sheet.values[r] ??= [];
  for (const line of sheet.values) for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
}

export function sheetCell(snapshot: WorkbookSnapshot, sheetName: string, row: number, column: number): CellValue {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  return sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
}

export function setSheetCell(snapshot: WorkbookSnapshot, sheetName: string, row: number, column: number, value: CellValue): void {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  (sheet.values[row - sheet.origin.row] ??= [])[column - sheet.origin.column] = value;
}

export const text = (value: CellValue): string => cellText(value);
