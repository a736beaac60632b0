import { cellAddress } from "../address";
import type { CellValue } from "../cell";
import { findSheet } from "../locate/locateTable";
import { cellAt, lastColumn, lastRow } from "../locate/sheetGrid";
import { excelSerialToIso, type IsoDate } from "../parse/isoDate";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { fnv1a } from "./fingerprint";
import { parseState, serializeState } from "./serializeState";
import { FIRST_STATE_ROW, STATE_SHEET, type StoredState } from "./storedStates";
import { STATE_VERSION, type RecordedState } from "./types";

// Re-exported: what reading needs lives apart, so the pane's check (which reads the sheet) does not load the JSON parser.
export { FIRST_STATE_ROW, latestState, previousState, STATE_SHEET, type EarlierState, type StoredState } from "./storedStates";

/**
 * The recorded states live on one *very hidden* sheet (see docs/vastgelegde-stand.md for why not a
 * custom XML part). Row 1 says what the sheet is, row 2 holds headers, and from row 3 every row is one
 * state, appended each time a summary is written:
 *
 * | A | B | C | D | E | F | G … |
 * |---|---|---|---|---|---|---|
 * | recorded at | meeting date | reference date | version | length | check number | `j:` + JSON, 30 000 characters per cell |
 *
 * A–C are for a person who unhides the sheet; the state itself is only the JSON, whose length and
 * FNV-1a check number (E, F) reveal a changed or lost cell. Every JSON cell starts with `j:`, so Excel
 * never takes one for a formula, number or date.
 */
const TITLE = "Beleidsmonitor: vastgelegde standen";
const EXPLANATION =
  "Dit blad is zeer verborgen. Beleidsmonitor voegt bij elke samenvatting voor het bestuurlijk overleg een rij toe met de stand van de werkmap, om 'Sinds het vorige overleg' te kunnen laten zien. Wijzig of verwijder niets op dit blad.";
const HEADERS = ["Vastgelegd op", "Bestuurlijk overleg", "Peildatum", "Versie", "Lengte", "Controlegetal", "Gegevens"];
const PREFIX = "j:";
/** Below Excel's 32 767 characters per cell, with room for the prefix. */
const CHUNK = 30_000;
const COLUMN = { recordedAt: 0, meetingDate: 1, referenceDate: 2, version: 3, length: 4, check: 5, data: 6 } as const;

/** One state row as the cells A, B, C … of the state sheet. */
export function stateRowCells(state: RecordedState): CellValue[] {
  const json = serializeState(state);
  const chunks: string[] = [];
  for (let at = 0; at < json.length; at += CHUNK) chunks.push(PREFIX + json.slice(at, at + CHUNK));
  return [state.recordedAt, state.meetingDate ?? "", state.referenceDate, state.version, json.length, fnv1a(json), ...chunks];
}

/** The cells of rows 1 and 2. */
export function stateSheetHeader(): CellValue[][] {
  return [[TITLE, EXPLANATION], HEADERS];
}

export interface StateSheetWrite {
  sheet: typeof STATE_SHEET;
  /** The sheet does not exist yet: add it (never activate it). */
  create: boolean;
  /**
   * Always set: also when someone made the sheet visible. Not undoable on desktop Excel
   * (`Worksheet.visibility`), so the adapter sets it outside an undo group.
   */
  visibility: "VeryHidden";
  /** Blocks of cells by their top-left A1 address. Every string is text, never a formula. */
  writes: { address: string; values: CellValue[][] }[];
  /** Excel row of the new state. */
  row: number;
}

/**
 * What to write to record a state: the new row below everything on the sheet (nothing is ever
 * overwritten), with the title and headers first when the sheet is new or empty.
 */
export function planStateWrite(snapshot: WorkbookSnapshot, state: RecordedState): StateSheetWrite {
  const sheet = findSheet(snapshot, STATE_SHEET);
  const used = sheet && sheet.values.length > 0 ? lastRow(sheet) : 0;
  const writes: StateSheetWrite["writes"] = [];
  if (used === 0) writes.push({ address: "A1", values: stateSheetHeader() });
  const row = Math.max(used, FIRST_STATE_ROW - 1) + 1;
  writes.push({ address: cellAddress(row, 0), values: [stateRowCells(state)] });
  return { sheet: STATE_SHEET, create: sheet === undefined, visibility: "VeryHidden", writes, row };
}

function dateCell(value: CellValue): IsoDate | null {
  if (typeof value === "number") return excelSerialToIso(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return null;
}

function readRow(sheet: SheetSnapshot, row: number, right: number): StoredState | null {
  const cells: CellValue[] = [];
  for (let c = 0; c <= right; c++) cells.push(cellAt(sheet, row, c));
  if (cells.every((v) => v === null || v === "")) return null;
  const meetingDate = dateCell(cells[COLUMN.meetingDate]);
  const damaged = (detail: string): StoredState => ({ row, meetingDate, result: { ok: false, problem: "damaged", detail } });
  const version = cells[COLUMN.version];
  if (typeof version === "number" && version > STATE_VERSION) {
    return { row, meetingDate, result: { ok: false, problem: "future-version", detail: `versie ${version}` } };
  }
  let json = "";
  for (let c = COLUMN.data; c <= right; c++) {
    const cell = cells[c];
    if (cell === null || cell === "") break;
    if (typeof cell !== "string" || !cell.startsWith(PREFIX)) return damaged(`cel ${cellAddress(row, c)} is gewijzigd`);
    json += cell.slice(PREFIX.length);
  }
  if (json === "") return damaged("geen gegevens");
  if (cells[COLUMN.length] !== json.length) return damaged(`lengte ${json.length}, vastgelegd ${String(cells[COLUMN.length])}: er ontbreekt een deel`);
  if (cells[COLUMN.check] !== fnv1a(json)) return damaged("het controlegetal klopt niet: de gegevens zijn gewijzigd");
  const result = parseState(json);
  return { row, meetingDate: result.ok ? result.state.meetingDate : meetingDate, result };
}

/** Every state row of the workbook's state sheet, oldest first; an empty list when there is no such sheet. */
export function readStoredStates(snapshot: WorkbookSnapshot): StoredState[] {
  const sheet = findSheet(snapshot, STATE_SHEET);
  if (!sheet || sheet.values.length === 0) return [];
  const right = lastColumn(sheet);
  const states: StoredState[] = [];
  for (let row = Math.max(FIRST_STATE_ROW, sheet.origin.row); row <= lastRow(sheet); row++) {
    const stored = readRow(sheet, row, right);
    if (stored) states.push(stored);
  }
  return states;
}
