/** `Excel.Workbook`, the worksheet collection, `Excel.Worksheet` and its freeze panes, charts and page layout. */

import { FakeClientObject, FakeClientResult, FakeCollection, looseRecorder, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext, HostCore } from "./context";
import { isOnSheet, localAddress, MAX_COLUMN, MAX_ROW, parseAddress, type RangeBox } from "./boxes";
import { officeError } from "./errors";
import { assertLiveSheet, makeRange, parseAreas, RangeAreasProxy, resolveRangeArgument, type RangeProxy } from "./rangeProxy";
import * as sheetOps from "./sheetOps";
import type { SheetState, WorkbookState } from "./state";
import { FunctionsProxy } from "./functionsProxy";
import { makeTables } from "./tableProxy";

export function makeWorksheet(context: FakeContext, resolve: Resolver<SheetState>): WorksheetProxy {
  return new WorksheetProxy(context, resolve)._expose();
}

export function makeWorkbook(context: FakeContext): WorkbookProxy {
  return new WorkbookProxy(context, () => context.host.state)._expose();
}

const WORKSHEET_PROPS: Record<string, PropDef<SheetState>> = {
  name: {
    get: (s) => s.name,
    set: (s, v, host) => {
      if (v !== s.name) sheetOps.assertStructureUnlocked(host.state, "Worksheet.name");
      s.name = sheetOps.assertSheetName(host.state, v, s, "Worksheet.name");
    },
  },
  id: { get: (s) => s.id },
  position: { get: (s, host) => host.state.sheets.indexOf(s), set: (s, v, host) => sheetOps.moveSheet(host.state, s, v) },
  visibility: { get: (s) => s.visibility, set: (s, v, host) => sheetOps.setSheetVisibility(host.state, s, v), setApi: "1.2" },
  showGridlines: {
    get: (s) => s.showGridlines,
    set: (s, v) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "Worksheet.showGridlines");
      s.showGridlines = v;
    },
    api: "1.8",
  },
  tabColor: {
    get: (s) => s.tabColor,
    set: (s, v) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "Worksheet.tabColor");
      s.tabColor = /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
    },
    api: "1.7",
  },
};

function usedOrA1(sheet: SheetState, valuesOnly: unknown): RangeBox {
  return sheet.usedBox(valuesOnly === true) ?? { top: 1, bottom: 1, left: 0, right: 0 };
}

/** Objects bound to a sheet fail once the sheet has been deleted. */
abstract class SheetBound extends FakeClientObject<SheetState> {
  override _resolveAt(member: string): SheetState | null {
    const sheet = super._resolveAt(member);
    if (sheet) assertLiveSheet(this.context.host, sheet, member);
    return sheet;
  }
}

export class WorksheetProxy extends SheetBound {
  constructor(context: FakeContext, resolve: Resolver<SheetState>) {
    super(context, "Worksheet", resolve);
  }

  get _props(): Record<string, PropDef<SheetState>> {
    return WORKSHEET_PROPS;
  }

  override get _nav(): string[] {
    return ["protection"];
  }

  get protection(): WorksheetProtectionProxy {
    return this._child("protection", () => new WorksheetProtectionProxy(this.context, this._resolve)._expose());
  }

  private range(member: string, compute: (sheet: SheetState) => RangeBox | null, api?: string): RangeProxy {
    return makeRange(
      this.context,
      this._pinChild(member, (sheet) => {
        const box = compute(sheet);
        if (box && !isOnSheet(box)) throw officeError("InvalidArgument", `Worksheet.${member}`);
        return box && { sheet, box };
      }, api),
    );
  }

  getRange(address?: string): RangeProxy {
    return this.range("getRange", (sheet) => {
      if (address === undefined || address === "") return { top: 1, bottom: MAX_ROW, left: 0, right: MAX_COLUMN };
      const parsed = parseAddress(address);
      const otherSheet = parsed?.sheet !== undefined && this.context.host.state.findSheet(parsed.sheet) !== sheet;
      if (!parsed || otherSheet) throw officeError("InvalidArgument", "Worksheet.getRange");
      return parsed.box;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range("getRangeByIndexes", () => {
      if (rowCount < 1 || columnCount < 1) throw officeError("InvalidArgument", "Worksheet.getRangeByIndexes");
      return { top: startRow + 1, bottom: startRow + rowCount, left: startColumn, right: startColumn + columnCount - 1 };
    }, "1.7");
  }

  getRanges(address?: string): RangeAreasProxy {
    const resolve = this._pinChild("getRanges", (sheet) => {
      const boxes = address === undefined ? [{ top: 1, bottom: MAX_ROW, left: 0, right: MAX_COLUMN }] : parseAreas(address, this.context.host.listSeparator);
      if (!boxes) throw officeError("InvalidArgument", "Worksheet.getRanges");
      return { sheet, boxes };
    }, "1.9");
    return new RangeAreasProxy(this.context, resolve)._expose();
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range("getCell", () => ({ top: row + 1, bottom: row + 1, left: column, right: column }));
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range("getUsedRange", (sheet) => usedOrA1(sheet, valuesOnly));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range("getUsedRangeOrNullObject", (sheet) => sheet.usedBox(valuesOnly === true), "1.4");
  }

  activate(): void {
    this._op("activate", (sheet) => {
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate");
      this.context.host.state.activeSheet = sheet;
    }, undefined, "view");
  }

  delete(): void {
    this._op("delete", (sheet) => sheetOps.deleteSheet(this.context.host.state, sheet));
  }

  get tables(): unknown {
    return this._child("tables", () =>
      makeTables(this.context, () => {
        const sheet = this._resolve();
        return sheet && { sheet };
      }),
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this._child("freezePanes", () => new FreezePanesProxy(this.context, this._resolve)._expose());
  }

  get charts(): ChartCollectionProxy {
    return this._child("charts", () => new ChartCollectionProxy(this.context, this._resolve)._expose());
  }

  get pageLayout(): unknown {
    return this._child("pageLayout", () => pageLayoutRecorder(this.context, this));
  }

  /** Manual page breaks (ExcelApi 1.9): `add(range)` starts a new printed page at the range's top row. */
  get horizontalPageBreaks(): unknown {
    return this._child("horizontalPageBreaks", () => ({
      add: (range: unknown) => {
        const member = "PageBreakCollection.add";
        this.context.enqueue(member, () => {
          if (!this.context.host.supportsExcelApi("1.9")) throw officeError("ApiNotFound", member);
          const sheet = this._target(member);
          const top = resolveRangeArgument(this.context.host, range, sheet, member).box.top;
          if (!sheet.rowBreaks.includes(top)) sheet.rowBreaks.push(top);
        });
      },
    }));
  }
}

function pageLayoutRecorder(context: FakeContext, worksheet: WorksheetProxy): unknown {
  const layout = (member: string): Record<string, unknown> => {
    if (!context.host.supportsExcelApi("1.9")) throw officeError("ApiNotFound", member);
    return worksheet._target(member).pageLayout;
  };
  const recordRange = (key: string) => (argument: unknown) => {
    const member = `PageLayout.${key}`;
    context.enqueue(member, () => {
      const sheet = worksheet._target(member);
      layout(member)[key] = localAddress(resolveRangeArgument(context.host, argument, sheet, member).box);
    });
  };
  return looseRecorder(context, "PageLayout", layout, {
    setPrintTitleRows: recordRange("printTitleRows"),
    setPrintTitleColumns: recordRange("printTitleColumns"),
    setPrintArea: recordRange("printArea"),
  });
}

function frozenCount(n: unknown, member: string): number {
  const value = n === undefined ? 1 : n;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw officeError("InvalidArgument", member);
  return value;
}

export class FreezePanesProxy extends SheetBound {
  constructor(context: FakeContext, resolve: Resolver<SheetState>) {
    super(context, "WorksheetFreezePanes", resolve);
  }

  get _props(): Record<string, PropDef<SheetState>> {
    return {};
  }

  freezeRows(count?: number): void {
    this._op("freezeRows", (sheet) => void (sheet.frozen = { rows: frozenCount(count, "freezeRows"), columns: 0 }), "1.7");
  }

  freezeColumns(count?: number): void {
    this._op("freezeColumns", (sheet) => void (sheet.frozen = { rows: 0, columns: frozenCount(count, "freezeColumns") }), "1.7");
  }

  /** The given cells become the top-left frozen pane. */
  freezeAt(frozenRange: unknown): void {
    this._op("freezeAt", (sheet) => {
      const { box } = resolveRangeArgument(this.context.host, frozenRange, sheet, "WorksheetFreezePanes.freezeAt");
      sheet.frozen = { rows: box.bottom === MAX_ROW ? 0 : box.bottom, columns: box.right === MAX_COLUMN ? 0 : box.right + 1 };
    }, "1.7");
  }

  unfreeze(): void {
    this._op("unfreeze", (sheet) => void (sheet.frozen = { rows: 0, columns: 0 }), "1.7");
  }

  getLocationOrNullObject(): RangeProxy {
    return makeRange(
      this.context,
      this._pinChild("getLocationOrNullObject", (sheet) => {
        const { rows, columns } = sheet.frozen;
        if (rows === 0 && columns === 0) return null;
        return { sheet, box: { top: 1, bottom: rows || MAX_ROW, left: 0, right: columns ? columns - 1 : MAX_COLUMN } };
      }, "1.7"),
    );
  }
}

export class ChartCollectionProxy extends SheetBound {
  constructor(context: FakeContext, resolve: Resolver<SheetState>) {
    super(context, "ChartCollection", resolve);
  }

  get _props(): Record<string, PropDef<SheetState>> {
    return {};
  }

  /** Records the chart; its settings (title, position, …) are stored as set. */
  add(type: string, sourceData: unknown, seriesBy?: string): unknown {
    const host = this.context.host;
    const record = this._pinChild("add", (sheet) => {
      if (typeof type !== "string" || type === "") throw officeError("InvalidArgument", "ChartCollection.add");
      const source = resolveRangeArgument(host, sourceData, sheet, "ChartCollection.add");
      const chart = {
        id: host.state.newId("chart"),
        name: `${host.state.dutch ? "Grafiek" : "Chart"} ${sheet.charts.length + 1}`,
        type,
        source: localAddress(source.box),
        seriesBy: seriesBy ?? "Auto",
        settings: {} as Record<string, unknown>,
      };
      sheet.charts.push(chart);
      return chart;
    });
    const settings = (member: string): Record<string, unknown> => {
      const chart = record();
      if (!chart) throw officeError("ItemNotFound", member);
      return chart.settings;
    };
    const setPosition = (start: unknown, end?: unknown): void => {
      this.context.enqueue("Chart.setPosition", () => {
        const sheet = this._target("Chart.setPosition");
        const at = (cell: unknown) => (cell === undefined ? null : localAddress(resolveRangeArgument(host, cell, sheet, "Chart.setPosition").box));
        settings("Chart.setPosition").position = { start: at(start), end: at(end) };
      });
    };
    return looseRecorder(this.context, "Chart", settings, { setPosition });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._op("getCount", (sheet) => result._set(sheet.charts.length), undefined, "read");
    return result;
  }
}

export class WorksheetCollectionProxy extends FakeCollection<WorkbookState, SheetState> {
  constructor(context: FakeContext, resolve: Resolver<WorkbookState>) {
    super(context, "WorksheetCollection", resolve);
  }

  _entities(workbook: WorkbookState): SheetState[] {
    return workbook.sheets;
  }

  _makeItem(resolve: Resolver<SheetState>): WorksheetProxy {
    return makeWorksheet(this.context, resolve);
  }

  private find(workbook: WorkbookState, key: string): SheetState | null {
    return workbook.findSheet(key) ?? workbook.sheets.find((sheet) => sheet.id === key) ?? null;
  }

  getItem(key: string): WorksheetProxy {
    return this._makeItem(this._pinChild("getItem", (workbook) => {
      const sheet = this.find(workbook, key);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem");
      return sheet;
    }));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._makeItem(this._pinChild("getItemOrNullObject", (workbook) => this.find(workbook, key), "1.4"));
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._makeItem(this._pinChild("getActiveWorksheet", (workbook) => {
      if (!workbook.activeSheet) throw officeError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
      return workbook.activeSheet;
    }));
  }

  add(name?: string): WorksheetProxy {
    return this._makeItem(
      this._pinChild("add", (workbook) => {
        sheetOps.assertStructureUnlocked(workbook, "WorksheetCollection.add");
        return sheetOps.createSheet(workbook, name, "WorksheetCollection.add");
      }),
    );
  }
}

/** `use1904DateSystem` is a preview API ("ExcelApi BETA"): the production office.js lacks it. */
const WORKBOOK_PROPS: Record<string, PropDef<WorkbookState>> = {
  use1904DateSystem: {
    get: (workbook, host) => {
      if (!host.previewApis) throw officeError("ApiNotFound", "Workbook.use1904DateSystem");
      return workbook.date1904;
    },
  },
};

export class WorkbookProxy extends FakeClientObject<WorkbookState> {
  constructor(context: FakeContext, resolve: Resolver<WorkbookState>) {
    super(context, "Workbook", resolve);
  }

  get _props(): Record<string, PropDef<WorkbookState>> {
    return WORKBOOK_PROPS;
  }

  override get _nav(): string[] {
    return ["protection"];
  }

  get protection(): WorkbookProtectionProxy {
    return this._child("protection", () => new WorkbookProtectionProxy(this.context, this._resolve)._expose());
  }

  get functions(): FunctionsProxy {
    return this._child("functions", () => new FunctionsProxy(this.context)._expose());
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child("worksheets", () => new WorksheetCollectionProxy(this.context, this._resolve)._expose());
  }

  get tables(): unknown {
    return this._child("tables", () => makeTables(this.context, () => ({ sheet: null })));
  }

  get application(): ApplicationProxy {
    return this._child("application", () => makeApplication(this.context));
  }
}

/** `Workbook.protection` (ExcelApi 1.7): whether the structure is protected, and protecting it. */
export class WorkbookProtectionProxy extends FakeClientObject<WorkbookState> {
  constructor(context: FakeContext, resolve: Resolver<WorkbookState>) {
    super(context, "WorkbookProtection", resolve);
  }

  get _props(): Record<string, PropDef<WorkbookState>> {
    return { protected: { get: (workbook) => workbook.structureProtected, api: "1.7" } };
  }

  /** Passwords are not modelled: a user protects the structure, the add-in only reads whether it is. */
  protect(): void {
    this._op("protect", (workbook) => void (workbook.structureProtected = true), "1.7");
  }

  unprotect(): void {
    this._op("unprotect", (workbook) => void (workbook.structureProtected = false), "1.7");
  }
}

export function makeApplication(context: FakeContext): ApplicationProxy {
  return new ApplicationProxy(context, () => context.host)._expose();
}

/** Calculation and screen updating have no observable effect here; the calls are checked and accepted. */
export class ApplicationProxy extends FakeClientObject<HostCore> {
  constructor(context: FakeContext, resolve: Resolver<HostCore>) {
    super(context, "Application", resolve);
  }

  get _props(): Record<string, PropDef<HostCore>> {
    return {};
  }

  /** Recalculation is not modelled; the call is checked and counted (`host.calculations`). */
  calculate(calculationType: string): void {
    this._op("calculate", () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) throw officeError("InvalidArgument", "Application.calculate");
      this.context.host.noteCalculation(calculationType);
    }, undefined, "view");
  }

  suspendApiCalculationUntilNextSync(): void {
    this._op("suspendApiCalculationUntilNextSync", () => undefined, "1.6", "view");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._op("suspendScreenUpdatingUntilNextSync", () => undefined, "1.9", "view");
  }
}

/** `Worksheet.protection` (ExcelApi 1.2): whether the sheet is protected. Only a user protects a sheet here. */
export class WorksheetProtectionProxy extends SheetBound {
  constructor(context: FakeContext, resolve: Resolver<SheetState>) {
    super(context, "WorksheetProtection", resolve);
  }

  get _props(): Record<string, PropDef<SheetState>> {
    return { protected: { get: (sheet) => sheet.protected, api: "1.2" } };
  }
}
