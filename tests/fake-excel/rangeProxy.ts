/** `Excel.Range`, its derived ranges, and merged areas (`RangeAreas`). */

import { FakeClientObject, FakeCollection, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext, HostCore } from "./context";
import { columnCount, intersect, isEntireColumns, isEntireRows, isOnSheet, MAX_COLUMN, MAX_ROW, parseAddress, rowCount, sheetAddress, type RangeBox } from "./boxes";
import { officeError } from "./errors";
import { makeConditionalFormats, type AreasTarget } from "./conditionalFormatProxy";
import { DataValidationProxy, RangeFormatProxy } from "./rangeFormatProxy";
import * as ops from "./rangeOps";
import { RangeBound, type RangeTarget } from "./rangeTarget";
import type { SheetState } from "./state";
import { makeWorksheet } from "./worksheetProxy";

export { assertLiveSheet, type RangeTarget } from "./rangeTarget";

export function makeRange(context: FakeContext, resolve: Resolver<RangeTarget>): RangeProxy {
  return new RangeProxy(context, resolve)._expose();
}

/** A `Range` object or an address (`"B2:C4"`, `"Blad!B2"`), resolved at sync. */
export function resolveRangeArgument(host: HostCore, argument: unknown, sheet: SheetState | null, member: string): RangeTarget {
  if (argument instanceof RangeProxy) return argument._target(member);
  if (typeof argument !== "string") throw officeError("InvalidArgument", member);
  const parsed = parseAddress(argument);
  if (!parsed) throw officeError("InvalidArgument", member);
  const named = parsed.sheet === undefined ? sheet : (host.state.findSheet(parsed.sheet) ?? null);
  if (!named || (sheet && named !== sheet)) throw officeError(named ? "InvalidArgument" : "ItemNotFound", member);
  return { sheet: named, box: parsed.box };
}

/** "A range is limited to 5,000,000 cells for read operations" (resource-limits-and-performance-optimization.md). */
export const READ_CELL_LIMIT = 5_000_000;

function readable(t: RangeTarget, member: string): RangeTarget {
  if (rowCount(t.box) * columnCount(t.box) > READ_CELL_LIMIT) throw officeError("RangeExceedsLimit", `Range.${member}`);
  return t;
}

const RANGE_PROPS: Record<string, PropDef<RangeTarget>> = {
  address: { get: (t) => sheetAddress(t.sheet.name, t.box) },
  rowCount: { get: (t) => rowCount(t.box) },
  columnCount: { get: (t) => columnCount(t.box) },
  rowIndex: { get: (t) => t.box.top - 1 },
  columnIndex: { get: (t) => t.box.left },
  cellCount: { get: (t) => rowCount(t.box) * columnCount(t.box) },
  isEntireColumn: { get: (t) => isEntireColumns(t.box), api: "1.7" },
  isEntireRow: { get: (t) => isEntireRows(t.box), api: "1.7" },
  values: { get: (t) => ops.readValues(readable(t, "values").sheet, t.box), set: (t, v, host) => ops.writeContent(t.sheet, t.box, v, "Range.values", host.state.date1904) },
  formulas: { get: (t) => ops.readFormulas(readable(t, "formulas").sheet, t.box), set: (t, v, host) => ops.writeContent(t.sheet, t.box, v, "Range.formulas", host.state.date1904) },
  text: { get: (t, host) => ops.readText(readable(t, "text").sheet, t.box, host.state.locale, host.state.date1904) },
  valueTypes: { get: (t) => ops.readValueTypes(readable(t, "valueTypes").sheet, t.box) },
  numberFormat: { get: (t) => ops.readNumberFormats(readable(t, "numberFormat").sheet, t.box), set: (t, v) => ops.writeNumberFormat(t.sheet, t.box, v, "Range.numberFormat") },
};

function checked(box: RangeBox, member: string): RangeBox {
  if (!isOnSheet(box)) throw officeError("InvalidArgument", member);
  return box;
}

function count(n: unknown, member: string): number {
  const value = n === undefined ? 1 : n;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw officeError("InvalidArgument", member);
  return value;
}

export class RangeProxy extends RangeBound {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "Range", resolve);
  }

  get _props(): Record<string, PropDef<RangeTarget>> {
    return RANGE_PROPS;
  }

  override get _nav(): string[] {
    return ["format", "dataValidation", "worksheet"];
  }

  private derived(member: string, compute: (box: RangeBox, target: RangeTarget) => RangeBox | null, api?: string): RangeProxy {
    const location = `Range.${member}`;
    return makeRange(
      this.context,
      this._pinChild(member, (target) => {
        const box = compute(target.box, target);
        return box && { sheet: target.sheet, box: checked(box, location) };
      }, api),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived("getCell", (b) => ({ top: b.top + row, bottom: b.top + row, left: b.left + column, right: b.left + column }));
  }

  getRow(row: number): RangeProxy {
    return this.derived("getRow", (b) => {
      if (row < 0 || row >= rowCount(b)) throw officeError("InvalidArgument", "Range.getRow");
      return { ...b, top: b.top + row, bottom: b.top + row };
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derived("getColumn", (b) => {
      if (column < 0 || column >= columnCount(b)) throw officeError("InvalidArgument", "Range.getColumn");
      return { ...b, left: b.left + column, right: b.left + column };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived("getOffsetRange", (b) => ({ top: b.top + rowOffset, bottom: b.bottom + rowOffset, left: b.left + columnOffset, right: b.right + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived("getResizedRange", (b) => ({ ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns }), "1.2");
  }

  getRowsBelow(n?: number): RangeProxy {
    return this.derived("getRowsBelow", (b) => ({ ...b, top: b.bottom + 1, bottom: b.bottom + count(n, "Range.getRowsBelow") }), "1.2");
  }

  getRowsAbove(n?: number): RangeProxy {
    return this.derived("getRowsAbove", (b) => ({ ...b, top: b.top - count(n, "Range.getRowsAbove"), bottom: b.top - 1 }), "1.2");
  }

  getColumnsAfter(n?: number): RangeProxy {
    return this.derived("getColumnsAfter", (b) => ({ ...b, left: b.right + 1, right: b.right + count(n, "Range.getColumnsAfter") }), "1.2");
  }

  getColumnsBefore(n?: number): RangeProxy {
    return this.derived("getColumnsBefore", (b) => ({ ...b, left: b.left - count(n, "Range.getColumnsBefore"), right: b.left - 1 }), "1.2");
  }

  getLastRow(): RangeProxy {
    return this.derived("getLastRow", (b) => ({ ...b, top: b.bottom }));
  }

  getLastColumn(): RangeProxy {
    return this.derived("getLastColumn", (b) => ({ ...b, left: b.right }));
  }

  getLastCell(): RangeProxy {
    return this.derived("getLastCell", (b) => ({ top: b.bottom, bottom: b.bottom, left: b.right, right: b.right }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived("getEntireColumn", (b) => ({ ...b, top: 1, bottom: MAX_ROW }));
  }

  getEntireRow(): RangeProxy {
    return this.derived("getEntireRow", (b) => ({ ...b, left: 0, right: MAX_COLUMN }));
  }

  getIntersectionOrNullObject(other: unknown): RangeProxy {
    return this.derived("getIntersectionOrNullObject", (b, t) => {
      const second = resolveRangeArgument(this.context.host, other, t.sheet, "Range.getIntersectionOrNullObject");
      return intersect(b, second.box);
    }, "1.4");
  }

  /** The smallest box holding the used cells inside this range (how add-ins find the last row of column A). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derived("getUsedRange", (b, t) => {
      const box = t.sheet.usedBox(valuesOnly === true, b);
      if (!box) throw officeError("ItemNotFound", "Range.getUsedRange");
      return box;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.derived("getUsedRangeOrNullObject", (b, t) => t.sheet.usedBox(valuesOnly === true, b), "1.4");
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    const resolve = this._pinChild("getMergedAreasOrNullObject", (t) => {
      const boxes = t.sheet.mergesIn(t.box);
      return boxes.length ? { sheet: t.sheet, boxes } : null;
    }, "1.13");
    return new RangeAreasProxy(this.context, resolve)._expose();
  }

  clear(applyTo?: string): void {
    this._op("clear", (t) => ops.clearRange(t.sheet, t.box, applyTo ?? "All", "Range.clear"));
  }

  select(): void {
    this._op("select", (t) => {
      this.context.host.state.activeSheet = t.sheet;
      this.context.host.state.selection = sheetAddress(t.sheet.name, t.box);
    }, undefined, "view");
  }

  merge(across?: boolean): void {
    this._op("merge", (t) => {
      if (this.context.host.state.tables.some((table) => table.sheet === t.sheet && intersect(table.box, t.box))) {
        throw officeError("InvalidOperation", "Range.merge");
      }
      ops.mergeRange(t.sheet, t.box, across === true);
    }, "1.2");
  }

  unmerge(): void {
    this._op("unmerge", (t) => ops.unmergeRange(t.sheet, t.box), "1.2");
  }

  get format(): RangeFormatProxy {
    return this._child("format", () => new RangeFormatProxy(this.context, this._resolve)._expose());
  }

  get dataValidation(): DataValidationProxy {
    return this._child("dataValidation", () => new DataValidationProxy(this.context, this._resolve)._expose());
  }

  get conditionalFormats(): unknown {
    return this._child("conditionalFormats", () =>
      makeConditionalFormats(this.context, () => {
        const target = this._resolve();
        return target && { sheet: target.sheet, boxes: [target.box] };
      }),
    );
  }

  get worksheet(): unknown {
    return this._child("worksheet", () => makeWorksheet(this.context, () => this._resolve()?.sheet ?? null));
  }
}

const AREAS_PROPS: Record<string, PropDef<AreasTarget>> = {
  address: { get: (t) => t.boxes.map((box) => sheetAddress(t.sheet.name, box)).join(", ") },
  areaCount: { get: (t) => t.boxes.length },
  cellCount: { get: (t) => t.boxes.reduce((sum, box) => sum + rowCount(box) * columnCount(box), 0) },
};

export class RangeAreasProxy extends FakeClientObject<AreasTarget> {
  constructor(context: FakeContext, resolve: Resolver<AreasTarget>) {
    super(context, "RangeAreas", resolve);
  }

  get _props(): Record<string, PropDef<AreasTarget>> {
    return AREAS_PROPS;
  }

  override get _nav(): string[] {
    return ["areas"];
  }

  get areas(): RangeCollectionProxy {
    return this._child("areas", () => new RangeCollectionProxy(this.context, this._resolve)._expose());
  }

  get conditionalFormats(): unknown {
    return this._child("conditionalFormats", () => makeConditionalFormats(this.context, this._resolve));
  }
}

/**
 * `Worksheet.getRanges("A1:B2, D4")` (ExcelApi 1.9): areas separated by the host's list separator only. Desktop
 * Excel wants the regional one (";" under Dutch regional settings), the web a comma (office-js#1167, #1985).
 */
export function parseAreas(address: string, separator: "," | ";"): RangeBox[] | null {
  const boxes: RangeBox[] = [];
  for (const part of address.split(separator)) {
    const parsed = parseAddress(part.trim());
    if (!parsed || parsed.sheet !== undefined) return null;
    boxes.push(parsed.box);
  }
  return boxes.length ? boxes : null;
}

export class RangeCollectionProxy extends FakeCollection<AreasTarget, RangeTarget> {
  constructor(context: FakeContext, resolve: Resolver<AreasTarget>) {
    super(context, "RangeCollection", resolve);
  }

  _entities(target: AreasTarget): RangeTarget[] {
    return target.boxes.map((box) => ({ sheet: target.sheet, box }));
  }

  _makeItem(resolve: Resolver<RangeTarget>): RangeProxy {
    return makeRange(this.context, resolve);
  }
}
