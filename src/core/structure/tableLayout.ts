import { cellAddress, parseRangeAddress, rangeAddress, type RangeBox } from "../address";
import { cellText, isBlank } from "../cell";
import { locateTable, type LocatedTable } from "../locate/locateTable";
import { cellAt } from "../locate/sheetGrid";
import type { ColumnSpec, TableSpec } from "../schema/tables";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/** Why a table or a column cannot be set up; the planner turns it into a Dutch and English sentence. */
export type Blocker =
  | { reason: "merged"; area: string }
  | { reason: "duplicate-headers"; headers: string[] }
  | { reason: "overlaps-table"; table: string }
  | { reason: "no-header" };

export interface LayoutColumn {
  spec: ColumnSpec;
  /** 0-based sheet column once the plan has run. */
  index: number;
  /** The add-in creates this column (new table or appended column); only such columns get a width. */
  created: boolean;
}

/** Where one contract table is, or will be after *Inrichten*, and what it takes to get there. */
export interface TableLayout {
  spec: TableSpec;
  sheet: string;
  status: "table" | "convert" | "create" | "blocked";
  sheetIsNew: boolean;
  /** The Excel table's current name when there is one. */
  tableName: string | null;
  box: RangeBox;
  columns: LayoutColumn[];
  /** Columns appended on the right, in order, starting at `appendAt`. */
  appended: ColumnSpec[];
  appendAt: number;
  /** Contract columns that cannot be appended because the cells on the right are in use. */
  notAppended: { spec: ColumnSpec; cell: string }[];
  /** Header cells of a converted range that were blank or not text: Excel writes a header into them. */
  rewrittenHeaders: string[];
  /** The user's own columns, kept as they are. */
  extra: { header: string; index: number }[];
  blocker?: Blocker;
}

/** Every cell of the box is empty in the snapshot and no merged area or other table touches it. */
function isFree(sheet: SheetSnapshot | undefined, tables: RangeBox[], box: RangeBox): boolean {
  if (!sheet) return true;
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) if (!isBlank(cellAt(sheet, row, column))) return false;
  }
  const touches = (other: RangeBox) => other.top <= box.bottom && other.bottom >= box.top && other.left <= box.right && other.right >= box.left;
  const merged = (sheet.merged ?? []).map((a) => parseRangeAddress(a)).filter((a): a is RangeBox => a !== null);
  return !merged.some(touches) && !tables.some(touches);
}

function otherTables(snapshot: WorkbookSnapshot, sheet: string, except: string | null): { name: string; box: RangeBox }[] {
  return snapshot.tables
    .filter((t) => t.sheet === sheet && t.name !== except)
    .map((t) => ({ name: t.name, box: parseRangeAddress(t.address) }))
    .filter((t): t is { name: string; box: RangeBox } => t.box !== null);
}

function newTable(spec: TableSpec, sheet: string, sheetIsNew: boolean): TableLayout {
  const columns = spec.columns.map((column, index) => ({ spec: column, index, created: true }));
  const box = { top: 1, left: 0, bottom: 2, right: spec.columns.length - 1 };
  return { spec, sheet, status: "create", sheetIsNew, tableName: null, box, columns, appended: [], appendAt: 0, notAppended: [], rewrittenHeaders: [], extra: [] };
}

function duplicateHeaders(located: LocatedTable, sheet: SheetSnapshot): string[] {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (let column = located.left; column <= located.right; column++) {
    const text = cellText(cellAt(sheet, located.headerRow, column));
    const key = text.toLowerCase();
    if (text.trim() === "") continue;
    if (seen.has(key)) duplicates.push(text);
    else seen.set(key, text);
  }
  return duplicates;
}

/** A located table or range, with the missing contract columns appended where the cells are free. */
function existing(snapshot: WorkbookSnapshot, located: LocatedTable): TableLayout {
  const sheet = snapshot.sheets.find((s) => s.name === located.sheet);
  const isPlain = located.tableName === null;
  // A table always has a body row; a header-only range gets the empty row below it.
  const bottom = Math.max(located.rows.length ? located.rows[located.rows.length - 1].row : located.headerRow, located.headerRow + 1);
  const others = otherTables(snapshot, located.sheet, located.tableName);
  const columns: LayoutColumn[] = [];
  for (const spec of located.spec.columns) {
    const found = located.columns.get(spec.key);
    if (found) columns.push({ spec, index: found.index, created: false });
  }
  const missing = located.spec.columns.filter((spec) => !located.columns.has(spec.key));
  const appended: ColumnSpec[] = [];
  const notAppended: TableLayout["notAppended"] = [];
  const appendAt = located.right + 1;
  let blockedFrom: number | null = null;
  for (const spec of missing) {
    const column = appendAt + appended.length;
    const free = blockedFrom === null && isFree(sheet, others.map((t) => t.box), { top: located.headerRow, bottom, left: column, right: column });
    // A table is one rectangle: once a column is in use, no later column can join either.
    if (!free) {
      blockedFrom ??= column;
      notAppended.push({ spec, cell: cellAddress(located.headerRow, blockedFrom) });
      continue;
    }
    appended.push(spec);
    columns.push({ spec, index: column, created: true });
  }
  const box = { top: located.headerRow, left: located.left, bottom, right: located.right + appended.length };
  const layout: TableLayout = {
    spec: located.spec,
    sheet: located.sheet,
    status: isPlain ? "convert" : "table",
    sheetIsNew: false,
    tableName: located.tableName,
    box,
    columns,
    appended,
    appendAt,
    notAppended,
    rewrittenHeaders: [],
    extra: located.extra,
  };
  if (!isPlain || !sheet) return layout;
  const merged = located.merged[0];
  const overlap = others.find((t) => t.box.top <= box.bottom && t.box.bottom >= box.top && t.box.left <= box.right && t.box.right >= box.left);
  const duplicates = duplicateHeaders(located, sheet);
  if (merged) layout.blocker = { reason: "merged", area: rangeAddress(merged) };
  else if (overlap) layout.blocker = { reason: "overlaps-table", table: overlap.name };
  else if (duplicates.length) layout.blocker = { reason: "duplicate-headers", headers: duplicates };
  if (layout.blocker) layout.status = "blocked";
  for (let column = located.left; column <= located.right; column++) {
    const header = cellAt(sheet, located.headerRow, column);
    if (typeof header !== "string" || header.trim() === "") layout.rewrittenHeaders.push(cellAddress(located.headerRow, column));
  }
  return layout;
}

/** The layout of every contract table; optional tables that are absent are left out. */
export function tableLayouts(snapshot: WorkbookSnapshot, specs: readonly TableSpec[]): TableLayout[] {
  const layouts: TableLayout[] = [];
  for (const spec of specs) {
    const location = locateTable(snapshot, spec);
    if (location.found) {
      layouts.push(existing(snapshot, location.table));
      continue;
    }
    if (location.reason === "no-sheet") {
      if (!spec.optional) layouts.push(newTable(spec, spec.sheet, true));
      continue;
    }
    const sheet = snapshot.sheets.find((s) => s.name === location.sheet);
    const empty = !sheet || sheet.values.every((line) => line.every((cell) => isBlank(cell)));
    if (empty) {
      layouts.push(newTable(spec, location.sheet ?? spec.sheet, false));
      continue;
    }
    const blocked = newTable(spec, location.sheet ?? spec.sheet, false);
    layouts.push({ ...blocked, status: "blocked", blocker: { reason: "no-header" } });
  }
  return layouts;
}

/** The body of one column: the table's rows under the header. */
export function bodyRange(layout: TableLayout, column: number): string {
  return rangeAddress({ top: layout.box.top + 1, bottom: layout.box.bottom, left: column, right: column });
}
