import { parseRangeAddress, rangeAddress } from "../../src/core/address";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { buildRequestSheet } from "../../src/core/summary/buildRequestSheet";
import { buildSummary } from "../../src/core/summary/buildSummary";
import type { SummarySheet } from "../../src/core/summary/summarySheet";
import { TRAFFIC_LIGHT_COLORS } from "../../src/core/summary/summaryStyles";
import { detectCapabilities } from "../../src/excel/requirements";
import { writeSummarySheet } from "../../src/excel/writeSummary";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";
import { checked, OPTIONS, rowOf, sampleSnapshot, setCell } from "../core/summary/sample";

const NAME = "BO 2025-06-26";

function hostWith(excelApi = "1.20"): { host: FakeExcelHost; run: typeof Excel.run; capabilities: ReturnType<typeof detectCapabilities> } {
  const host = new FakeExcelHost({ excelApi });
  host.addSheet("Activiteiten", [["ID", "Thema"]]);
  const { Excel } = createOfficeGlobals(host);
  return { host, run: Excel.run, capabilities: detectCapabilities((name, version) => host.isSetSupported(name, version)) };
}

async function sampleSummary(edit?: (snapshot: WorkbookSnapshot) => void): Promise<SummarySheet> {
  const snapshot = await sampleSnapshot();
  edit?.(snapshot);
  const { model, report } = checked(snapshot);
  return buildSummary(report, model, OPTIONS);
}

/** The sample with `count` extra delayed activities, so every one of them lands in the attention list. */
function withActivities(snapshot: WorkbookSnapshot, count: number): void {
  const sheet = snapshot.sheets.find((s) => s.name === "Activiteiten")!;
  const template = sheet.values.find((line) => line[0] === "1.2c")!;
  for (let i = 0; i < count; i++) sheet.values.push([`X-${i + 1}`, ...template.slice(1)]);
  const table = snapshot.tables.find((t) => t.name === "tblActiviteiten")!;
  const box = parseRangeAddress(table.address)!;
  table.address = rangeAddress({ ...box, bottom: box.bottom + count });
}

let summary: SummarySheet;
beforeAll(async () => {
  summary = await sampleSummary();
});

describe("writeSummarySheet through Office.js", () => {
  it("writes the whole sheet in three round trips and one undo group", async () => {
    const { host, run, capabilities } = hostWith();
    host.resetCounters();
    const result = await writeSummarySheet(run, capabilities, summary);
    expect(result).toEqual({ sheetName: NAME, syncs: 3, extras: true });
    expect(host.syncCount).toBe(3);
    expect(host.runCount).toBe(1);
    expect(host.lastRunMergedUndo).toBe(true);
    expect(host.sheetNames()).toEqual(["Activiteiten", NAME]);
    expect(host.activeSheetName).toBe(NAME);
  });

  it("writes values, number formats, traffic-light fills and merges", async () => {
    const { host, run, capabilities } = hostWith();
    await writeSummarySheet(run, capabilities, summary);
    expect(host.cell(NAME, "A1")).toMatchObject({ value: "Bestuurlijk overleg 26 juni 2025 — samenvatting", merged: "A1:L1", font: { bold: true, size: 16 } });
    const meeting = rowOf(summary, "Datum bestuurlijk overleg");
    expect(host.cell(NAME, `C${meeting}`)).toMatchObject({ value: 45834, numberFormat: "[$-413]d mmmm yyyy", merged: `C${meeting}:F${meeting}` });
    const h2024 = rowOf(summary, "2e helft 2024", 1, 1);
    expect(["C", "D", "E", "F", "H", "I"].map((c) => host.cell(NAME, `${c}${h2024}`).value)).toEqual([42, 114, 66, -48, 98, -32]);
    const backlog = rowOf(summary, "Achterstand na 2e helft 2024");
    expect(host.cell(NAME, `C${backlog}`)).toMatchObject({ value: "32 volgens de tabel (berekend 48)", numberFormat: "@" });
    const bz4 = rowOf(summary, "BZ-4");
    expect(host.cell(NAME, `D${bz4}`)).toMatchObject({ value: 0.079, numberFormat: '0.0%" (2024)"' });
    expect(host.cell(NAME, `J${bz4}`)).toMatchObject({ value: "achter", fill: TRAFFIC_LIGHT_COLORS.orange.fill, horizontalAlignment: "Center" });
    expect(host.cell(NAME, `J${rowOf(summary, "GS-1")}`)).toMatchObject({ value: "achter", fill: TRAFFIC_LIGHT_COLORS.orange.fill });
    expect(host.cell(NAME, `B${rowOf(summary, "BZ-5")}`).wrapText).toBe(true);
  });

  it("adds the column chart, data bars, frozen title rows and the print layout", async () => {
    const { host, run, capabilities } = hostWith();
    await writeSummarySheet(run, capabilities, summary);
    const state = (host.snapshotState().sheets as Array<Record<string, unknown>>).find((s) => s.name === NAME)!;
    const chart = summary.chart!;
    expect(state.charts).toEqual([
      {
        id: expect.any(String),
        name: "Grafiek 1",
        type: "ColumnClustered",
        source: chart.source,
        seriesBy: "Columns",
        settings: { title: { text: "Taakstelling, opgave en gehuisvest per halfjaar" }, legend: { position: "Bottom" }, position: { start: chart.from, end: chart.to } },
      },
    ]);
    expect(state.conditionalFormats).toEqual(
      summary.dataBars.map((bar) => ({
        id: expect.any(String),
        type: "DataBar",
        addresses: [bar.range],
        settings: {
          dataBar: {
            lowerBoundRule: { type: "Number", formula: String(bar.min) },
            upperBoundRule: { type: "Number", formula: String(bar.max) },
            positiveFormat: { fillColor: bar.color, gradientFill: false },
          },
        },
      })),
    );
    expect(state).toMatchObject({ frozen: { rows: 2, columns: 0 }, showGridlines: false, tabColor: "#1F3A5F" });
    expect(state.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: summary.print.area,
      printTitleRows: "1:2",
      headersFooters: {
        defaultForAllPages: {
          leftHeader: "Gemeente Dronten",
          centerHeader: "Bestuurlijk overleg 26 juni 2025",
          rightHeader: "Peildatum 15 juni 2025",
          leftFooter: "Beleidsmonitor 0.1.0 · 20 juni 2025 om 14:03",
          centerFooter: "&A",
          rightFooter: "Pagina &P van &N",
        },
      },
    });
    // Each section after the header starts its own printed page.
    expect(state.rowBreaks as number[]).toEqual(summary.sections.slice(1).map((section) => section.firstRow));
    expect((state.rowBreaks as number[]).length).toBeGreaterThanOrEqual(4);
  });

  it("keeps formula-looking user text as literal text", async () => {
    const texts = ['=HYPERLINK("x")', "+31 6 12345678", "-5 woningen"];
    const sheet = await sampleSummary((snapshot) => {
      setCell(snapshot, "Activiteiten", "1.2c", "Toelichting", texts[0]);
      setCell(snapshot, "Activiteiten", "PvA-1", "Toelichting", texts[1]);
      setCell(snapshot, "Activiteiten", "PvA-2", "Toelichting", texts[2]);
    });
    const { host, run, capabilities } = hostWith();
    await writeSummarySheet(run, capabilities, sheet);
    for (const [id, text] of [["1.2c", texts[0]], ["PvA-1", texts[1]], ["PvA-2", texts[2]]]) {
      expect(host.cell(NAME, `J${rowOf(sheet, id)}`)).toMatchObject({ value: text, formula: null, valueType: "String", numberFormat: "@" });
    }
  });

  it("needs the same number of round trips for 10 and for 1 000 activities", async () => {
    const counts: number[] = [];
    for (const extra of [10, 1000]) {
      const sheet = await sampleSummary((snapshot) => withActivities(snapshot, extra));
      expect(sheet.cells.filter((c) => c.column === 0 && typeof c.value === "string" && c.value.startsWith("X-"))).toHaveLength(extra);
      const { host, run, capabilities } = hostWith();
      host.resetCounters();
      await writeSummarySheet(run, capabilities, sheet);
      counts.push(host.syncCount);
      expect(host.cell(NAME, `A${rowOf(sheet, `X-${extra}`)}`).value).toBe(`X-${extra}`);
    }
    expect(counts).toEqual([3, 3]);
  }, 60_000);

  it("keeps an existing sheet of the same name and adds a numbered one", async () => {
    const { host, run, capabilities } = hostWith();
    host.addSheet(NAME, [["vorige samenvatting"]]);
    const result = await writeSummarySheet(run, capabilities, summary);
    expect(result.sheetName).toBe("BO 2025-06-26 (2)");
    expect(host.cell(NAME, "A1").value).toBe("vorige samenvatting");
    expect(host.cell("BO 2025-06-26 (2)", "A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
  });

  it("replaces the existing sheet only when the caller confirmed, outside an undo group", async () => {
    const { host, run, capabilities } = hostWith();
    host.addSheet("bo 2025-06-26", [["vorige samenvatting"]]);
    const result = await writeSummarySheet(run, capabilities, summary, { replace: true });
    expect(result).toMatchObject({ sheetName: NAME, syncs: 3 });
    expect(host.sheetNames()).toEqual(["Activiteiten", NAME]);
    expect(host.cell(NAME, "A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
    expect(host.lastRunOptions).toEqual({});
  });

  it("still writes the sheet on an Excel without page layout, and says so", async () => {
    const { host, run, capabilities } = hostWith("1.7");
    const result = await writeSummarySheet(run, capabilities, summary);
    expect(result).toMatchObject({ sheetName: NAME, syncs: 3, extras: false, extrasError: { code: "ApiNotFound" } });
    expect(host.lastRunOptions).toEqual({});
    expect(host.cell(NAME, "A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
  });

  it("writes the whole sheet without the undo group, and no empty BO sheet is left, when Excel refuses the group (office-js#6491)", async () => {
    const { host, run, capabilities } = hostWith();
    host.failNext({ member: "Range.values", code: "UndoNotSupported", inUndoGroup: true });
    const result = await writeSummarySheet(run, capabilities, summary);
    expect(result).toMatchObject({ sheetName: NAME, extras: true });
    expect(host.sheetNames()).toEqual(["Activiteiten", NAME]);
    expect(host.cell(NAME, "A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
    expect(host.runCount).toBe(2);
  });

  it("keeps the print area, title rows, header, footer and page breaks when Excel refuses the one-page-wide zoom", async () => {
    const { host, run, capabilities } = hostWith();
    host.failNext({ member: "PageLayout.zoom", code: "InvalidArgument" });
    const result = await writeSummarySheet(run, capabilities, summary);
    expect(result).toMatchObject({ extras: false, extrasError: { code: "InvalidArgument" } });
    const state = (host.snapshotState().sheets as Array<Record<string, unknown>>).find((s) => s.name === NAME)!;
    expect(state.pageLayout).toMatchObject({ orientation: "Landscape", printArea: summary.print.area, printTitleRows: "1:2", headersFooters: expect.anything() });
    expect((state.rowBreaks as number[]).length).toBeGreaterThanOrEqual(4);
  });

  it("writes its dates right in a workbook that uses the 1904 date system", async () => {
    const host = new FakeExcelHost({ date1904: true });
    host.addSheet("Activiteiten", [["ID"]]);
    const { Excel } = createOfficeGlobals(host);
    await writeSummarySheet(Excel.run, detectCapabilities((name, version) => host.isSetSupported(name, version)), summary);
    const meeting = rowOf(summary, "Datum bestuurlijk overleg");
    expect(host.cell(NAME, `C${meeting}`)).toMatchObject({ value: 45834 - 1462, text: expect.stringMatching(/26/) });
  });

  it("writes the request sheet beside the summary", async () => {
    const { model, report } = checked(await sampleSnapshot());
    const { host, run, capabilities } = hostWith();
    await writeSummarySheet(run, capabilities, summary);
    const result = await writeSummarySheet(run, capabilities, buildRequestSheet(report, model, OPTIONS));
    expect(result.sheetName).toBe("Uitvraag 2025-06-26");
    expect(host.sheetNames()).toEqual(["Activiteiten", NAME, "Uitvraag 2025-06-26"]);
    expect(host.cell("Uitvraag 2025-06-26", "A1").value).toBe("Uitvraag gegevens prestatieafspraken");
  });
});
