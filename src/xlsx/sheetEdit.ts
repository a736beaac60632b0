import { cellAddress, parseRangeAddress, rangeAddress, type RangeBox } from "../core/address";
import { cellXml, PatchError, type PatchValue } from "./cellXml";
import { scanXml } from "./xml";

export interface CellEdit {
  /** 1-based Excel row. */
  row: number;
  /** 0-based column. */
  column: number;
  value: PatchValue;
  /** A number format for the cell (en-US code), e.g. `0.0%`; its other looks are kept. */
  numberFormat?: string;
}

export interface SheetEditOptions {
  /** The style index a written cell gets, given the style it had (undefined for a new cell). */
  styleFor(edit: CellEdit, existing: number | undefined): number;
  /** Days to subtract from a date serial (1 462 in a 1904 workbook). */
  dateShift: number;
  /** Refuse when a target cell already holds a value (appending rows below a table). */
  requireEmpty?: boolean;
}

interface RowSpot {
  r: number;
  /** The row states its number (`r`); one that does not follows the previous row. */
  explicit: boolean;
  openStart: number;
  openEnd: number;
  self: boolean;
  closeStart: number;
  cells: { column: number; start: number; end: number; style: number | undefined; filled: boolean }[];
}

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Za-z]+/.exec(ref)?.[0].toUpperCase() ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The style index each column has in one row (to give appended rows the look of the row above). */
export function rowStyles(xml: string, part: string, row: number): Map<number, number> {
  const styles = new Map<number, number>();
  let r = 0;
  let column = -1;
  scanXml(
    xml,
    {
      open(name, a) {
        if (name === "row") {
          r = a.r === undefined ? r + 1 : Number(a.r);
          column = -1;
        } else if (name === "c") {
          column = a.r === undefined ? column + 1 : columnOf(a.r);
          if (r === row && a.s !== undefined) styles.set(column, Number(a.s));
        }
      },
    },
    part,
  );
  return styles;
}

/**
 * Sets cells in a worksheet's XML and returns the new XML. Only the edited cells change: an existing cell is
 * replaced in place (keeping its style unless told otherwise), a new cell or row is inserted in order, and
 * everything else in the part stays as it was, byte for byte.
 */
export function editSheetCells(xml: string, part: string, edits: readonly CellEdit[], options: SheetEditOptions): string {
  const wanted = new Map<number, Map<number, CellEdit>>();
  for (const edit of edits) {
    if (edit.row < 1 || edit.row > 1_048_576 || edit.column < 0 || edit.column >= 16_384) throw new PatchError("cell", `cell outside the sheet: row ${edit.row}, column ${edit.column}`);
    let line = wanted.get(edit.row);
    if (!line) wanted.set(edit.row, (line = new Map()));
    line.set(edit.column, edit);
  }
  const rows: RowSpot[] = [];
  let sheetData: { openStart: number; openEnd: number; self: boolean; closeStart: number } | null = null;
  let dimension: { start: number; end: number; ref: string } | null = null;
  let row: RowSpot | null = null;
  let r = 0;
  let column = -1;
  let cell: RowSpot["cells"][number] | null = null;
  let inData = false;
  scanXml(
    xml,
    {
      open(name, a, self, start, end) {
        if (name === "dimension") dimension = { start, end, ref: a.ref ?? "" };
        else if (name === "sheetData") {
          sheetData = { openStart: start, openEnd: end, self, closeStart: end };
          inData = !self;
        } else if (inData && name === "row") {
          r = a.r === undefined ? r + 1 : Number(a.r);
          column = -1;
          row = { r, explicit: a.r !== undefined, openStart: start, openEnd: end, self, closeStart: end, cells: [] };
          rows.push(row);
        } else if (inData && name === "c" && row) {
          column = a.r === undefined ? column + 1 : columnOf(a.r);
          cell = wanted.get(r)?.has(column) ? { column, start, end, style: a.s === undefined ? undefined : Number(a.s), filled: false } : null;
          if (cell) row.cells.push(cell);
          else if (wanted.has(r)) row.cells.push({ column, start, end, style: undefined, filled: true });
        } else if (cell && (name === "v" || name === "is")) cell.filled = true;
      },
      close(name, start, end) {
        if (name === "sheetData" && sheetData) {
          sheetData.closeStart = start;
          inData = false;
        } else if (name === "row" && row) {
          if (!row.self) row.closeStart = start;
          row = null;
        } else if (name === "c" && row) {
          const last = row.cells[row.cells.length - 1];
          if (last && last.column === column) last.end = end;
          cell = null;
        }
      },
    },
    part,
  );
  if (!sheetData) throw new PatchError("unsupported", `${part} has no sheetData`);
  const data = sheetData as { openStart: number; openEnd: number; self: boolean; closeStart: number };

  const pieces: { start: number; end: number; text: string }[] = [];
  const write = (edit: CellEdit, existing: number | undefined) => cellXml(cellAddress(edit.row, edit.column), edit.value, options.styleFor(edit, existing), options.dateShift);
  const byRow = new Map(rows.map((spot) => [spot.r, spot]));
  const newRows: { r: number; xml: string }[] = [];
  for (const [number, line] of [...wanted.entries()].sort((a, b) => a[0] - b[0])) {
    const targets = [...line.values()].sort((a, b) => a.column - b.column);
    const spot = byRow.get(number);
    if (!spot) {
      newRows.push({ r: number, xml: `<row r="${number}">${targets.map((t) => write(t, undefined)).join("")}</row>` });
      continue;
    }
    const inserts = new Map<number, string[]>();
    for (const target of targets) {
      const existing = spot.cells.find((c) => c.column === target.column);
      if (existing) {
        if (options.requireEmpty && existing.filled) throw new PatchError("not-empty", `cell ${cellAddress(number, target.column)} is not empty`);
        pieces.push({ start: existing.start, end: existing.end, text: write(target, existing.style) });
        continue;
      }
      const before = spot.cells.find((c) => c.column > target.column);
      const at = before ? before.start : spot.self ? -1 : spot.closeStart;
      const list = inserts.get(at) ?? [];
      list.push(write(target, undefined));
      inserts.set(at, list);
    }
    for (const [at, list] of inserts) {
      if (at === -1) {
        const open = xml.slice(spot.openStart, spot.openEnd).replace(/\s*\/>$/, ">");
        pieces.push({ start: spot.openStart, end: spot.openEnd, text: `${open.replace(/\sspans="[^"]*"/, "")}${list.join("")}</row>` });
      } else pieces.push({ start: at, end: at, text: list.join("") });
    }
    if (inserts.size > 0 && !spot.self) {
      const open = xml.slice(spot.openStart, spot.openEnd);
      // `spans` is only an optimisation hint; a stale one is worse than none.
      if (/\sspans="/.test(open)) pieces.push({ start: spot.openStart, end: spot.openEnd, text: open.replace(/\sspans="[^"]*"/, "") });
    }
  }
  if (newRows.length > 0) {
    const inserts = new Map<number, string[]>();
    for (const added of newRows) {
      const next = rows.find((spot) => spot.r > added.r);
      // A row without `r` after the new one would silently move down: refuse rather than shift the user's data.
      if (next && rows.some((spot) => spot.r > added.r && !spot.explicit)) throw new PatchError("unsupported", `rows after row ${added.r} have no row number; a row cannot be inserted safely`);
      const at = next ? next.openStart : data.self ? -1 : data.closeStart;
      const list = inserts.get(at) ?? [];
      list.push(added.xml);
      inserts.set(at, list);
    }
    for (const [at, list] of inserts) {
      if (at === -1) pieces.push({ start: data.openStart, end: data.openEnd, text: `<sheetData>${list.join("")}</sheetData>` });
      else pieces.push({ start: at, end: at, text: list.join("") });
    }
  }
  const dim = dimension as { start: number; end: number; ref: string } | null;
  if (dim) {
    const box: RangeBox | null = parseRangeAddress(dim.ref);
    if (box) {
      for (const edit of edits) {
        box.top = Math.min(box.top, edit.row);
        box.bottom = Math.max(box.bottom, edit.row);
        box.left = Math.min(box.left, edit.column);
        box.right = Math.max(box.right, edit.column);
      }
      const tag = xml.slice(dim.start, dim.end);
      pieces.push({ start: dim.start, end: dim.end, text: tag.replace(/ref="[^"]*"/, `ref="${rangeAddress(box)}"`) });
    }
  }
  return applyPieces(xml, pieces);
}

/** Applies non-overlapping replacements; insertions at one offset keep the order they were added in. */
export function applyPieces(text: string, pieces: { start: number; end: number; text: string }[]): string {
  const sorted = pieces.map((p, i) => ({ ...p, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const piece of sorted) {
    if (piece.start < at) throw new PatchError("unsupported", "overlapping edits");
    out += text.slice(at, piece.start) + piece.text;
    at = piece.end;
  }
  return out + text.slice(at);
}
