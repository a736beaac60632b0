import { rangeAddress, type RangeBox } from "../core/address";
import type { CellValue } from "../core/cell";
import { excelSerialToIso, type IsoDate } from "../core/parse/isoDate";
import type { SheetSnapshot } from "../core/snapshot";
import { FIRST_STATE_ROW, latestState, previousState, type StoredState } from "../core/state/storedStates";

export { isStateSheet } from "../core/state/storedStates";
import { parseExcelAddress } from "./readBlocks";

/** Which recorded state a command needs: the one *Sinds het vorige overleg* compares with, or the latest. */
export type StateWanted = { before: IsoDate } | { latest: true };

/** Columns A–F of a state row: recorded at, meeting, reference date, version, length, check number. */
const META_COLUMNS = 6;
/**
 * The answer's weight of one state cell: its characters, doubled for the quotes and backslashes of the JSON it
 * holds (escaped again in Excel's answer), plus its type and number format. An estimate on the safe side.
 */
const BYTES_PER_CHARACTER = 2;
const BYTES_PER_CELL = 60;
/** A data cell whose recorded length is unknown (a damaged row) is weighed as a full one. */
const FULL_CELL_CHARACTERS = 30_002;

/** What the second round trip brings back about the state sheet: its extent and columns A–F of every row. */
export interface StateMeta {
  name: string;
  visibility: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  meta: Excel.Range;
}

/** Queued with the used ranges of the contract sheets, so reading the states costs no round trip of its own. */
export function queueStateMeta(worksheet: Excel.Worksheet, name: string, visibility: string): StateMeta {
  return {
    name,
    visibility,
    worksheet,
    used: worksheet.getUsedRangeOrNullObject(true).load("address"),
    meta: worksheet.getRange("A:F").getUsedRangeOrNullObject(true).load("address,values"),
  };
}

/** One block of a chosen state row's data cells, with the answer's estimated weight. */
export interface StateLoad {
  box: RangeBox;
  bytes: number;
}

/** The state sheet as the third round trip reads it: the chosen rows' meta cells, and their data in blocks. */
export interface StateRead {
  name: string;
  /** `VeryHidden` as Beleidsmonitor leaves it; anything else when someone changed it. */
  visibility: string;
  worksheet: Excel.Worksheet;
  /** The sheet's used range, or null when it is empty. */
  extent: RangeBox | null;
  /** Columns A–F of the chosen rows, by Excel row. */
  rows: Map<number, CellValue[]>;
  loads: StateLoad[];
  /** Filled in as the loads come back: data cells by Excel row and 0-based column. */
  data: Map<number, CellValue[]>;
}

function metaCell(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : String(value);
}

function meetingDateOf(value: CellValue): IsoDate | null {
  if (typeof value === "number") return excelSerialToIso(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return null;
}

/**
 * The rows to read in full: the one `previousState` (or `latestState`) picks from the meeting dates in column B.
 * The core decides again on what is read, so a row whose data disagrees with its column B is never taken silently.
 */
export function chooseStateRows(metaRows: Map<number, CellValue[]>, wanted: StateWanted): number[] {
  const stubs: StoredState[] = [...metaRows]
    .filter(([row]) => row >= FIRST_STATE_ROW)
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({ row, meetingDate: meetingDateOf(cells[1] ?? null), result: { ok: false, problem: "damaged", detail: "" } }));
  const picked = "before" in wanted ? previousState(stubs, wanted.before) : latestState(stubs);
  return picked.kind === "none" ? [] : [picked.row];
}

/** Splits one row's data cells into blocks of at most `maxBytes` each (at least one cell). */
function dataLoads(row: number, left: number, right: number, characters: number | null, maxBytes: number): StateLoad[] {
  const cells = right - left + 1;
  if (cells <= 0) return [];
  const perCell = BYTES_PER_CELL + BYTES_PER_CHARACTER * (characters === null ? FULL_CELL_CHARACTERS : Math.min(FULL_CELL_CHARACTERS, Math.ceil(characters / cells)));
  const width = Math.max(1, Math.floor(maxBytes / perCell));
  const loads: StateLoad[] = [];
  for (let start = left; start <= right; start += width) {
    const end = Math.min(right, start + width - 1);
    loads.push({ box: { top: row, bottom: row, left: start, right: end }, bytes: perCell * (end - start + 1) });
  }
  return loads;
}

/** After the second round trip: which state rows to read, and the blocks of their data sized for one answer each. */
export function planStateRead(meta: StateMeta, wanted: StateWanted, maxBytesPerLoad: number): StateRead {
  const extent = meta.used.isNullObject ? null : parseExcelAddress(meta.used.address);
  const metaBox = meta.meta.isNullObject ? null : parseExcelAddress(meta.meta.address);
  const all = new Map<number, CellValue[]>();
  if (metaBox) {
    meta.meta.values.forEach((line, r) => {
      const cells: CellValue[] = new Array(META_COLUMNS).fill(null);
      line.forEach((value, c) => (cells[metaBox.left + c] = metaCell(value)));
      if (cells.some((v) => v !== null)) all.set(metaBox.top + r, cells);
    });
  }
  const chosen = extent ? chooseStateRows(all, wanted) : [];
  const rows = new Map(chosen.map((row) => [row, all.get(row)!]));
  const loads = chosen.flatMap((row) => {
    const length = rows.get(row)![4];
    return dataLoads(row, META_COLUMNS, extent!.right, typeof length === "number" ? length : null, maxBytesPerLoad);
  });
  return { name: meta.name, visibility: meta.visibility, worksheet: meta.worksheet, extent, rows, loads, data: new Map() };
}

export function stateLoadAddress(load: StateLoad): string {
  return rangeAddress(load.box);
}

/** Keeps one answered block of data cells. */
export function keepStateData(read: StateRead, load: StateLoad, values: unknown[][]): void {
  const line = (read.data.get(load.box.top) ?? []) as CellValue[];
  (values[0] ?? []).forEach((value, c) => (line[load.box.left + c] = metaCell(value)));
  read.data.set(load.box.top, line);
}

/**
 * The state sheet for the snapshot: only the chosen rows, everything else a hole, and as tall as the sheet's used
 * range, so `planStateWrite` appends below every row there is and never overwrites one.
 */
export function stateSheetSnapshot(read: StateRead): SheetSnapshot {
  const values: CellValue[][] = [];
  if (read.extent) {
    values.length = read.extent.bottom;
    for (const [row, meta] of read.rows) {
      const line = [...meta];
      (read.data.get(row) ?? []).forEach((value, c) => {
        if (c >= META_COLUMNS) line[c] = value;
      });
      for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
      values[row - 1] = line;
    }
  }
  const state = read.visibility === "Visible" ? "visible" : read.visibility === "Hidden" ? "hidden" : "veryHidden";
  return { name: read.name, visible: state === "visible", state, origin: { row: 1, column: 0 }, values };
}

/**
 * How `readWorkbook` reads the recorded states: what is wanted, and the functions that do it. Passed in by the
 * summary (which loads with its own chunk), so the check and the custom functions, which never need a state,
 * do not carry this code.
 */
export interface StateReading {
  wanted: StateWanted;
  queueMeta: typeof queueStateMeta;
  plan: typeof planStateRead;
  loadAddress: typeof stateLoadAddress;
  keep: typeof keepStateData;
  toSnapshot: typeof stateSheetSnapshot;
}

export function stateReading(wanted: StateWanted): StateReading {
  return { wanted, queueMeta: queueStateMeta, plan: planStateRead, loadAddress: stateLoadAddress, keep: keepStateData, toSnapshot: stateSheetSnapshot };
}
