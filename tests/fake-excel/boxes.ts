/** Rectangles of cells: Excel-style addresses (including `A:C` and `1:3`) and set operations. */

import { columnIndex, parseRangeAddress, qualifiedAddress, rangeAddress, type RangeBox } from "../../src/core/address";

export type { RangeBox };

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_383; // column XFD, 0-based

export interface ParsedAddress {
  sheet?: string;
  box: RangeBox;
}

/** `B3`, `$B$3:D9`, `A:C`, `2:4`, optionally prefixed by `Blad!` or `'Mijn blad'!`; null when unreadable. */
export function parseAddress(address: string): ParsedAddress | null {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const local = address.slice(bang + 1).replace(/\$/g, "").trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const [a, b] = [columnIndex(columns[1]), columnIndex(columns[2])];
    if (a < 0 || b < 0 || a > MAX_COLUMN || b > MAX_COLUMN) return null;
    return { sheet, box: { top: 1, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) } };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    if (a < 1 || b < 1 || a > MAX_ROW || b > MAX_ROW) return null;
    return { sheet, box: { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMN } };
  }
  const box = parseRangeAddress(local);
  if (!box || !isOnSheet(box)) return null;
  return { sheet, box };
}

export function isOnSheet(box: RangeBox): boolean {
  return box.top >= 1 && box.left >= 0 && box.bottom <= MAX_ROW && box.right <= MAX_COLUMN && box.top <= box.bottom && box.left <= box.right;
}

export function isEntireColumns(box: RangeBox): boolean {
  return box.top === 1 && box.bottom === MAX_ROW;
}

export function isEntireRows(box: RangeBox): boolean {
  return box.left === 0 && box.right === MAX_COLUMN;
}

/** The address without sheet, as Excel writes it: `A:A` for whole columns, `1:3` for whole rows. */
export function localAddress(box: RangeBox): string {
  if (isEntireRows(box)) return `${box.top}:${box.bottom}`;
  if (isEntireColumns(box)) {
    const letters = rangeAddress({ ...box, top: 1, bottom: 1 }).replace(/\d+/g, "");
    return letters.includes(":") ? letters : `${letters}:${letters}`;
  }
  return rangeAddress(box);
}

export function sheetAddress(sheet: string, box: RangeBox): string {
  return qualifiedAddress(sheet, localAddress(box));
}

export function rowCount(box: RangeBox): number {
  return box.bottom - box.top + 1;
}

export function columnCount(box: RangeBox): number {
  return box.right - box.left + 1;
}

export function intersect(a: RangeBox, b: RangeBox): RangeBox | null {
  const box = { top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

export function contains(outer: RangeBox, inner: RangeBox): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

/** `a` minus `b` as at most four rectangles. */
export function subtract(a: RangeBox, b: RangeBox): RangeBox[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const pieces: RangeBox[] = [];
  if (a.top < cut.top) pieces.push({ ...a, bottom: cut.top - 1 });
  if (a.bottom > cut.bottom) pieces.push({ ...a, top: cut.bottom + 1 });
  if (a.left < cut.left) pieces.push({ top: cut.top, bottom: cut.bottom, left: a.left, right: cut.left - 1 });
  if (a.right > cut.right) pieces.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: a.right });
  return pieces;
}
