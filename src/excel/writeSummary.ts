import type { HeaderFooter, SummarySheet } from "../core/summary/summarySheet";
import { uniqueSheetName } from "../core/summary/uniqueSheetName";
import { queueDateSystemProbe } from "./dateSystem";
import { toHostError, type HostError } from "./officeError";
import type { HostCapabilities } from "./requirements";
import { queueStateBlocks, type StateBlock } from "./stateWrites";
import { BASE_LOOK, columnAddress, formatRuns, rowHeightRuns, summaryGrid, widthInPoints } from "./summaryLayout";

/** `Excel.run` with options (or the in-memory host's). */
export type ExcelRunWithOptions = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriteSummaryResult {
  sheetName: string;
  /** Round trips used: 3, whatever the sheet's size (plus one per 4 MB of a very large recorded state on the web). */
  syncs: number;
  /** Whether the print layout, data bars and frozen rows could be set (they need ExcelApi 1.6–1.9). */
  extras: boolean;
  /** Why they could not, for the task pane to show. */
  extrasError?: HostError;
}

function writeContent(worksheet: Excel.Worksheet, sheet: SummarySheet, date1904: boolean): void {
  const grid = summaryGrid(sheet, date1904);
  const all = worksheet.getRange(grid.address);
  all.format.font.name = BASE_LOOK.font;
  all.format.font.size = BASE_LOOK.size;
  all.format.font.color = BASE_LOOK.color;
  all.format.verticalAlignment = "Top";
  all.numberFormat = grid.formats;
  all.values = grid.values;
  for (const run of formatRuns(sheet)) {
    const format = worksheet.getRange(run.address).format;
    if (run.bold) format.font.bold = true;
    if (run.italic) format.font.italic = true;
    if (run.size) format.font.size = run.size;
    if (run.color) format.font.color = run.color;
    if (run.fill) format.fill.color = run.fill;
    if (run.horizontal) format.horizontalAlignment = run.horizontal;
    if (run.vertical) format.verticalAlignment = run.vertical;
    if (run.wrap) format.wrapText = true;
  }
  for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  sheet.columnWidths.forEach((width, i) => (worksheet.getRange(columnAddress(i)).format.columnWidth = widthInPoints(width)));
  for (const { address, height } of rowHeightRuns(sheet)) worksheet.getRange(address).format.rowHeight = height;
}

function addChart(worksheet: Excel.Worksheet, sheet: SummarySheet): void {
  if (!sheet.chart) return;
  const chart = worksheet.charts.add("ColumnClustered", worksheet.getRange(sheet.chart.source), "Columns");
  chart.title.text = sheet.chart.title;
  chart.legend.position = "Bottom";
  chart.setPosition(sheet.chart.from, sheet.chart.to);
}

function setHeaderFooter(target: Excel.HeaderFooter, header: HeaderFooter, footer: HeaderFooter): void {
  target.leftHeader = header.left;
  target.centerHeader = header.center;
  target.rightHeader = header.right;
  target.leftFooter = footer.left;
  target.centerFooter = footer.center;
  target.rightFooter = footer.right;
}

/**
 * Data bars (ExcelApi 1.6), frozen title rows (1.7) and the print layout (1.9). The zoom "one page wide, any
 * number of pages tall" (`verticalFitToPages: 0`) is undocumented: it goes last, so should Excel refuse it, the
 * calls before it are already done (a batch stops at the refused call; office-js#1860).
 */
function writeExtras(worksheet: Excel.Worksheet, sheet: SummarySheet): void {
  for (const bar of sheet.dataBars) {
    const format = worksheet.getRange(bar.range).conditionalFormats.add("DataBar");
    format.dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min) };
    format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
    format.dataBar.positiveFormat.fillColor = bar.color;
    format.dataBar.positiveFormat.gradientFill = false;
  }
  worksheet.freezePanes.freezeRows(sheet.frozenRows);
  worksheet.showGridlines = false;
  worksheet.tabColor = sheet.tabColor;
  const { print } = sheet;
  const layout = worksheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.centerHorizontally = true;
  layout.setPrintArea(print.area);
  layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  setHeaderFooter(layout.headersFooters.defaultForAllPages, print.header, print.footer);
  // Every section after the first starts a new printed page, as in the command-line copy.
  for (const section of sheet.sections.slice(1)) worksheet.horizontalPageBreaks.add(`A${section.firstRow}`);
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
}

function isUndoNotSupported(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "UndoNotSupported";
}

interface Attempt {
  /** The sheet the attempt created (to remove when Excel refused the attempt's undo group part-way). */
  created?: string;
  syncs?: number;
}

/** The recorded state's rows for the state sheet (which exists by then): what fits goes with the content. */
export interface StateRows {
  inline: StateBlock[];
  /** A very large state: round trips of their own, each within the web's 5 MB per request. */
  trips: StateBlock[][];
}

/**
 * Writes a summary or request sheet in one `Excel.run` with at most three round trips: the sheet names and the
 * date system, then all content, then the extras an older Excel may lack. An existing sheet of the same name is
 * kept (the new one gets a suffix) unless the caller confirmed `replace`. The recorded state (`options.state`) is
 * written with the content, in the same batch and undo group: Ctrl+Z takes back the summary and its state together.
 *
 * With ExcelApi 1.20 it is one undo group, unless a sheet is replaced (deleting a sheet cannot be undone on
 * desktop Excel). Should Excel refuse the group (`UndoNotSupported`, office-js#6491), the sheet it had begun is
 * removed and the summary written again without the group: never an empty `BO …` sheet left behind.
 */
export async function writeSummarySheet(run: ExcelRunWithOptions, capabilities: HostCapabilities, sheet: SummarySheet, options: { replace?: boolean; state?: StateRows } = {}): Promise<WriteSummaryResult> {
  const replace = options.replace === true;
  const grouped = capabilities.undoGroup && !replace;
  const attempt: Attempt = {};
  const state = options.state;
  try {
    return await writeOnce(run, sheet, { replace, grouped, attempt, state });
  } catch (error) {
    if (!grouped || !isUndoNotSupported(error)) throw error;
    // The state goes to the same row again: a part the refused attempt wrote is overwritten by the same values.
    const retried = await writeOnce(run, sheet, { replace, grouped: false, attempt: {}, leftover: attempt.created, state });
    return { ...retried, syncs: retried.syncs + (attempt.syncs ?? 0) };
  }
}

interface WriteOnce {
  replace: boolean;
  grouped: boolean;
  attempt: Attempt;
  /** A sheet an earlier, refused attempt created: deleted first. */
  leftover?: string;
  state?: StateRows;
}

function writeOnce(run: ExcelRunWithOptions, sheet: SummarySheet, options: WriteOnce): Promise<WriteSummaryResult> {
  const { replace, grouped, attempt, leftover, state } = options;
  return run(grouped ? { mergeUndoGroup: true } : {}, async (context) => {
    let syncs = 0;
    const sync = () => context.sync().then(() => void (attempt.syncs = ++syncs), (error: unknown) => Promise.reject(((attempt.syncs = ++syncs), error)));
    const worksheets = context.workbook.worksheets.load("items/name");
    const is1904 = queueDateSystemProbe(context);
    await sync();

    let names = worksheets.items.map((w) => w.name);
    const stale = leftover && names.find((n) => n === leftover);
    if (stale) {
      context.workbook.worksheets.getItem(stale).delete();
      names = names.filter((n) => n !== stale);
    }
    const same = names.find((n) => n.toLowerCase() === sheet.name.toLowerCase());
    if (replace && same) context.workbook.worksheets.getItem(same).delete();
    const sheetName = replace ? sheet.name : uniqueSheetName(names, sheet.name);
    const worksheet = context.workbook.worksheets.add(sheetName);
    attempt.created = sheetName;
    writeContent(worksheet, sheet, is1904());
    addChart(worksheet, sheet);
    worksheet.activate();
    if (state) queueStateBlocks(context, state.inline);
    await sync();
    for (const trip of state?.trips ?? []) {
      queueStateBlocks(context, trip);
      // Only a state over the web's 5 MB per request comes here: one round trip per 4 MB of it.
      await sync();
    }

    writeExtras(worksheet, sheet);
    try {
      await sync();
      return { sheetName, syncs, extras: true };
    } catch (error) {
      if (grouped && isUndoNotSupported(error)) throw error;
      // The sheet itself is written; without these it still reads and prints, only less finished.
      return { sheetName, syncs, extras: false, extrasError: toHostError(error) };
    }
  });
}
