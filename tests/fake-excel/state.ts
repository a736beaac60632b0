/** The workbook the fake host holds: sparse cells per sheet plus the sheet-level objects Excel keeps. */

import type { CellScalar } from "./cellInput";
import type { HostLocale } from "./displayText";
import { columnCount, MAX_COLUMN, type RangeBox } from "./boxes";
import { MergeList } from "./mergeList";

export interface Style {
  numberFormat?: string;
  fillColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}
export type StyleKey = keyof Style;

export const STYLE_DEFAULTS: Required<Style> = {
  numberFormat: "General",
  fillColor: "#FFFFFF",
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Aptos Narrow",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};

export const DEFAULT_COLUMN_WIDTH = 48; // points, Excel's 8.43 characters
export const DEFAULT_ROW_HEIGHT = 15;

export interface Cell {
  value: CellScalar | null;
  formula?: string;
  error?: true;
  style?: Style;
}

export interface ValidationSettings {
  rule?: Record<string, unknown>;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface ValidationArea {
  box: RangeBox;
  settings: ValidationSettings;
}

export interface ConditionalFormatRule {
  id: string;
  type: string;
  boxes: RangeBox[];
  settings: Record<string, unknown>;
}

export interface ChartRecord {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  settings: Record<string, unknown>;
}

const ROW_STRIDE = MAX_COLUMN + 1;

export function cellKey(row: number, column: number): number {
  return row * ROW_STRIDE + column;
}

export function cellPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / ROW_STRIDE), column: key % ROW_STRIDE };
}

/** The first index whose value is at least `value` in an ascending list. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class SheetState {
  visibility = "Visible";
  showGridlines = true;
  tabColor = "";
  readonly cells = new Map<number, Cell>();
  readonly columnStyles = new Map<number, Style>(); // formats set on whole columns, so `A:A` costs one entry
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges = new MergeList();
  validations: ValidationArea[] = [];
  conditionalFormats: ConditionalFormatRule[] = [];
  readonly charts: ChartRecord[] = [];
  frozen = { rows: 0, columns: 0 };
  readonly pageLayout: Record<string, unknown> = {};
  /** Rows that start a new printed page (manual horizontal page breaks). */
  readonly rowBreaks: number[] = [];
  /** *Blad beveiligen* with Excel's defaults (every cell locked): see sheetProtection.ts. */
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  ensureCell(row: number, column: number): Cell {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops the entry once a cell holds neither content nor formatting. */
  prune(row: number, column: number): void {
    const key = cellKey(row, column);
    const cell = this.cells.get(key);
    if (!cell) return;
    if (cell.style && Object.keys(cell.style).length === 0) delete cell.style;
    if (cell.value === null && cell.formula === undefined && !cell.style) this.cells.delete(key);
  }

  style<K extends StyleKey>(row: number, column: number, key: K): Required<Style>[K] {
    const own = this.cells.get(cellKey(row, column))?.style?.[key];
    return (own ?? this.columnStyles.get(column)?.[key] ?? STYLE_DEFAULTS[key]) as Required<Style>[K];
  }

  columnStyle<K extends StyleKey>(column: number, key: K): Required<Style>[K] {
    return (this.columnStyles.get(column)?.[key] ?? STYLE_DEFAULTS[key]) as Required<Style>[K];
  }

  /** Stored cells inside the box, walking whichever is smaller: the box or the sheet's cell map. */
  cellsIn(box: RangeBox): Array<[number, number, Cell]> {
    const found: Array<[number, number, Cell]> = [];
    const height = box.bottom - box.top + 1;
    if (height * columnCount(box) <= this.cells.size) {
      for (let row = box.top; row <= box.bottom; row++) {
        for (let column = box.left; column <= box.right; column++) {
          const cell = this.cells.get(cellKey(row, column));
          if (cell) found.push([row, column, cell]);
        }
      }
      return found;
    }
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / ROW_STRIDE);
      const column = key % ROW_STRIDE;
      if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right) found.push([row, column, cell]);
    }
    return found;
  }

  /** Rows with content, ascending, and each row's columns with content, ascending; rebuilt after any write. */
  private contentIndex: { rows: number[]; columns: Map<number, number[]> } | null = null;

  /** Something may have changed: the content index is rebuilt on its next use. */
  touch(): void {
    this.contentIndex = null;
  }

  private index(): { rows: number[]; columns: Map<number, number[]> } {
    if (this.contentIndex) return this.contentIndex;
    const columns = new Map<number, number[]>();
    for (const [key, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const row = Math.floor(key / ROW_STRIDE);
      const list = columns.get(row);
      if (list) list.push(key % ROW_STRIDE);
      else columns.set(row, [key % ROW_STRIDE]);
    }
    for (const list of columns.values()) list.sort((a, b) => a - b);
    this.contentIndex = { rows: [...columns.keys()].sort((a, b) => a - b), columns };
    return this.contentIndex;
  }

  /** Smallest box holding every cell with content inside `within`, through the content index (no cell scan). */
  private usedContentBox(within: RangeBox): RangeBox | null {
    const { rows, columns } = this.index();
    let box: RangeBox | null = null;
    for (let i = lowerBound(rows, within.top); i < rows.length && rows[i] <= within.bottom; i++) {
      const list = columns.get(rows[i])!;
      const first = lowerBound(list, within.left);
      if (first >= list.length || list[first] > within.right) continue;
      const last = lowerBound(list, within.right + 1) - 1;
      const row = rows[i];
      if (!box) box = { top: row, bottom: row, left: list[first], right: list[last] };
      else {
        box.bottom = row;
        if (list[first] < box.left) box.left = list[first];
        if (list[last] > box.right) box.right = list[last];
      }
    }
    return box;
  }

  /** Smallest box holding every cell with content (and, unless `valuesOnly`, with formatting), within `within`. */
  usedBox(valuesOnly: boolean, within?: RangeBox): RangeBox | null {
    if (valuesOnly) return this.usedContentBox(within ?? { top: 1, bottom: Number.MAX_SAFE_INTEGER, left: 0, right: MAX_COLUMN });
    let box: RangeBox | null = null;
    const cells: Iterable<[number, Cell]> = within ? this.cellsIn(within).map(([row, column, cell]) => [cellKey(row, column), cell]) : this.cells;
    for (const [key, cell] of cells) {
      const hasContent = cell.value !== null || cell.formula !== undefined;
      if (!hasContent && (valuesOnly || !cell.style || Object.keys(cell.style).length === 0)) continue;
      const row = Math.floor(key / ROW_STRIDE);
      const column = key % ROW_STRIDE;
      if (!box) box = { top: row, bottom: row, left: column, right: column };
      else {
        if (row < box.top) box.top = row;
        if (row > box.bottom) box.bottom = row;
        if (column < box.left) box.left = column;
        if (column > box.right) box.right = column;
      }
    }
    return box;
  }

  mergesIn(box: RangeBox): RangeBox[] {
    return this.merges.overlapping(box);
  }

  /** A deep copy, for the undo model's "state before" (tests/fake-excel/undo.ts). */
  clone(): SheetState {
    const copy = new SheetState(this.id, this.name);
    copy.visibility = this.visibility;
    copy.showGridlines = this.showGridlines;
    copy.tabColor = this.tabColor;
    for (const [key, cell] of this.cells) copy.cells.set(key, { ...cell, ...(cell.style ? { style: { ...cell.style } } : {}) });
    for (const [column, style] of this.columnStyles) copy.columnStyles.set(column, { ...style });
    for (const [column, width] of this.columnWidths) copy.columnWidths.set(column, width);
    for (const [row, height] of this.rowHeights) copy.rowHeights.set(row, height);
    for (const area of this.merges.all()) copy.merges.push({ ...area });
    copy.validations = structuredClone(this.validations);
    copy.conditionalFormats = structuredClone(this.conditionalFormats);
    copy.charts.push(...structuredClone(this.charts));
    copy.frozen = { ...this.frozen };
    Object.assign(copy.pageLayout, structuredClone(this.pageLayout));
    copy.rowBreaks.push(...this.rowBreaks);
    copy.protected = this.protected;
    return copy;
  }

  /** Puts back the contents of a clone of this sheet (a refused write on a protected sheet). */
  restoreFrom(copy: SheetState): void {
    for (const map of ["cells", "columnStyles", "columnWidths", "rowHeights"] as const) {
      const target = this[map] as Map<number, unknown>;
      target.clear();
      for (const [key, value] of copy[map] as Map<number, unknown>) target.set(key, value);
    }
    this.merges.clear();
    for (const area of copy.merges.all()) this.merges.push(area);
    this.validations = copy.validations;
    this.conditionalFormats = copy.conditionalFormats;
    this.touch();
  }
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  box: RangeBox; // header row included
  columnIds: number[];
  nextColumnId: number;
  style: string;
  flags: Record<string, boolean>;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  activeSheet: SheetState | null = null;
  selection: string | null = null;
  /** *Werkmap beveiligen* with Structure: no sheet may be added, deleted, renamed, moved, hidden or shown. */
  structureProtected = false;
  private nextId = 1;

  /** `date1904`: the workbook counts dates from 1 January 1904 (Excel for Mac's old default), serial 0 = 1904-01-01. */
  constructor(
    readonly locale: HostLocale,
    readonly date1904 = false,
  ) {}

  /** After a write: every sheet's content index is rebuilt on its next use. */
  touchAll(): void {
    for (const sheet of this.sheets) sheet.touch();
  }

  /** A deep copy of everything a batch can change, for Ctrl+Z in the undo model. */
  clone(): WorkbookState {
    const copy = new WorkbookState(this.locale, this.date1904);
    const sheets = new Map(this.sheets.map((sheet) => [sheet, sheet.clone()]));
    copy.sheets = this.sheets.map((sheet) => sheets.get(sheet)!);
    copy.tables = this.tables.map((table) => ({ ...table, sheet: sheets.get(table.sheet)!, box: { ...table.box }, columnIds: [...table.columnIds], flags: { ...table.flags } }));
    copy.activeSheet = this.activeSheet && (sheets.get(this.activeSheet) ?? null);
    copy.selection = this.selection;
    copy.structureProtected = this.structureProtected;
    copy.nextId = this.nextId;
    return copy;
  }

  newId(kind: string): string {
    return `{fake-${kind}-${this.nextId++}}`;
  }

  findSheet(name: string): SheetState | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  findTable(nameOrId: string): TableState | undefined {
    const wanted = nameOrId.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted || table.id === nameOrId);
  }

  get dutch(): boolean {
    return this.locale === "nl-NL";
  }
}
