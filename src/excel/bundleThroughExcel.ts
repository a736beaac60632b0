import { cellAddress, parseRangeAddress, rangeAddress } from "../core/address";
import type { CellValue } from "../core/cell";
import { checkWorkbook } from "../core/engine/checkWorkbook";
import { cellAt } from "../core/locate/sheetGrid";
import { applyBundle, bundelingSheet, bundleProblemMessage, bundleReturns, type BundleResult, type CellWrite, type TableAppend } from "../core/merge";
import { buildModel } from "../core/model/workbookModel";
import { PartyDirectory } from "../core/model/parties";
import type { SheetPlan } from "../core/returns/sheetPlan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { queueBundleRevert, type BundleRevertStep } from "./bundleRevert";
import type { BundlePreview, BundleRequest, BundleWritten } from "./bundleTypes";
import { appendedCells, queueBundleWrites } from "./bundleWrites";
import type { ExcelRun } from "./gateway";
import { readWorkbook } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";
import { refuseProtectedSheets } from "./sheetProtection";

interface Bundled {
  outcome: BundleResult;
  snapshot: WorkbookSnapshot;
  sheet: SheetPlan;
  /** Number formats of the written and appended cells before the run, by `sheet!A1`, for the revert steps. */
  formats: Map<string, string>;
  /** Round trips so far: the read's and the probe's. */
  syncs: number;
}

type Refused = Extract<BundlePreview, { ok: false }>;

const OVERVIEW = { nl: "deze werkmap", en: "this workbook" };

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function refused(outcome: Extract<ReturnType<typeof bundleReturns>, { ok: false }>, snapshot: WorkbookSnapshot, request: BundleRequest): Refused {
  const parties = buildModel(snapshot).parties.parties.map((p) => PartyDirectory.label(p));
  return { ok: false, problems: outcome.problems.map((p) => ({ kind: p.kind, file: p.file, message: bundleProblemMessage(p, request.lang) })), parties };
}

function bundle(snapshot: WorkbookSnapshot, request: BundleRequest, formulas: ReadonlySet<string>) {
  return bundleReturns({
    overview: { file: OVERVIEW[request.lang], snapshot },
    returns: request.returns.map((r) => ({ ...r })),
    date: request.today,
    lang: request.lang,
    isFormula: formulas.size === 0 ? undefined : (sheet, row, column) => formulas.has(key(sheet, cellAddress(row, column))),
  });
}

interface Target {
  sheet: string;
  cell: string;
  range: Excel.Range;
}

/** The cells bundling would write, with their formulas and number formats. */
function probe(context: Excel.RequestContext, writes: readonly CellWrite[], appends: readonly TableAppend[]): Target[] {
  const cells: Target[] = [];
  const sheets = context.workbook.worksheets;
  for (const write of writes) cells.push({ sheet: write.sheet, cell: write.cell, range: sheets.getItem(write.sheet).getRange(write.cell).load("formulas,numberFormat") });
  for (const cell of appends.flatMap(appendedCells)) cells.push({ sheet: cell.sheet, cell: cell.cell, range: sheets.getItem(cell.sheet).getRange(cell.cell).load("formulas,numberFormat") });
  return cells;
}

const isFormulaText = (value: unknown) => typeof value === "string" && value.startsWith("=");

const WORKBOOK_PROBLEMS = {
  nl: {
    "formula-below-table": (cell: string) => `In cel ${cell}, waar een nieuwe rij moet komen, staat een formule. Maak ruimte onder de tabel en bundel opnieuw.`,
  },
  en: {
    "formula-below-table": (cell: string) => `Cell ${cell}, where a new row must go, holds a formula. Make room below the table and bundle again.`,
  },
};

/**
 * Reads the workbook, bundles the returns, and probes the cells bundling would write: a formula there is never
 * overwritten (bundled again with it known, it becomes a conflict); a formula where new rows would go stops the run
 * with a message. A table's shown totals row comes with the read, so the core lists rows meant for it. The read's
 * round trips and one more, whatever the number of rows.
 */
async function readAndBundle(context: Excel.RequestContext, capabilities: HostCapabilities, request: BundleRequest): Promise<Bundled | Refused> {
  const read = await readWorkbook(context, { mergedAreas: capabilities.mergedAreas });
  const snapshot = read.snapshot;
  let outcome = bundle(snapshot, request, new Set());
  if (!outcome.ok) return refused(outcome, snapshot, request);
  refuseProtectedSheets(read.protectedSheets, [...outcome.writes.map((w) => w.sheet), ...outcome.appends.map((a) => a.sheet)], "bundle", request.lang);
  const probed = probe(context, outcome.writes, outcome.appends);
  await context.sync();
  const words = WORKBOOK_PROBLEMS[request.lang];
  const formulas = new Set(probed.filter((t) => isFormulaText(t.range.formulas[0][0])).map((t) => key(t.sheet, t.cell)));
  const appendedAt = new Set(outcome.appends.flatMap(appendedCells).map((c) => key(c.sheet, c.cell)));
  const problems: Refused["problems"] = [];
  for (const at of formulas) if (appendedAt.has(at)) problems.push({ kind: "formula-below-table", file: at, message: words["formula-below-table"](at) });
  if (problems.length > 0) return { ok: false, problems, parties: [] };
  if (formulas.size > 0) {
    outcome = bundle(snapshot, request, formulas);
    if (!outcome.ok) return refused(outcome, snapshot, request);
  }
  const formats = new Map(probed.map((t) => [key(t.sheet, t.cell), String(t.range.numberFormat[0][0] ?? "General")]));
  const bundled = applyBundle(snapshot, outcome.writes, outcome.appends);
  const check = checkWorkbook(bundled, { today: request.today, lang: request.lang });
  const sheet = bundelingSheet(outcome, check.counts, read.sheets.map((s) => s.name));
  return { outcome, snapshot, sheet, formats, syncs: read.syncs + 1 };
}

/** What *Bundelen* would do; writes nothing. */
export function previewBundle(run: ExcelRun, capabilities: HostCapabilities, request: BundleRequest): Promise<BundlePreview> {
  return run(async (context) => {
    const read = await readAndBundle(context, capabilities, request);
    if ("ok" in read) return read;
    return { ok: true, decisions: read.outcome.decisions, sheetName: read.sheet.name };
  });
}

function oldValue(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): CellValue {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  return found ? cellAt(found, row, column) : null;
}

/** The steps that take a run back: old values and formats, tables to their old size, the Bundeling sheet removed. */
function revertSteps(read: Bundled, canResize: boolean): BundleRevertStep[] {
  const steps: BundleRevertStep[] = [{ type: "deleteSheet", sheet: read.sheet.name }];
  for (const write of read.outcome.writes) {
    steps.push({ type: "restoreCell", sheet: write.sheet, cell: write.cell, value: oldValue(read.snapshot, write.sheet, write.row, write.column), format: read.formats.get(key(write.sheet, write.cell)) ?? "General" });
  }
  for (const append of read.outcome.appends) {
    const table = append.table === null ? undefined : read.snapshot.tables.find((t) => t.name === append.table);
    const box = table && parseRangeAddress(table.address);
    if (table && box && canResize) steps.push({ type: "resizeTable", table: table.name, address: rangeAddress(box) });
    for (const cell of appendedCells(append)) {
      steps.push({ type: "restoreCell", sheet: cell.sheet, cell: cell.cell, value: null, format: read.formats.get(key(cell.sheet, cell.cell)) ?? "General" });
    }
  }
  return steps;
}

function isUndoNotSupported(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "UndoNotSupported";
}

async function writeRun(context: Excel.RequestContext, capabilities: HostCapabilities, request: BundleRequest, onRevert: ((steps: BundleRevertStep[]) => void) | null): Promise<BundleWritten | Refused> {
  const read = await readAndBundle(context, capabilities, request);
  if ("ok" in read) return read;
  if (onRevert) onRevert(revertSteps(read, capabilities.mergedAreas));
  queueBundleWrites(context, read.outcome, read.snapshot, read.sheet, { resizeTables: capabilities.mergedAreas });
  await context.sync();
  return { decisions: read.outcome.decisions, sheetName: read.sheet.name, undo: onRevert ? "revert-snapshot" : "excel-undo", syncs: read.syncs + 1 };
}

/**
 * *Bundelen*: reads, bundles and writes in one batch (four round trips whatever the size): the cell writes (text
 * formatted as text first), the rows added to their tables, the Bundeling sheet. With ExcelApi 1.20 it is one
 * step for Excel's own undo; otherwise, or when Excel refuses the group, the previous state is handed to
 * `onRevert` before anything is written.
 */
export async function writeBundle(run: ExcelRun, capabilities: HostCapabilities, request: BundleRequest, onRevert: (steps: BundleRevertStep[]) => void): Promise<BundleWritten | Refused> {
  if (capabilities.undoGroup) {
    try {
      return await run({ mergeUndoGroup: true }, (context) => writeRun(context, capabilities, request, null));
    } catch (error) {
      if (!isUndoNotSupported(error)) throw error;
    }
  }
  return run((context) => writeRun(context, capabilities, request, onRevert));
}

/** Takes a bundling back from its steps, in one batch. */
export function revertBundle(run: ExcelRun, steps: readonly BundleRevertStep[]): Promise<void> {
  return run(async (context) => {
    queueBundleRevert(context, steps);
    await context.sync();
  });
}
