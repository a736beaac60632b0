import { cellAddress } from "../address";
import { cellText, isBlank, type CellValue } from "../cell";
import type { LocatedColumn } from "../locate/matchColumns";
import type { LocatedRow, LocatedTable } from "../locate/locateTable";
import type { ParseResult } from "../parse/result";
import type { ColumnSpec, TableSpec } from "../schema/tables";
import { cellParser, type CellParser } from "./parseCell";

/**
 * Everything about one column of the contract in one table, found with a single lookup by key (rules
 * read a few cells of every row, so this lookup is the engine's most frequent step).
 */
interface ColumnSlot {
  position: number;
  spec: ColumnSpec;
  /** Where the column's cell sits in a row's `cells`; undefined when the table lacks the column. */
  offset: number | undefined;
  parser: CellParser;
  /** Parse results by row index, made when the column is first parsed (a hole means not parsed yet). */
  parsed: (ParseResult<unknown> | null)[] | undefined;
  /** Whether `parsed` holds every row (see `parsedOf`). */
  whole: boolean;
}

/** A parse result's value when it could be read, otherwise null (see {@link ParsedRow.value}). */
export function parsedValue<T>(result: ParseResult<T> | null | undefined): T | null {
  return result && result.ok ? result.value : null;
}

/** A cell as the user reads it, trimmed; "" when blank or absent (see {@link ParsedRow.text}). */
export function trimmedText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  return value === undefined ? "" : cellText(value).trim();
}

/** One data row of a contract table, with its cells by column key and lazily parsed values. */
export class ParsedRow {
  constructor(
    readonly table: ParsedTable,
    private readonly located: LocatedRow,
    /** Position among the table's rows, for the table's per-column caches. */
    readonly index: number,
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
    return trimmedText(this.get(key));
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
    return this.table.parsedCell(key, this.index) as ParseResult<T> | null;
  }

  /** The parsed value when it could be read, otherwise null. */
  value<T>(key: string): T | null {
    const result = this.table.parsedCell(key, this.index);
    return result && result.ok ? (result.value as T) : null;
  }

  /**
   * A fact about the row worked out once, however many rules and reports ask for it (the status a
   * row means, its due date): `derive` must depend on the row alone, and is the key it is kept under.
   */
  derived<T>(derive: (row: ParsedRow) => T): T {
    return this.table.derivedAt(derive, this.index);
  }

  /** A1 address of a column's cell in this row, or of the row's first cell. */
  cell(key?: string): string {
    const column = key === undefined ? this.table.located.left : this.table.columnIndex(key) ?? this.table.located.left;
    return cellAddress(this.row, column);
  }
}

const NOT_DERIVED = Symbol("not derived");

/** A located contract table with its rows ready for rules and arithmetic. */
export class ParsedTable {
  readonly rows: ParsedRow[];
  /** Rows with at least one filled cell; blank rows are skipped, never reported as missing data. */
  readonly filledRows: ParsedRow[];
  private readonly slots = new Map<string, ColumnSlot>();
  /** Derived facts by deriving function, then row index (`NOT_DERIVED` until derived). */
  private readonly derivedColumns = new Map<(row: ParsedRow) => unknown, unknown[]>();

  constructor(readonly located: LocatedTable) {
    located.spec.columns.forEach((spec, position) => {
      const match = located.columns.get(spec.key);
      const offset = match ? match.index - located.left : undefined;
      this.slots.set(spec.key, { position, spec, offset, parser: cellParser(spec.type), parsed: undefined, whole: false });
    });
    this.rows = located.rows.map((row, index) => new ParsedRow(this, row, index));
    this.filledRows = this.rows.filter((row) => !row.blank);
  }

  /** A row's cell parsed by its column type (see {@link ParsedRow.parsed}), parsed once. */
  parsedCell(key: string, index: number): ParseResult<unknown> | null {
    const slot = this.slots.get(key);
    return slot === undefined ? null : this.parsedAt(slot, index);
  }

  /**
   * A column's cells parsed by its type, by row index (`row.index`; see {@link ParsedRow.parsed}): for rules
   * that read a column of every row, one lookup by key instead of one per row. Read a value with `parsedValue`.
   */
  parsedOf<T>(key: string): readonly (ParseResult<T> | null)[] {
    const slot = this.slots.get(key);
    if (slot === undefined) return new Array<null>(this.rows.length).fill(null);
    if (!slot.whole) {
      for (let index = 0; index < this.rows.length; index++) this.parsedAt(slot, index);
      slot.whole = true;
    }
    return slot.parsed as (ParseResult<T> | null)[];
  }

  private parsedAt(slot: ColumnSlot, index: number): ParseResult<unknown> | null {
    const column = (slot.parsed ??= new Array(this.rows.length));
    let hit = column[index];
    if (hit === undefined) {
      const value = slot.offset === undefined ? undefined : this.rows[index].cells[slot.offset];
      hit = value === undefined ? null : slot.parser(value);
      column[index] = hit;
    }
    return hit;
  }

  /** A derived fact of a row (see {@link ParsedRow.derived}), derived once. */
  derivedAt<T>(derive: (row: ParsedRow) => T, index: number): T {
    const column = this.derivedColumn(derive);
    let value = column[index];
    if (value === NOT_DERIVED) column[index] = value = derive(this.rows[index]);
    return value as T;
  }

  private derivedColumn(derive: (row: ParsedRow) => unknown): unknown[] {
    let column = this.derivedColumns.get(derive);
    if (!column) {
      // Filled, not holey: a fact may be null or undefined, and a marker tells "not derived yet" apart.
      column = new Array<unknown>(this.rows.length).fill(NOT_DERIVED);
      this.derivedColumns.set(derive, column);
    }
    return column;
  }

  get spec(): TableSpec {
    return this.located.spec;
  }

  get sheet(): string {
    return this.located.sheet;
  }

  has(key: string): boolean {
    return this.slots.get(key)?.offset !== undefined;
  }

  column(key: string): LocatedColumn | undefined {
    return this.located.columns.get(key);
  }

  columnSpec(key: string): ColumnSpec | undefined {
    return this.slots.get(key)?.spec;
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
    return this.slots.get(key)?.offset;
  }

  positionOf(key: string): number | undefined {
    return this.slots.get(key)?.position;
  }
}
