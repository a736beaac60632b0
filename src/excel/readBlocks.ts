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

/** Cuts a box into blocks of at most `maxCells`: bands of whole rows, or pieces of a row when one row is wider. */
export function blocksOf(box: RangeBox, maxCells: number): RangeBox[] {
  if (cellCount(box) <= maxCells) return [box];
  const width = box.right - box.left + 1;
  const rowsPerBlock = Math.floor(maxCells / width);
  const blocks: RangeBox[] = [];
  if (rowsPerBlock >= 1) {
    for (let top = box.top; top <= box.bottom; top += rowsPerBlock) blocks.push({ ...box, top, bottom: Math.min(box.bottom, top + rowsPerBlock - 1) });
    return blocks;
  }
  for (let row = box.top; row <= box.bottom; row++) {
    for (let left = box.left; left <= box.right; left += maxCells) blocks.push({ top: row, bottom: row, left, right: Math.min(box.right, left + maxCells - 1) });
  }
  return blocks;
}

/** Groups blocks into round trips of at most `maxCells` cells each, in order. */
export function roundTrips<T extends { box: RangeBox }>(blocks: readonly T[], maxCells: number): T[][] {
  const trips: T[][] = [];
  let current: T[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = cellCount(block.box);
    if (current.length && cells + size > maxCells) {
      trips.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length) trips.push(current);
  return trips;
}
