import { createOfficeGlobals, FakeExcelHost } from "./index";

function setup() {
  const host = new FakeExcelHost();
  host.addSheet("Blad1", [
    ["Naam", "Aantal"],
    ["Noord", 12],
  ]);
  host.addSheet("Leeg");
  const { Excel } = createOfficeGlobals(host);
  return { host, Excel };
}

describe("worksheets", () => {
  it("validates new and changed sheet names", async () => {
    const { host, Excel } = setup();
    for (const [name, code] of [["blad1", "ItemAlreadyExists"], ["a".repeat(32), "InvalidArgument"], ["Q1/Q2", "InvalidArgument"], ["[x]", "InvalidArgument"]]) {
      const run = Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code });
    }
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Lijsten");
      sheet.visibility = "VeryHidden";
      context.workbook.worksheets.getItem("Leeg").name = "Overzicht 2025";
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Blad1", "Overzicht 2025", "Lijsten"]);
    expect(host.snapshotState()).toMatchObject({ sheets: [{}, {}, { name: "Lijsten", visibility: "VeryHidden" }] });
  });

  it("quotes sheet names with spaces in addresses", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Mijn blad");
      const cell = sheet.getRangeByIndexes(2, 1, 2, 3).load("address");
      const column = sheet.getRange("B2").getEntireColumn().load("address");
      await context.sync();
      expect(cell.address).toBe("'Mijn blad'!B3:D4");
      expect(column.address).toBe("'Mijn blad'!B:B");
    });
  });

  it("finds the used range from content and formatting", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("D5").format.fill.color = "#ffff00";
      const empty = context.workbook.worksheets.getItem("Leeg").getUsedRangeOrNullObject();
      const used = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.address).toBe("Blad1!A1:D5");
      expect(valuesOnly.address).toBe("Blad1!A1:B2");
    });
  });

  it("freezes rows and reports the frozen location", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const before = sheet.freezePanes.getLocationOrNullObject();
      sheet.freezePanes.freezeRows(1);
      const after = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(before.isNullObject).toBe(true);
      expect(after.address).toBe("Blad1!1:1");
    });
    expect(host.snapshotState()).toMatchObject({ sheets: [{ frozen: { rows: 1, columns: 0 } }, {}] });
  });

  it("records page layout settings and charts", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "Beleidsmonitor";
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B2"), Excel.ChartSeriesBy.columns);
      chart.title.text = "Aantal per gebied";
      chart.setPosition("D2", "J15");
      await context.sync();
    });
    const [sheet] = host.snapshotState().sheets as Array<Record<string, unknown>>;
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "1:1",
      headersFooters: { defaultForAllPages: { centerHeader: "Beleidsmonitor" } },
    });
    expect(sheet.charts).toEqual([
      { id: expect.any(String), name: "Grafiek 1", type: "ColumnClustered", source: "A1:B2", seriesBy: "Columns", settings: { title: { text: "Aantal per gebied" }, position: { start: "D2", end: "J15" } } },
    ]);
  });
});

describe("range formatting", () => {
  it("reports merged areas", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const none = sheet.getRange("A1:F9").getMergedAreasOrNullObject();
      sheet.getRange("A5:C5").merge();
      sheet.getRange("A7:B8").merge(true);
      const merged = sheet.getRange("A1:F9").getMergedAreasOrNullObject().load("address,areaCount");
      merged.areas.load("items/address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(merged.address).toBe("Blad1!A5:C5, Blad1!A7:B7, Blad1!A8:B8");
      expect(merged.areas.items.map((area) => area.address)).toEqual(["Blad1!A5:C5", "Blad1!A7:B7", "Blad1!A8:B8"]);
    });
    expect(host.cell("Blad1", "B5").merged).toBe("A5:C5");
  });

  it("stores data validation rules and reads them back", async () => {
    const { host, Excel } = setup();
    const rule = { list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$6" } };
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("C2:C100");
      range.dataValidation.clear();
      range.dataValidation.rule = rule;
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Ongeldig", message: "Kies uit de lijst" };
      const validation = context.workbook.worksheets.getItem("Blad1").getRange("C5").dataValidation.load("rule,type");
      const mixed = context.workbook.worksheets.getItem("Blad1").getRange("B2:C2").dataValidation.load("type");
      await context.sync();
      expect(validation.rule).toEqual(rule);
      expect(validation.type).toBe("List");
      expect(mixed.type).toBe("Inconsistent");
    });
    expect(host.cell("Blad1", "C50").validation).toMatchObject({ rule, errorAlert: { title: "Ongeldig" } });
    expect(host.cell("Blad1", "C101").validation).toBeNull();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C2:C100").dataValidation.clear();
      await context.sync();
    });
    expect(host.cell("Blad1", "C50").validation).toBeNull();
  });

  it("records conditional formats loosely and clears them", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("B2:B10");
      const bar = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      bar.dataBar.barDirection = "LeftToRight";
      const text = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      text.textComparison.format.font.color = "#9C0006";
      text.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: "Vertraagd" };
      await context.sync();
    });
    const [sheet] = host.snapshotState().sheets as Array<Record<string, unknown>>;
    expect(sheet.conditionalFormats).toEqual([
      { id: expect.any(String), type: "DataBar", addresses: ["B2:B10"], settings: { dataBar: { barDirection: "LeftToRight" } } },
      {
        id: expect.any(String),
        type: "ContainsText",
        addresses: ["B2:B10"],
        settings: { textComparison: { format: { font: { color: "#9C0006" } }, rule: { operator: "Contains", text: "Vertraagd" } } },
      },
    ]);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Blad1").getRange("B2:B10").conditionalFormats;
      formats.clearAll();
      const count = formats.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  it("reads uniform formats and null for mixed ones", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1:A2").format.fill.color = "#dce6f1";
      sheet.getRange("A:B").format.columnWidth = 120;
      const header = sheet.getRange("A1:B1").format.load("columnWidth");
      header.font.load("bold");
      header.fill.load("color");
      await context.sync();
      expect(header.font.bold).toBe(true);
      expect(header.fill.color).toBeNull();
      expect(header.columnWidth).toBe(120);
    });
    expect(host.cell("Blad1", "A2")).toMatchObject({ fill: "#DCE6F1", font: { bold: false } });
  });

  it("clears contents, formats or both", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").format.fill.color = "#FF0000";
      sheet.getRange("A1").clear(Excel.ClearApplyTo.contents);
      sheet.getRange("B1").clear(Excel.ClearApplyTo.formats);
      await context.sync();
    });
    expect(host.cell("Blad1", "A1")).toMatchObject({ value: null, fill: "#FF0000" });
    expect(host.cell("Blad1", "B1")).toMatchObject({ value: "Aantal", fill: null });
  });

  it("records the selection", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Leeg").getRange("C3").select();
      await context.sync();
    });
    expect(host.selection).toBe("Leeg!C3");
    expect(host.activeSheetName).toBe("Leeg");
  });
});

describe("snapshots and size", () => {
  it("snapshots equal after a run that only reads", async () => {
    const { host, Excel } = setup();
    host.addTable("Blad1", "A1:B2", "Tabel1");
    const before = host.snapshotState();
    await Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      context.workbook.worksheets.getItem("Blad1").getUsedRange().load("values,text,numberFormat");
      context.workbook.tables.getItem("Tabel1").columns.load("items/name");
      await context.sync();
    });
    expect(host.snapshotState()).toEqual(before);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B2").values = [[13]];
      await context.sync();
    });
    expect(host.snapshotState()).not.toEqual(before);
  });

  it("loads 10 000 rows by 15 columns quickly", async () => {
    const host = new FakeExcelHost();
    const rows = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 15 }, (_, c) => (c === 0 ? r : `tekst ${r}-${c}`)));
    host.addSheet("Groot", rows, { literal: true });
    const { Excel } = createOfficeGlobals(host);
    const started = Date.now();
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Groot").getRange("A1:O10000").load("values");
      await context.sync();
      return range.values;
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(values[9_999][14]).toBe("tekst 9999-14");
  });

  it("keeps a 100 000-row sheet sparse", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Lang");
    const { Excel } = createOfficeGlobals(host);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Lang");
      sheet.getRange("A:A").numberFormat = "@" as unknown as string[][];
      sheet.getRange("A100000").values = [["laatste"]];
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Lang!A100000");
    });
    expect(host.cell("Lang", "A5").numberFormat).toBe("@");
  });
});

describe("manual page breaks", () => {
  it("records the row a new printed page starts at, once, and needs ExcelApi 1.9", async () => {
    const host = new FakeExcelHost();
    host.addSheet("BO", [["x"]]);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.9" });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("BO");
      sheet.horizontalPageBreaks.add("A20");
      sheet.horizontalPageBreaks.add(sheet.getRange("B5:C7"));
      sheet.horizontalPageBreaks.add("A20");
      await context.sync();
    });
    expect((host.snapshotState().sheets as Array<Record<string, unknown>>)[0].rowBreaks).toEqual([5, 20]);

    const old = new FakeExcelHost();
    old.addSheet("BO", [["x"]]);
    const globals = createOfficeGlobals(old, { excelApi: "1.8" });
    await expect(
      globals.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("BO").horizontalPageBreaks.add("A20");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
