import { cellAddress } from "../address";
import { cellText, isBlank, type CellValue } from "../cell";
import type { LocatedColumn } from "../locate/matchColumns";
import type { LocatedRow, LocatedTable } from "../locate/locateTable";
import type { ParseResult } from "../parse/result";
import type { ColumnSpec, TableSpec } from "../schema/tables";
import { parseCell } from "./parseCell";

const NOT_PARSED = Symbol("not parsed");

/** One data row of a contract table, with its cells by column key and lazily parsed values. */
export class ParsedRow {
  /** Parsed cells by column position, made on first use: most rows are only partly parsed. */
  private cache: (ParseResult<unknown> | null | typeof NOT_PARSED)[] | undefined;

  constructor(
    readonly table: ParsedTable,
    private readonly located: LocatedRow,
  ) {}

  /** Excel row number. */
  get row(): number {
    return this.located.row;
  }

  get blank(): boolean {
    return this.located.blank;
  }

  /** The row's cells from the table's left to right column (index with `table.offsetOf`). */
  get cells(): readonly CellValue[] {
    return this.located.cells;
  }

  /** The raw cell of a column; undefined when the table lacks that column. */
  get(key: string): CellValue | undefined {
    const offset = this.table.offsetOf(key);
    return offset === undefined ? undefined : this.located.cells[offset];
  }

  /** The cell as the user reads it, trimmed; "" when blank or absent. */
  text(key: string): string {
    const value = this.get(key);
    return value === undefined ? "" : cellText(value).trim();
  }

  isBlank(key: string): boolean {
    return isBlank(this.get(key));
  }

  format(key: string): string | undefined {
    const offset = this.table.offsetOf(key);
    return offset === undefined ? undefined : this.located.formats?.[offset];
  }

  /** The cell parsed by its column type: null when blank, absent or not a parsed type. */
  parsed<T>(key: string): ParseResult<T> | null {
    const position = this.table.positionOf(key);
    if (position === undefined) return null;
    const cache = (this.cache ??= new Array(this.table.spec.columns.length).fill(NOT_PARSED));
    let hit = cache[position];
    if (hit === NOT_PARSED) {
      const value = this.get(key);
      hit = value === undefined ? null : parseCell(this.table.spec.columns[position].type, value);
      cache[position] = hit;
    }
    return hit as ParseResult<T> | null;
  }

  /** The parsed value when it could be read, otherwise null. */
  value<T>(key: string): T | null {
    const result = this.parsed<T>(key);
    return result && result.ok ? result.value : null;
  }

  /** A1 address of a column's cell in this row, or of the row's first cell. */
  cell(key?: string): string {
    const column = key === undefined ? this.table.located.left : this.table.columnIndex(key) ?? this.table.located.left;
    return cellAddress(this.row, column);
  }
}

/** A located contract table with its rows ready for rules and arithmetic. */
export class ParsedTable {
  readonly rows: ParsedRow[];
  /** Rows with at least one filled cell; blank rows are skipped, never reported as missing data. */
  readonly filledRows: ParsedRow[];
  private readonly offsets = new Map<string, number>();
  private readonly positions = new Map<string, number>();

  constructor(readonly located: LocatedTable) {
    located.spec.columns.forEach((column, position) => {
      this.positions.set(column.key, position);
      const match = located.columns.get(column.key);
      if (match) this.offsets.set(column.key, match.index - located.left);
    });
    this.rows = located.rows.map((row) => new ParsedRow(this, row));
    this.filledRows = this.rows.filter((row) => !row.blank);
  }

  get spec(): TableSpec {
    return this.located.spec;
  }

  get sheet(): string {
    return this.located.sheet;
  }

  has(key: string): boolean {
    return this.offsets.has(key);
  }

  column(key: string): LocatedColumn | undefined {
    return this.located.columns.get(key);
  }

  columnSpec(key: string): ColumnSpec | undefined {
    const position = this.positions.get(key);
    return position === undefined ? undefined : this.located.spec.columns[position];
  }

  /** The header as written in the sheet, or the standard header when the column is absent. */
  header(key: string): string {
    return this.located.columns.get(key)?.header ?? this.columnSpec(key)?.header ?? key;
  }

  /** 0-based sheet column of a key. */
  columnIndex(key: string): number | undefined {
    return this.located.columns.get(key)?.index;
  }

  offsetOf(key: string): number | undefined {
    return this.offsets.get(key);
  }

  positionOf(key: string): number | undefined {
    return this.positions.get(key);
  }
}
