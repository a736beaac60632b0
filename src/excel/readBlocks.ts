import { columnIndex, parseRangeAddress, type RangeBox } from "../core/address";

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_383;

/**
 * An address as Excel reports it, whole rows (`Blad!1:3`) and whole columns (`Blad!A:C`) included: a used range
 * that reaches both the last row and the last column comes back as rows.
 */
export function parseExcelAddress(address: string): RangeBox | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 0, right: LAST_COLUMN };
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) return { top: 1, bottom: LAST_ROW, left: columnIndex(columns[1]), right: columnIndex(columns[2]) };
  return parseRangeAddress(local);
}

/** How many bands one probe splits an oversized box into. */
const MAX_PROBE_TILES = 64;

export function cellCount(box: RangeBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/**
 * Splits a box too large to read whole into at most 64 bands along its longer side, each about `target` cells.
 * Each band's own used range then says where the data is: a stray value at the far end of a sheet becomes a band
 * of its own, and the empty rectangle between it and the data is never read.
 */
export function probeTiles(box: RangeBox, target: number): RangeBox[] {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const byRows = rows >= columns;
  const length = byRows ? rows : columns;
  const parts = Math.min(MAX_PROBE_TILES, length, Math.max(2, Math.ceil(cellCount(box) / target)));
  const step = Math.ceil(length / parts);
  const tiles: RangeBox[] = [];
  for (let start = 0; start < length; start += step) {
    const end = Math.min(length, start + step) - 1;
    tiles.push(byRows ? { ...box, top: box.top + start, bottom: box.top + end } : { ...box, left: box.left + start, right: box.left + end });
  }
  return tiles;
}

/**
 * The blocks of the next round trip: whole blocks while they fit in `maxCells`, then as much of the next one as
 * fits (whole rows, or the start of a row wider than the room left), so every answer is nearly full.
 */
export function nextTrip<T extends { box: RangeBox }>(pending: readonly T[], maxCells: number): { trip: T[]; rest: T[] } {
  const trip: T[] = [];
  let room = maxCells;
  for (let i = 0; i < pending.length; i++) {
    const block = pending[i];
    const size = cellCount(block.box);
    if (size <= room) {
      trip.push(block);
      room -= size;
      continue;
    }
    const width = block.box.right - block.box.left + 1;
    const rows = Math.floor(room / width);
    const rest = pending.slice(i + 1);
    if (rows >= 1) {
      trip.push({ ...block, box: { ...block.box, bottom: block.box.top + rows - 1 } });
      return { trip, rest: [{ ...block, box: { ...block.box, top: block.box.top + rows } }, ...rest] };
    }
    if (trip.length === 0) {
      // Not even one row fits: read the start of the first row.
      const first = { ...block, box: { ...block.box, bottom: block.box.top, right: block.box.left + room - 1 } };
      const restOfRow = { ...block, box: { ...block.box, bottom: block.box.top, left: block.box.left + room } };
      const below = block.box.bottom > block.box.top ? [{ ...block, box: { ...block.box, top: block.box.top + 1 } }] : [];
      return { trip: [first], rest: [restOfRow, ...below, ...rest] };
    }
    return { trip, rest: pending.slice(i) };
  }
  return { trip, rest: [] };
}
