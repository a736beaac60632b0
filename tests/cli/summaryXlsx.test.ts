import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { nodeDeflatePiece } from "../../src/cli/nodeDeflate";
import { summaryWorkbook, summaryWorkbookViaExcelJS } from "../../src/cli/summaryWorkbook";
import { nodeInflateRaw, snapshotOfBytes } from "../../src/cli/readWorkbook";
import { openZip, readEntry } from "../../src/xlsx/zip";
import { sinceLastMeeting } from "../../src/core/compare/sinceLastMeeting";
import { recordState } from "../../src/core/state/recordState";
import { planStateWrite, previousState, readStoredStates, type StateSheetWrite } from "../../src/core/state/stateSheet";
import { buildRequestSheet } from "../../src/core/summary/buildRequestSheet";
import { buildSummary } from "../../src/core/summary/buildSummary";
import type { SummarySheet } from "../../src/core/summary/summarySheet";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { checked, OPTIONS, sampleSnapshot } from "../core/summary/sample";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateWorkbook } = require("../../scripts/bench/generateWorkbook") as { generateWorkbook: (rows: number) => WorkbookSnapshot };

jest.setTimeout(60_000); // the reference is written and both files are read through the file library

const GENERATOR = "Beleidsmonitor 0.1.0";

/** What `beleidsmonitor summary --uitvraag` writes, up to the file: the summary, the request sheet and the state plan. */
function summaryOf(snapshot: WorkbookSnapshot): { sheets: SummarySheet[]; state: StateSheetWrite } {
  const { model, report } = checked(snapshot);
  const now = recordState(model, report, { meetingDate: OPTIONS.meetingDate, recordedAt: OPTIONS.generatedAt, generator: GENERATOR });
  const since = sinceLastMeeting(previousState(readStoredStates(snapshot), OPTIONS.meetingDate), now);
  const options = { ...OPTIONS, lang: "nl" as const, since };
  return { sheets: [buildSummary(report, model, options), buildRequestSheet(report, model, options)], state: planStateWrite({ sheets: [], tables: [] }, now) };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const argbOf = (color: Partial<ExcelJS.Color> | undefined) => color?.argb;

/** Everything about a cell that shows or that a later edit depends on; an empty text and no value are the same. */
function cellFacts(cell: ExcelJS.Cell) {
  const value = cell.value === "" ? null : cell.value;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const line = (side: Partial<ExcelJS.Border> | undefined) => (side?.style ? `${side.style} ${argbOf(side.color)}` : undefined);
  return {
    value: value instanceof Date ? value.toISOString() : value,
    type: value === null ? ExcelJS.ValueType.Null : cell.type,
    numFmt: cell.numFmt ?? "General",
    font: cell.font ? { bold: !!cell.font.bold, italic: !!cell.font.italic, size: cell.font.size, color: argbOf(cell.font.color), name: cell.font.name } : undefined,
    fill: fill?.pattern === "solid" ? argbOf(fill.fgColor) : undefined,
    border: { top: line(cell.border?.top), bottom: line(cell.border?.bottom), left: line(cell.border?.left), right: line(cell.border?.right) },
    alignment: { horizontal: cell.alignment?.horizontal, vertical: cell.alignment?.vertical, wrap: !!cell.alignment?.wrapText },
  };
}

const absolute = (ref: string | undefined) => ref?.replace(/\$/g, "");

function sheetFacts(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, ReturnType<typeof cellFacts>> = {};
  const heights: Record<number, number | undefined> = {};
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    heights[r] = row.height;
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      if (cell.value === null && !cell.style?.font && cell.numFmt === undefined) continue;
      cells[cell.address] = cellFacts(cell);
    }
  }
  const setup = sheet.pageSetup;
  const view = sheet.views?.[0] as (Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean }) | undefined;
  const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const model = sheet.model as unknown as { merges: string[] };
  return {
    name: sheet.name,
    state: sheet.state,
    tabColor: argbOf(sheet.properties.tabColor),
    view: { frozenRows: view?.state === "frozen" ? view.ySplit : 0, topLeftCell: view?.state === "frozen" ? view.topLeftCell : undefined, showGridLines: view?.showGridLines ?? true },
    widths: Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width),
    heights,
    merges: [...model.merges].sort(),
    cells,
    print: {
      paperSize: setup.paperSize,
      // Absent means the schema's default (ECMA-376 part 1, 18.3.1.63): portrait, one page wide and high.
      orientation: setup.orientation ?? "portrait",
      fitToPage: setup.fitToPage,
      fitToWidth: setup.fitToWidth ?? 1,
      fitToHeight: setup.fitToHeight ?? 1,
      printTitlesRow: absolute(setup.printTitlesRow),
      printArea: absolute(setup.printArea),
      horizontalCentered: setup.horizontalCentered,
      margins: setup.margins,
      header: sheet.headerFooter?.oddHeader,
      footer: sheet.headerFooter?.oddFooter,
    },
    dataBars: formats.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((rule) => {
        const bar = rule as ExcelJS.DataBarRuleType & { color?: Partial<ExcelJS.Color> };
        return { type: bar.type, cfvo: bar.cfvo, color: argbOf(bar.color), gradient: bar.gradient, priority: bar.priority };
      }),
    })),
  };
}

/** Manual page breaks per sheet part, read from the XML: the file library does not read them back. */
function pageBreaks(bytes: Uint8Array): number[][] {
  const zip = openZip(bytes);
  return zip.entries
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }))
    .map((e) => [...new TextDecoder().decode(readEntry(zip, e, nodeInflateRaw)).matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])));
}

async function workbookFacts(bytes: Uint8Array) {
  const workbook = await load(bytes);
  const names = (workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  return {
    sheets: workbook.worksheets.map(sheetFacts),
    definedNames: names.map((n) => ({ ...n, ranges: n.ranges.map(absolute) })),
    activeTab: workbook.views[0]?.activeTab ?? 0,
    pageBreaks: pageBreaks(bytes),
  };
}

async function compareWithFileLibrary(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const { sheets, state } = summaryOf(snapshot);
  const ours = summaryWorkbook(sheets, GENERATOR, state);
  const reference = await summaryWorkbookViaExcelJS(sheets, GENERATOR, state);
  expect(ours.names).toEqual(reference.names);
  const [got, want] = await Promise.all([workbookFacts(ours.bytes), workbookFacts(reference.bytes)]);
  expect(got.sheets.map((s) => s.name)).toEqual(want.sheets.map((s) => s.name));
  // Not an empty comparison: the summary has styled cells, merged areas, page breaks, data bars and print names.
  const [summary] = want.sheets;
  expect(Object.keys(summary.cells).length).toBeGreaterThan(500);
  expect(summary.merges.length).toBeGreaterThan(20);
  expect(want.pageBreaks[0].length).toBeGreaterThan(2);
  expect(summary.dataBars.length).toBeGreaterThan(0);
  expect(got.pageBreaks).toEqual(want.pageBreaks);
  // The file library reads the print area and titles (defined names) into the page setup.
  expect([summary.print.printArea, summary.print.printTitlesRow]).toEqual([expect.stringMatching(/^A1:L\d+$/), "1:2"]);
  got.sheets.forEach((sheet, i) => expect(sheet).toEqual(want.sheets[i]));
  expect(got.definedNames).toEqual(want.definedNames);
  expect(got.activeTab).toBe(want.activeTab);
  // The project's own reader sees the same values, types and number formats in both.
  const [oursRead, theirsRead] = [snapshotOfBytes(ours.bytes, "ours.xlsx"), snapshotOfBytes(reference.bytes, "reference.xlsx")];
  const blankEmpty = (s: WorkbookSnapshot) => s.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((line) => line.map((v) => (v === "" ? null : v))) }));
  expect(blankEmpty(oursRead).map((s) => [s.name, s.state, s.values, s.numberFormats])).toEqual(blankEmpty(theirsRead).map((s) => [s.name, s.state, s.values, s.numberFormats]));
  return ours.bytes;
}

describe("the summary's own workbook writer", () => {
  it("writes the sample's summary, request sheet and state as the file library did", async () => {
    await compareWithFileLibrary(await sampleSnapshot());
  });

  it("writes a generated workbook's summary as the file library did", async () => {
    await compareWithFileLibrary(generateWorkbook(400));
  });

  it("writes a user's text as text, never as a formula or a number", async () => {
    const { sheets, state } = summaryOf(await sampleSnapshot());
    const texts = ["=HYPERLINK(\"http://example.org\")", "+31 6 12345678", "-5 woningen", " spatie voor", "regel\nregel", "_x0041_ en <b>&amp;"];
    const sheet: SummarySheet = { ...sheets[0], cells: [...sheets[0].cells, ...texts.map((value, i) => ({ row: 400 + i, column: 0, value, kind: "text" as const, style: "cell" as const }))] };
    const { bytes } = summaryWorkbook([sheet], GENERATOR, state);
    const workbook = await load(bytes);
    const written = workbook.worksheets[0];
    texts.forEach((text, i) => {
      // The file library does not undo Excel's `_x005F_` escape (Excel and the project's reader do, below).
      if (text.startsWith("_x")) return;
      const cell = written.getCell(400 + i, 1);
      expect([cell.value, cell.type, cell.numFmt]).toEqual([text, ExcelJS.ValueType.String, "@"]);
    });
    const read = snapshotOfBytes(bytes, "ours.xlsx").sheets[0];
    texts.forEach((text, i) => expect(read.values[400 + i - read.origin.row][0]).toBe(text));
  });

  it("compresses a part in pieces that join into one deflate stream", () => {
    const { PartWriter } = jest.requireActual<typeof import("../../src/xlsx/partWriter")>("../../src/xlsx/partWriter");
    const part = new PartWriter(nodeDeflatePiece);
    const lines = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i * 7}</v></c></row>`);
    for (const line of lines) part.write(line);
    const { compressed, size } = part.end();
    const text = inflateRawSync(compressed).toString("utf8");
    expect(text).toBe(lines.join(""));
    expect(size).toBe(Buffer.byteLength(text));
  });
});
