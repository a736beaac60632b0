/** The fake Excel host: holds the workbook, runs batches, seeds fixtures and answers inspection. */

import { FakeClientObject, strictObject } from "./clientObject";
import { FakeContext, type HostCore } from "./context";
import { interpretInput, type CellScalar } from "./cellInput";
import { intersect, localAddress, parseAddress, sheetAddress } from "./boxes";
import type { HostLocale } from "./displayText";
import { officeError } from "./errors";
import { applyContent, cellText, readValidation, readValues, valueType } from "./rangeOps";
import { createSheet } from "./sheetOps";
import { cellPosition, WorkbookState, type SheetState, type Style, type ValidationSettings } from "./state";
import { createTable, tableHeaders } from "./tableOps";
import { UndoLog, type HostPlatform, type UndoEntry } from "./undo";
import { makeApplication, makeWorkbook } from "./worksheetProxy";
import { columnLetter } from "../../src/core/address";

export interface FakeExcelHostOptions {
  locale?: HostLocale; // "nl-NL" (default): Blad1, Tabel1, Kolom1, WAAR; "en-US": Sheet1, Table1, Column1, TRUE
  excelApi?: string; // highest supported ExcelApi requirement set, default "1.20"
  requirementSets?: Record<string, string>;
  /** "desktop" (default: Windows or Mac, the users' Excel) or "web": undo support and the 5 MB limit differ. */
  platform?: HostPlatform;
  /** Between areas in `getRanges`: "," on the web, the regional list separator on desktop (";" under nl-NL). */
  listSeparator?: "," | ";";
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
  /** Keep a copy of the workbook per undo entry, so `host.undo()` can play Ctrl+Z (costs memory; off by default). */
  undoSnapshots?: boolean;
  /** Preview APIs (`Workbook.use1904DateSystem`); off, as in the production office.js. */
  previewApis?: boolean;
}

/** A failure injected with `failNext`: the next operation on `member` fails with `code`. */
export interface InjectedFault {
  member: string | RegExp;
  code: string;
  /** Only inside a `mergeUndoGroup` run, as office-js#6491 reports for bulk writes. */
  inUndoGroup?: boolean;
}

/** The web's payload limit per request and per response (`concepts/resource-limits-and-performance-optimization.md`). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface SeedOptions {
  origin?: string; // top-left cell of `rows`, default "A1"
  literal?: boolean; // store strings as given instead of as if typed ("=1+1" stays text)
}

export interface CellInfo {
  value: CellScalar | null;
  formula: string | null;
  valueType: string;
  text: string;
  numberFormat: string;
  fill: string | null;
  font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  wrapText: boolean;
  horizontalAlignment: string;
  validation: ValidationSettings | null;
  merged: string | null;
  table: string | null;
}

export interface TableInfo {
  sheet: string;
  address: string;
  headers: string[];
}

function isRunOptions(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof FakeClientObject) && !(value instanceof FakeContext);
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export class FakeExcelHost implements HostCore {
  state: WorkbookState;
  readonly requirementSets: Record<string, string>;
  readonly platform: HostPlatform;
  readonly listSeparator: "," | ";";
  readonly undoLog: UndoLog;
  readonly previewApis: boolean;
  private readonly faults: InjectedFault[] = [];
  private payload = { request: 0, response: 0 };
  /** The largest response of any sync so far, in bytes (measured on the web only). */
  largestResponse = 0;
  /** The largest request of any sync so far, in bytes (measured on the web only). */
  largestRequest = 0;
  syncCount = 0;
  runCount = 0;
  /** The options object of the latest `Excel.run`, or null when it had none. */
  lastRunOptions: Record<string, unknown> | null = null;
  /** Whether the latest run asked for `mergeUndoGroup` on a host that supports it (ExcelApi 1.20). */
  lastRunMergedUndo = false;

  constructor(options: FakeExcelHostOptions = {}) {
    const locale = options.locale ?? "nl-NL";
    this.state = new WorkbookState(locale, options.date1904 === true);
    this.requirementSets = { ExcelApi: options.excelApi ?? "1.20", SharedRuntime: "1.1", ...options.requirementSets };
    this.platform = options.platform ?? "desktop";
    this.listSeparator = options.listSeparator ?? (this.platform === "web" || locale === "en-US" ? "," : ";");
    this.undoLog = new UndoLog(this.platform, options.undoSnapshots === true);
    this.previewApis = options.previewApis === true;
  }

  // ---- faults, undo and payload ----

  /** The next operation on a matching member fails with `code` (Excel refusing something only it knows to refuse). */
  failNext(fault: InjectedFault): void {
    this.faults.push(fault);
  }

  takeFault(member: string, inUndoGroup: boolean): string | null {
    const index = this.faults.findIndex(
      (f) => (typeof f.member === "string" ? f.member === member : f.member.test(member)) && (!f.inUndoGroup || inUndoGroup),
    );
    if (index < 0) return null;
    return this.faults.splice(index, 1)[0].code;
  }

  /** The user's undo stack, latest entry last. */
  get undoStack(): readonly UndoEntry[] {
    return this.undoLog.entries;
  }

  /** Ctrl+Z: takes the workbook back to before the latest undo entry (needs `undoSnapshots`). */
  undo(): void {
    this.state = this.undoLog.pop();
  }

  notePayload(direction: "request" | "response", value: unknown): void {
    if (this.platform !== "web" || value === undefined) return;
    this.payload[direction] += JSON.stringify(value)?.length ?? 0;
  }

  takePayloadOverflow(): string | null {
    const { request, response } = this.payload;
    this.payload = { request: 0, response: 0 };
    this.largestResponse = Math.max(this.largestResponse, response);
    this.largestRequest = Math.max(this.largestRequest, request);
    if (request > WEB_PAYLOAD_LIMIT) return "RequestPayloadSizeLimitExceeded";
    if (response > WEB_PAYLOAD_LIMIT) return "ResponsePayloadSizeLimitExceeded";
    return null;
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const have = this.requirementSets[name];
    if (have === undefined) return false;
    return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
  }

  supportsExcelApi(version: string): boolean {
    return this.isSetSupported("ExcelApi", version);
  }

  noteSync(): void {
    this.syncCount++;
  }

  /** `Application.calculate` calls, by type. */
  readonly calculations: string[] = [];

  noteCalculation(type: string): void {
    this.calculations.push(type);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.runCount = 0;
  }

  get selection(): string | null {
    return this.state.selection;
  }

  get activeSheetName(): string | null {
    return this.state.activeSheet?.name ?? null;
  }

  createContext(): Excel.RequestContext {
    const context = strictObject("RequestContext", new FakeContext(this));
    context.workbook = makeWorkbook(context);
    context.application = makeApplication(context);
    return context as unknown as Excel.RequestContext;
  }

  /** `Excel.run(batch)`, `Excel.run(options, batch)` or `Excel.run(object, batch)`. */
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run");
    const first = args.length > 1 ? args[0] : undefined;
    const options = isRunOptions(first) ? first : null;
    const context = this.contextFor(options ? options.previousObjects : first);
    this.lastRunOptions = options && { ...options };
    this.lastRunMergedUndo = options?.mergeUndoGroup === true && this.supportsExcelApi("1.20");
    this.runCount++;
    context.mergeUndoGroup = this.lastRunMergedUndo;
    context.setOpen(true);
    try {
      const pending = batch(context as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<T>).then !== "function") throw officeError("RunMustReturnPromise", "Excel.run");
      const result = await pending;
      if (context.hasPending) await context.sync(); // Excel.run sends what the batch queued after its last sync
      return result;
    } catch (error) {
      context.discardPending();
      throw error;
    } finally {
      context.setOpen(false);
    }
  }

  /** Reuses the context of a previous object (or array of objects, or context); otherwise a new one. */
  private contextFor(previous: unknown): FakeContext {
    const object = Array.isArray(previous) ? previous[0] : previous;
    if (object instanceof FakeClientObject) return object.context;
    if (object instanceof FakeContext) return object;
    return this.createContext() as unknown as FakeContext;
  }

  // ---- seeding ----

  addSheet(name: string, rows: (string | number | boolean | null)[][] = [], options: SeedOptions = {}): void {
    const sheet = createSheet(this.state, name, "FakeExcelHost.addSheet");
    const origin = parseAddress(options.origin ?? "A1");
    if (!origin) throw new Error(`FakeExcelHost.addSheet: bad origin ${options.origin}`);
    rows.forEach((line, r) =>
      line.forEach((input, c) => {
        const row = origin.box.top + r;
        const column = origin.box.left + c;
        const content = options.literal ? (input === null ? undefined : { value: input === "" ? null : input }) : interpretInput(input, sheet.style(row, column, "numberFormat"), this.state.date1904);
        if (content) applyContent(sheet, row, column, content);
      }),
    );
    sheet.touch();
  }

  /** *Werkmap beveiligen* (structure), as a user sets it: sheets can no longer be added, deleted, hidden or shown. */
  protectStructure(on = true): void {
    this.state.structureProtected = on;
  }

  /** *Blad beveiligen*, as a user sets it, with every cell locked: writes to the sheet fail with AccessDenied. */
  protectSheet(sheetName: string, on = true): void {
    this.sheet(sheetName).protected = on;
  }

  /** Puts one value into an existing sheet as if typed there (a stray far cell, a user's edit). */
  put(sheetName: string, address: string, input: string | number | boolean): void {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`FakeExcelHost.put: bad address ${address}`);
    const sheet = this.sheet(sheetName);
    const { top: row, left: column } = parsed.box;
    const content = interpretInput(input, sheet.style(row, column, "numberFormat"), this.state.date1904);
    if (content) applyContent(sheet, row, column, content);
    sheet.touch();
  }

  /** Creates a table whose first row holds the headers; returns its name. */
  /** `totalsRow`: the address's last row is the table's shown totals row (Excel's Table Design > Total Row). */
  addTable(sheetName: string, address: string, name?: string, options: { totalsRow?: boolean } = {}): string {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`FakeExcelHost.addTable: bad address ${address}`);
    const table = createTable(this.state, this.sheet(sheetName), parsed.box, true, name, "FakeExcelHost.addTable");
    if (options.totalsRow) table.flags.showTotals = true;
    this.state.touchAll();
    return table.name;
  }

  // ---- inspection ----

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  cell(sheetName: string, address: string): CellInfo {
    const sheet = this.sheet(sheetName);
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`FakeExcelHost.cell: bad address ${address}`);
    const { top: row, left: column } = parsed.box;
    const cell = sheet.cell(row, column);
    const style = <K extends keyof Style>(key: K) => sheet.style(row, column, key);
    const point = { top: row, bottom: row, left: column, right: column };
    const validation = readValidation(sheet, point);
    const merge = sheet.merges.overlapping(point)[0];
    const table = this.state.tables.find((t) => t.sheet === sheet && intersect(t.box, point));
    const fill = style("fillColor");
    return {
      value: cell?.value ?? null,
      formula: cell?.formula ?? null,
      valueType: valueType(cell),
      text: cellText(sheet, row, column, this.state.locale, this.state.date1904),
      numberFormat: style("numberFormat"),
      fill: fill === "#FFFFFF" && !cell?.style?.fillColor && !sheet.columnStyles.get(column)?.fillColor ? null : fill,
      font: { bold: style("bold"), italic: style("italic"), color: style("fontColor"), size: style("fontSize"), name: style("fontName") },
      wrapText: style("wrapText"),
      horizontalAlignment: style("horizontalAlignment"),
      validation: validation.type === "None" ? null : validation.settings,
      merged: merge ? localAddress(merge) : null,
      table: table?.name ?? null,
    };
  }

  /** Values from A1 through the last cell with content, as `Range.values` returns them (`""` for empty). */
  sheetValues(sheetName: string): unknown[][] {
    const sheet = this.sheet(sheetName);
    const used = sheet.usedBox(true);
    return used ? readValues(sheet, { ...used, top: 1, left: 0 }) : [];
  }

  tableInfo(name: string): TableInfo | undefined {
    const table = this.state.findTable(name);
    return table && { sheet: table.sheet.name, address: sheetAddress(table.sheet.name, table.box), headers: tableHeaders(this.state, table) };
  }

  /** A deep, JSON-able copy of everything the fake models, for "nothing changed" assertions. */
  snapshotState(): Record<string, unknown> {
    const keyed = <V>(map: Map<number, V>, name: (n: number) => string) =>
      Object.fromEntries([...map].sort((a, b) => a[0] - b[0]).map(([n, v]) => [name(n), v]));
    const sheets = this.state.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      showGridlines: sheet.showGridlines,
      tabColor: sheet.tabColor,
      frozen: sheet.frozen,
      cells: snapshotCells(sheet),
      columnStyles: keyed(sheet.columnStyles, columnLetter),
      columnWidths: keyed(sheet.columnWidths, columnLetter),
      rowHeights: keyed(sheet.rowHeights, String),
      merges: sheet.merges.all().map(localAddress),
      // Validation is a property of cells: the order in which areas were set is not observable in Excel.
      validations: [...sheet.validations]
        .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
        .map((area) => ({ address: localAddress(area.box), ...area.settings })),
      conditionalFormats: sheet.conditionalFormats.map((rule) => ({ ...rule, boxes: undefined, addresses: rule.boxes.map(localAddress) })),
      charts: sheet.charts,
      pageLayout: sheet.pageLayout,
      rowBreaks: [...sheet.rowBreaks].sort((a, b) => a - b),
    }));
    const tables = this.state.tables.map((table) => ({
      name: table.name,
      id: table.id,
      sheet: table.sheet.name,
      address: localAddress(table.box),
      headers: tableHeaders(this.state, table),
      style: table.style,
      flags: table.flags,
    }));
    const snapshot = { sheets, tables, activeSheet: this.activeSheetName, selection: this.state.selection };
    return JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
  }

  private sheet(name: string): SheetState {
    const sheet = this.state.findSheet(name);
    if (!sheet) throw new Error(`FakeExcelHost: no sheet named ${name}`);
    return sheet;
  }
}

function snapshotCells(sheet: SheetState): Record<string, unknown> {
  return Object.fromEntries(
    [...sheet.cells]
      .sort((a, b) => a[0] - b[0])
      .map(([key, cell]) => {
        const { row, column } = cellPosition(key);
        return [`${columnLetter(column)}${row}`, cell];
      }),
  );
}
