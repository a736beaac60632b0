import { rangeAddress, type RangeBox } from "../core/address";
import type { CellValue } from "../core/cell";
import { normalizeText } from "../core/parse/normalizeText";
import { TABLES } from "../core/schema/tables";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../core/snapshot";
import { queueDateSystemProbe, toSnapshotNumber } from "./dateSystem";
import { cellCount, nextTrip, parseExcelAddress, probeTiles } from "./readBlocks";
import { isStateSheet } from "../core/state/storedStates";
import type { StateLoad, StateReading } from "./stateRead";

/** Sheets the add-in writes itself; the check never needs their contents. */
export function isOutputSheet(name: string): boolean {
  return name === "Controle" || name === "Lijsten" || isStateSheet(name) || /^BO \d{4}-\d{2}-\d{2}/.test(name) || /^Uitvraag\b/.test(name);
}

const CONTRACT_SHEETS = new Set(TABLES.map((t) => normalizeText(t.sheet)));
const CONTRACT_TABLES = new Set(TABLES.map((t) => t.table.toLowerCase()));

/**
 * Bytes one round trip may bring back. Excel on the web refuses a response over 5 MB (RichApi.Error,
 * `concepts/resource-limits-and-performance-optimization.md`); desktop Excel has no such limit, so its budget
 * only bounds the memory of one answer.
 */
export const RESPONSE_BUDGET = { web: 4_000_000, desktop: 100_000_000 };
/**
 * The share of the first answer the recorded state may take, so that reading it adds no round trip; a larger state
 * (a workbook of tens of thousands of rows) comes in round trips of its own, each within the budget.
 */
const STATE_SHARE = 4;
/** A first guess of a cell's share of the answer (value, type and number format as JSON), corrected as data comes in. */
const FIRST_BYTES_PER_CELL = 40;
/** Below this, a refused answer is not the size's fault. */
const MIN_CELLS_PER_TRIP = 1_000;
/**
 * A used range larger than four round trips' worth of cells, or than two million cells, is probed for where its
 * data is: that much is either a very large table or mostly the empty space before a stray value.
 */
const PROBE_FACTOR = 4;
const PROBE_CELLS = 2_000_000;
/** An empty cell's share (`"",` `"Empty",` `"General",`): no block is sized on a lighter guess. */
const MIN_BYTES_PER_CELL = 20;

export interface ReadOptions {
  /**
   * Read merged areas on contract sheets that have no table yet (Inrichten needs them). The read clears the
   * user's undo history on desktop Excel (office-js#5918), so the check never asks for it.
   */
  mergedAreas: boolean;
  /** Only these sheets (any case); by default every contract sheet and every sheet holding a contract table. */
  only?: readonly string[];
  platform?: "desktop" | "web";
  /**
   * Also read the recorded states (the very hidden sheet `Beleidsmonitor_Stand`, docs/vastgelegde-stand.md): its
   * extent and the one state row the command needs, in the same round trips as the rest. The snapshot then holds
   * that sheet with only that row, as tall as the sheet (so `planStateWrite` appends below everything).
   * `stateReading(wanted)` from stateRead.ts.
   */
  states?: StateReading;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Every sheet of the workbook in order, read or not, with Excel's `visibility` (`Visible`, `Hidden`, `VeryHidden`). */
  sheets: { name: string; visible: boolean; visibility: string }[];
  /** The workbook counts dates from 1904; the snapshot's dates are moved to the 1900 system. */
  date1904: boolean;
  /** Sheets the user protected (*Blad beveiligen*): Excel refuses every write to them. */
  protectedSheets: string[];
  syncs: number;
}

interface SheetRead {
  name: string;
  visible: boolean;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  values: CellValue[][];
  formats: string[][];
}

interface Block {
  sheet: SheetRead;
  box: RangeBox;
}

function toCellValue(value: unknown, type: Excel.RangeValueType | string, format: string | undefined, date1904: boolean): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return toSnapshotNumber(value, format, date1904);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
}

/**
 * Reads what a command needs, within Excel's limits: three round trips for an ordinary workbook (names, the
 * shape of each used range, then the cells), more only for a workbook whose cells exceed one answer. The shape
 * comes first so that a stray value far from the data costs a probe, never a read of the empty rectangle between:
 * an oversized used range is cut into bands whose own used ranges show where the data is. The cells come in
 * blocks sized to the platform's budget; the snapshot keeps only rows that hold something, each up to its last
 * filled cell.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  // Whether a sheet is protected (ExcelApi 1.2) rides along: the commands that write refuse before writing.
  const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  // The table's sheet name comes with the names, saving a round trip per table.
  // Whether a table shows its header and totals rows (ExcelApi 1.3) comes along too: a totals row is not data.
  const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/showHeaders,items/showTotals");
  const is1904 = queueDateSystemProbe(context);
  await sync();
  const date1904 = is1904();

  const tableSheets = new Set(tables.items.filter((t) => CONTRACT_TABLES.has(t.name.toLowerCase())).map((t) => t.worksheet.name));
  const only = options.only && new Set(options.only.map(normalizeText));
  const relevant = (name: string) => (only ? only.has(normalizeText(name)) : tableSheets.has(name) || (CONTRACT_SHEETS.has(normalizeText(name)) && !isOutputSheet(name)));
  const reads: SheetRead[] = sheets.items.filter((s) => relevant(s.name)).map((sheet) => ({
    name: sheet.name,
    visible: sheet.visibility === "Visible",
    worksheet: sheet,
    used: sheet.getUsedRangeOrNullObject(true).load("address"),
    // Excel tables cannot hold merged cells: only a contract sheet without its table can have them in the way.
    merged: options.mergedAreas && !tableSheets.has(sheet.name) ? sheet.getRange().getMergedAreasOrNullObject().load("areas/items/address") : undefined,
    values: [],
    formats: [],
  }));
  const readNames = new Set(reads.map((r) => r.name));
  const tableRanges = tables.items
    .filter((t) => !only || readNames.has(t.worksheet.name))
    .map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      range: t.getRange().load("address"),
      // Without a header row the headers live only in the table's column names.
      columns: t.showHeaders ? undefined : t.columns.load("items/name"),
      headerRowCount: t.showHeaders ? 1 : 0,
      totalsRowCount: t.showTotals ? 1 : 0,
    }));
  const reading = options.states;
  const stateSheet = reading && sheets.items.find((s) => isStateSheet(s.name));
  const stateMeta = reading && stateSheet ? reading.queueMeta(stateSheet, stateSheet.name, stateSheet.visibility) : null;
  await sync();

  const budget = RESPONSE_BUDGET[options.platform ?? "desktop"];
  const states = reading && stateMeta ? reading.plan(stateMeta, reading.wanted, budget / STATE_SHARE) : null;
  let maxCells = Math.floor(budget / FIRST_BYTES_PER_CELL);
  let blocks: Block[] = [];
  for (const sheet of reads) {
    const box = sheet.used.isNullObject ? null : parseExcelAddress(sheet.used.address);
    if (box) blocks.push({ sheet, box });
  }
  // A used range a few answers large is data; one far larger is probed first (a stray value at its far corner).
  blocks = await narrow(blocks, Math.min(maxCells * PROBE_FACTOR, PROBE_CELLS), sync);

  // The budget is in bytes; the cells per round trip follow what the answers so far weighed (on the web, where it
  // matters), and halve should Excel still refuse one.
  const measure = options.platform === "web";
  let pending = blocks;
  let stateLoads = states?.loads ?? [];
  while (pending.length || stateLoads.length) {
    // The state rides along with the cells within its share of the answer; alone, it fills whole answers.
    const state = takeStateLoads(stateLoads, pending.length ? budget / STATE_SHARE : budget);
    const { trip, rest } = pending.length ? nextTrip(pending, Math.max(1, Math.floor(maxCells * (1 - state.bytes / budget)))) : { trip: [], rest: [] };
    const loaded = trip.map((block) => ({ block, range: block.sheet.worksheet.getRange(rangeAddress(block.box)).load("values,valueTypes,numberFormat") }));
    const stateRanges = state.now.map((load) => ({ load, range: states!.worksheet.getRange(reading!.loadAddress(load)).load("values") }));
    try {
      // One round trip per budget's worth of cells, by design: Excel on the web refuses a larger answer.
      await sync();
    } catch (error) {
      if (!isTooLarge(error) || maxCells <= MIN_CELLS_PER_TRIP) throw error;
      maxCells = Math.floor(maxCells / 2);
      continue;
    }
    for (const { load, range } of stateRanges) reading!.keep(states!, load, range.values);
    stateLoads = state.rest;
    let bytes = 0;
    let cells = 0;
    for (const { block, range } of loaded) {
      keepCells(block, range.values, range.valueTypes, range.numberFormat as string[][], date1904);
      cells += cellCount(block.box);
      if (measure) bytes += JSON.stringify(range.values).length + JSON.stringify(range.valueTypes).length + JSON.stringify(range.numberFormat).length;
    }
    if (measure && cells > 0) maxCells = Math.max(MIN_CELLS_PER_TRIP, Math.floor(budget / Math.max(bytes / cells, MIN_BYTES_PER_CELL)));
    pending = rest;
  }

  const snapshot: WorkbookSnapshot = { sheets: reads.map(toSheetSnapshot), tables: [] };
  if (reading && states) snapshot.sheets.push(reading.toSnapshot(states));
  for (const table of tableRanges) {
    const ref: TableRef = { name: table.name, sheet: table.sheet, address: table.range.address };
    if (table.headerRowCount === 0) ref.headerRowCount = 0;
    if (table.totalsRowCount === 1) ref.totalsRowCount = 1;
    if (table.columns) ref.columns = table.columns.items.map((c) => c.name);
    snapshot.tables.push(ref);
  }
  return { snapshot, sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible", visibility: s.visibility })), date1904, protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name), syncs };
}

/** The state blocks of the next round trip: in order while they fit `room` bytes, and at least one. */
function takeStateLoads(loads: readonly StateLoad[], room: number): { now: StateLoad[]; rest: StateLoad[]; bytes: number } {
  let bytes = 0;
  let count = 0;
  while (count < loads.length && (count === 0 || bytes + loads[count].bytes <= room)) {
    bytes += loads[count].bytes;
    count++;
  }
  return { now: loads.slice(0, count), rest: loads.slice(count), bytes };
}

/** Probes oversized boxes, one round trip per level, until every box fits one answer; empty bands drop out. */
async function narrow(blocks: Block[], maxCells: number, sync: () => Promise<void>): Promise<Block[]> {
  let current = blocks;
  while (current.some((b) => cellCount(b.box) > maxCells)) {
    const kept = current.filter((b) => cellCount(b.box) <= maxCells);
    const probes = current
      .filter((b) => cellCount(b.box) > maxCells)
      .flatMap((b) => probeTiles(b.box, maxCells / 2).map((tile) => ({ sheet: b.sheet, used: b.sheet.worksheet.getRange(rangeAddress(tile)).getUsedRangeOrNullObject(true).load("address") })));
    // Each level narrows the unknown 64-fold: a few round trips even for a value at XFD1048576.
    await sync();
    current = [...kept];
    for (const probe of probes) {
      const box = probe.used.isNullObject ? null : parseExcelAddress(probe.used.address);
      if (box) current.push({ sheet: probe.sheet, box });
    }
  }
  return current;
}

/** Keeps the filled cells of one block: rows with nothing stay holes, a row ends at its last filled cell. */
function keepCells(block: Block, values: unknown[][], types: string[][], formats: string[][], date1904: boolean): void {
  const { sheet, box } = block;
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    let last = -1;
    for (let c = line.length - 1; c >= 0; c--) {
      if (types[r][c] !== "Empty" && line[c] !== "") {
        last = c;
        break;
      }
    }
    if (last < 0) continue;
    const row = box.top + r;
    const valueLine = (sheet.values[row] ??= []);
    const formatLine = (sheet.formats[row] ??= []);
    for (let c = 0; c <= last; c++) {
      const format = formats[r][c];
      valueLine[box.left + c] = toCellValue(line[c], types[r][c], format, date1904);
      formatLine[box.left + c] = format;
    }
  }
}

/** Moves the kept cells to the sheet's origin (the top-left filled row and column), keeping the holes. */
function toSheetSnapshot(sheet: SheetRead): SheetSnapshot {
  const merged = sheet.merged && !sheet.merged.isNullObject ? sheet.merged.areas.items.map((area) => area.address) : [];
  let top = Infinity;
  let left = Infinity;
  sheet.values.forEach((line, row) => {
    if (row < top) top = row;
    line.forEach((_, column) => {
      if (column < left) left = column;
    });
  });
  if (top === Infinity) return { name: sheet.name, visible: sheet.visible, origin: { row: 1, column: 0 }, values: [], numberFormats: [], merged };
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  sheet.values.forEach((source, row) => {
    const line: CellValue[] = [];
    const formatLine: string[] = [];
    const sourceFormats = sheet.formats[row];
    source.forEach((value, column) => {
      line[column - left] = value;
      formatLine[column - left] = sourceFormats[column];
    });
    values[row - top] = line;
    numberFormats[row - top] = formatLine;
  });
  return { name: sheet.name, visible: sheet.visible, origin: { row: top, column: left }, values, numberFormats, merged };
}

/** The snapshot of `readWorkbook`, for callers that need nothing else. */
export async function readSnapshot(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, options)).snapshot;
}
