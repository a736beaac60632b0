/** `Excel.TableCollection`, `Excel.Table` and its columns and rows. */

import { FakeClientObject, FakeCollection, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext, HostCore } from "./context";
import { rowCount, type RangeBox } from "./boxes";
import { notImplemented, officeError } from "./errors";
import { readValues, writeContent } from "./rangeOps";
import { makeRange, resolveRangeArgument, type RangeProxy } from "./rangeProxy";
import type { SheetState, TableState } from "./state";
import * as tableOps from "./tableOps";
import { makeWorksheet } from "./worksheetProxy";

/** `workbook.tables` has no sheet; `worksheet.tables` lists that sheet's tables only. */
interface TableScope {
  sheet: SheetState | null;
}

export function makeTables(context: FakeContext, resolve: Resolver<TableScope>): TableCollectionProxy {
  return new TableCollectionProxy(context, resolve)._expose();
}

function makeTable(context: FakeContext, resolve: Resolver<TableState>): TableProxy {
  return new TableProxy(context, resolve)._expose();
}

function assertLiveTable(host: HostCore, table: TableState, member: string): void {
  if (!host.state.tables.includes(table)) throw officeError("ItemNotFound", member);
}

export class TableCollectionProxy extends FakeCollection<TableScope, TableState> {
  constructor(context: FakeContext, resolve: Resolver<TableScope>) {
    super(context, "TableCollection", resolve);
  }

  _entities(scope: TableScope): TableState[] {
    return this.context.host.state.tables.filter((table) => !scope.sheet || table.sheet === scope.sheet);
  }

  _makeItem(resolve: Resolver<TableState>): TableProxy {
    return makeTable(this.context, resolve);
  }

  private find(scope: TableScope, key: string): TableState | null {
    const wanted = String(key).toLowerCase();
    return this._entities(scope).find((table) => table.name.toLowerCase() === wanted || table.id === key) ?? null;
  }

  getItem(key: string): TableProxy {
    return this._makeItem(this._pinChild("getItem", (scope) => {
      const table = this.find(scope, key);
      if (!table) throw officeError("ItemNotFound", "TableCollection.getItem");
      return table;
    }));
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._makeItem(this._pinChild("getItemOrNullObject", (scope) => this.find(scope, key), "1.4"));
  }

  getItemAt(index: number): TableProxy {
    return this._makeItem(this._pinChild("getItemAt", (scope) => {
      const table = this._entities(scope)[index];
      if (!table) throw officeError("InvalidArgument", "TableCollection.getItemAt");
      return table;
    }));
  }

  /** An address without sheet means the scope's sheet, or the active sheet for `workbook.tables`. */
  add(address: unknown, hasHeaders: boolean): TableProxy {
    const host = this.context.host;
    return this._makeItem(this._pinChild("add", (scope) => {
      const sheet = scope.sheet ?? (typeof address === "string" && !address.includes("!") ? host.state.activeSheet : null);
      const { sheet: target, box } = resolveRangeArgument(host, address, sheet, "TableCollection.add");
      return tableOps.createTable(host.state, target, box, hasHeaders === true, undefined, "TableCollection.add");
    }));
  }
}

/** `modelled` pins a flag whose other value would change the table's shape, which is not modelled. */
function flagProp(key: string, modelled?: boolean): PropDef<TableState> {
  return {
    get: (t) => t.flags[key],
    set: (t, value) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", `Table.${key}`);
      if (modelled !== undefined && value !== modelled) throw notImplemented(`Table.${key} = ${String(value)}`);
      t.flags[key] = value;
    },
  };
}

const TABLE_PROPS: Record<string, PropDef<TableState>> = {
  name: {
    get: (t) => t.name,
    set: (t, value, host) => {
      tableOps.assertTableName(host.state, value as string, t, "Table.name");
      t.name = value as string;
    },
  },
  id: { get: (t) => t.id },
  style: {
    get: (t) => t.style,
    set: (t, value) => {
      if (typeof value !== "string" || value === "") throw officeError("InvalidArgument", "Table.style");
      t.style = value;
    },
  },
  showHeaders: flagProp("showHeaders", true),
  showTotals: flagProp("showTotals", false),
  showBandedRows: flagProp("showBandedRows"),
  showBandedColumns: flagProp("showBandedColumns"),
  showFilterButton: flagProp("showFilterButton"),
  highlightFirstColumn: flagProp("highlightFirstColumn"),
  highlightLastColumn: flagProp("highlightLastColumn"),
};

abstract class TableBound<T extends { table: TableState } | TableState> extends FakeClientObject<T> {
  override _resolveAt(member: string): T | null {
    const target = super._resolveAt(member);
    if (target) assertLiveTable(this.context.host, "table" in target ? target.table : target, member);
    return target;
  }
}

export class TableProxy extends TableBound<TableState> {
  constructor(context: FakeContext, resolve: Resolver<TableState>) {
    super(context, "Table", resolve);
  }

  get _props(): Record<string, PropDef<TableState>> {
    return TABLE_PROPS;
  }

  override get _nav(): string[] {
    return ["worksheet"];
  }

  private range(member: string, box: (table: TableState) => RangeBox): RangeProxy {
    return makeRange(this.context, this._pinChild(member, (table) => ({ sheet: table.sheet, box: { ...box(table) } })));
  }

  getRange(): RangeProxy {
    return this.range("getRange", (table) => table.box);
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (table) => ({ ...table.box, bottom: table.box.top }));
  }

  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", tableOps.dataBodyBox);
  }

  delete(): void {
    this._op("delete", (table) => tableOps.removeTable(this.context.host.state, table, false));
  }

  resize(newRange: unknown): void {
    this._op("resize", (table) => {
      const target = resolveRangeArgument(this.context.host, newRange, table.sheet, "Table.resize");
      tableOps.resizeTable(this.context.host.state, table, target.box, "Table.resize");
    }, "1.13");
  }

  convertToRange(): RangeProxy {
    return makeRange(
      this.context,
      this._pinChild("convertToRange", (table) => {
        tableOps.removeTable(this.context.host.state, table, true);
        return { sheet: table.sheet, box: { ...table.box } };
      }, "1.2"),
    );
  }

  get worksheet(): unknown {
    return this._child("worksheet", () => makeWorksheet(this.context, () => this._resolve()?.sheet ?? null));
  }

  get columns(): TableColumnCollectionProxy {
    return this._child("columns", () => new TableColumnCollectionProxy(this.context, this._resolve)._expose());
  }

  get rows(): TableRowCollectionProxy {
    return this._child("rows", () => new TableRowCollectionProxy(this.context, this._resolve)._expose());
  }
}

interface ColumnTarget {
  table: TableState;
  id: number;
}

function columnPosition(target: ColumnTarget, member: string): number {
  const position = target.table.columnIds.indexOf(target.id);
  if (position < 0) throw officeError("ItemNotFound", member);
  return position;
}

function columnBox(target: ColumnTarget, member: string): RangeBox {
  const column = target.table.box.left + columnPosition(target, member);
  return { ...target.table.box, left: column, right: column };
}

const COLUMN_PROPS: Record<string, PropDef<ColumnTarget>> = {
  id: { get: (t) => t.id },
  index: { get: (t) => columnPosition(t, "TableColumn.index") },
  name: {
    get: (t, host) => tableOps.tableHeaders(host.state, t.table)[columnPosition(t, "TableColumn.name")],
    set: (t, value, host) => tableOps.renameTableColumn(host.state, t.table, columnPosition(t, "TableColumn.name"), value, "TableColumn.name"),
  },
  values: {
    get: (t) => readValues(t.table.sheet, columnBox(t, "TableColumn.values")),
    set: (t, value) => writeContent(t.table.sheet, columnBox(t, "TableColumn.values"), value, "TableColumn.values"),
  },
};

export class TableColumnProxy extends TableBound<ColumnTarget> {
  constructor(context: FakeContext, resolve: Resolver<ColumnTarget>) {
    super(context, "TableColumn", resolve);
  }

  get _props(): Record<string, PropDef<ColumnTarget>> {
    return COLUMN_PROPS;
  }

  private range(member: string, rows: (box: RangeBox, table: TableState) => RangeBox): RangeProxy {
    return makeRange(this.context, this._pinChild(member, (t) => ({ sheet: t.table.sheet, box: rows(columnBox(t, `TableColumn.${member}`), t.table) })));
  }

  getRange(): RangeProxy {
    return this.range("getRange", (box) => box);
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (box) => ({ ...box, bottom: box.top }));
  }

  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (box, table) => ({ ...tableOps.dataBodyBox(table), left: box.left, right: box.right }));
  }

  delete(): void {
    this._op("delete", (t) => tableOps.deleteTableColumn(this.context.host.state, t.table, columnPosition(t, "TableColumn.delete"), "TableColumn.delete"));
  }
}

export class TableColumnCollectionProxy extends FakeCollection<TableState, ColumnTarget> {
  constructor(context: FakeContext, resolve: Resolver<TableState>) {
    super(context, "TableColumnCollection", resolve);
  }

  override _resolveAt(member: string): TableState | null {
    const table = super._resolveAt(member);
    if (table) assertLiveTable(this.context.host, table, member);
    return table;
  }

  _entities(table: TableState): ColumnTarget[] {
    return table.columnIds.map((id) => ({ table, id }));
  }

  _makeItem(resolve: Resolver<ColumnTarget>): TableColumnProxy {
    return new TableColumnProxy(this.context, resolve)._expose();
  }

  private find(table: TableState, key: string | number): ColumnTarget | null {
    const headers = tableOps.tableHeaders(this.context.host.state, table);
    const byName = headers.findIndex((header) => header.toLowerCase() === String(key).toLowerCase());
    const id = byName >= 0 ? table.columnIds[byName] : table.columnIds.find((candidate) => String(candidate) === String(key));
    return id === undefined ? null : { table, id };
  }

  getItem(key: string | number): TableColumnProxy {
    return this._makeItem(this._pinChild("getItem", (table) => {
      const found = this.find(table, key);
      if (!found) throw officeError("ItemNotFound", "TableColumnCollection.getItem");
      return found;
    }));
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this._makeItem(this._pinChild("getItemOrNullObject", (table) => this.find(table, key), "1.4"));
  }

  getItemAt(index: number): TableColumnProxy {
    return this._makeItem(this._pinChild("getItemAt", (table) => {
      const id = table.columnIds[index];
      if (id === undefined) throw officeError("InvalidArgument", "TableColumnCollection.getItemAt");
      return { table, id };
    }));
  }

  /** Appends on the right and widens the table; inserting in the middle is not modelled. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const api = name !== undefined || index === undefined || index === null || index === -1 ? "1.4" : undefined;
    return this._makeItem(this._pinChild("add", (table) => {
      tableOps.addTableColumn(this.context.host.state, table, index, values, name, "TableColumnCollection.add");
      return { table, id: table.columnIds[table.columnIds.length - 1] };
    }, api));
  }
}

interface RowTarget {
  table: TableState;
  index: number; // 0-based data row
}

function rowBox(target: RowTarget): RangeBox {
  const row = target.table.box.top + 1 + target.index;
  if (row > target.table.box.bottom) throw officeError("ItemNotFound", "TableRow");
  return { ...target.table.box, top: row, bottom: row };
}

const ROW_PROPS: Record<string, PropDef<RowTarget>> = {
  index: { get: (t) => t.index },
  values: {
    get: (t) => readValues(t.table.sheet, rowBox(t)),
    set: (t, value) => writeContent(t.table.sheet, rowBox(t), value, "TableRow.values"),
  },
};

export class TableRowProxy extends TableBound<RowTarget> {
  constructor(context: FakeContext, resolve: Resolver<RowTarget>) {
    super(context, "TableRow", resolve);
  }

  get _props(): Record<string, PropDef<RowTarget>> {
    return ROW_PROPS;
  }

  getRange(): RangeProxy {
    return makeRange(this.context, this._pinChild("getRange", (t) => ({ sheet: t.table.sheet, box: rowBox(t) })));
  }
}

export class TableRowCollectionProxy extends FakeCollection<TableState, RowTarget> {
  constructor(context: FakeContext, resolve: Resolver<TableState>) {
    super(context, "TableRowCollection", resolve);
  }

  override _resolveAt(member: string): TableState | null {
    const table = super._resolveAt(member);
    if (table) assertLiveTable(this.context.host, table, member);
    return table;
  }

  _entities(table: TableState): RowTarget[] {
    return Array.from({ length: rowCount(table.box) - 1 }, (_, index) => ({ table, index }));
  }

  _makeItem(resolve: Resolver<RowTarget>): TableRowProxy {
    return new TableRowProxy(this.context, resolve)._expose();
  }

  getItemAt(index: number): TableRowProxy {
    return this._makeItem(this._pinChild("getItemAt", (table) => {
      if (!Number.isInteger(index) || index < 0 || index >= rowCount(table.box) - 1) throw officeError("InvalidArgument", "TableRowCollection.getItemAt");
      return { table, index };
    }));
  }

  /** Appends under the table (cells below are overwritten, not pushed down); returns the first new row. */
  add(index?: number | null, values?: unknown): TableRowProxy {
    return this._makeItem(this._pinChild("add", (table) => {
      const first = rowCount(table.box) - 1;
      tableOps.addTableRows(this.context.host.state, table, index, values, "TableRowCollection.add");
      return { table, index: first };
    }));
  }
}
