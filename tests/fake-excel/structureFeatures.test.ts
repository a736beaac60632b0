import { createOfficeGlobals, FakeExcelHost } from "./index";

function setup(excelApi = "1.20") {
  const host = new FakeExcelHost();
  host.addSheet("Blad1", [
    ["Naam", "Aantal"],
    ["Noord", 12],
    ["Zuid", 7],
  ]);
  const { Excel } = createOfficeGlobals(host, { excelApi });
  return { host, Excel };
}

describe("conditional formats that can be read back", () => {
  it("adds one custom rule over several areas and loads its type and formula", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      // The host is Dutch desktop Excel: areas are separated by ";", the regional list separator.
      const areas = context.workbook.worksheets.getItem("Blad1").getRanges("A2; B3:B4; D1");
      const rule = areas.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = '=N("x")=0';
      rule.custom.format.fill.color = "#FFF2CC";
      rule.custom.format.borders.top.style = "Continuous";
      await context.sync();
    });
    const [sheet] = host.snapshotState().sheets as Array<Record<string, unknown>>;
    expect(sheet.conditionalFormats).toEqual([
      {
        id: expect.any(String),
        type: "Custom",
        addresses: ["A2", "B3:B4", "D1"],
        settings: { custom: { rule: { formula: '=N("x")=0' }, format: { fill: { color: "#FFF2CC" }, borders: { top: { style: "Continuous" } } } } },
      },
    ]);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Blad1").getRange().conditionalFormats.load("items/type");
      await context.sync();
      const rule = formats.items[0].custom.rule.load("formula");
      await context.sync();
      expect(formats.items[0].type).toBe("Custom");
      expect(rule.formula).toBe('=N("x")=0');
    });
  });

  it("fails on the custom settings of another type, and gives a null object for customOrNullObject", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B2:B3").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      await context.sync();
    });
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Blad1").getRange("B2").conditionalFormats.load("items/type");
      await context.sync();
      const custom = formats.items[0].customOrNullObject;
      custom.load();
      await context.sync();
      expect(custom.isNullObject).toBe(true);
    });
    const failing = Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Blad1").getRange("B2").conditionalFormats.load("items/type");
      await context.sync();
      formats.items[0].custom.rule.load("formula");
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("deletes one rule and leaves the others", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B3");
      range.conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=TRUE";
      range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      await context.sync();
    });
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Blad1").getRange().conditionalFormats.load("items/type");
      await context.sync();
      formats.items.filter((f) => f.type === "Custom").forEach((f) => f.delete());
      await context.sync();
    });
    const [sheet] = host.snapshotState().sheets as Array<{ conditionalFormats: { type: string }[] }>;
    expect(sheet.conditionalFormats.map((f) => f.type)).toEqual(["DataBar"]);
  });

  it("needs ExcelApi 1.9 for getRanges", async () => {
    const { Excel } = setup("1.8");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRanges("A1, B2").load("address");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("formats, validation and widths set back", () => {
  it("treats a validation alert or prompt set to Excel's defaults as never set", async () => {
    const { host, Excel } = setup();
    const rule = { list: { inCellDropDown: true, source: "a,b" } };
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B2:B3").dataValidation.rule = rule;
      await context.sync();
    });
    const before = host.snapshotState();
    await Excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Blad1").getRange("B2:B3").dataValidation;
      validation.errorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
      validation.prompt = { showPrompt: false, title: "", message: "" };
      validation.ignoreBlanks = true;
      await context.sync();
    });
    expect(host.snapshotState()).toEqual(before);
  });

  it("leaves no trace when a number format goes back to General", async () => {
    const { host, Excel } = setup();
    const before = host.snapshotState();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A2:C5");
      range.numberFormat = Array.from({ length: 4 }, () => ["@", "@", "@"]);
      await context.sync();
      range.numberFormat = Array.from({ length: 4 }, () => ["General", "General", "General"]);
      await context.sync();
    });
    expect(host.snapshotState()).toEqual(before);
  });

  it("shows validation areas in address order, whatever order they were set in", async () => {
    const states = [];
    for (const order of [["A2", "B3"], ["B3", "A2"]]) {
      const { host, Excel } = setup();
      await Excel.run(async (context) => {
        for (const cell of order) context.workbook.worksheets.getItem("Blad1").getRange(cell).dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
        await context.sync();
      });
      states.push(host.snapshotState());
    }
    expect(states[0]).toEqual(states[1]);
  });

  it("sets a column back to the standard width", async () => {
    const { host, Excel } = setup();
    const before = host.snapshotState();
    await Excel.run(async (context) => {
      const column = context.workbook.worksheets.getItem("Blad1").getRange("C:C");
      column.format.columnWidth = 120;
      const width = column.format.load("useStandardWidth");
      await context.sync();
      expect(width.useStandardWidth).toBe(false);
      column.format.useStandardWidth = true;
      await context.sync();
    });
    expect(host.snapshotState()).toEqual(before);
  });
});

describe("tables: merged cells, resize and column delete", () => {
  it("refuses a table over merged cells", async () => {
    const { host, Excel } = setup();
    host.state.findSheet("Blad1")!.merges.push({ top: 2, bottom: 2, left: 0, right: 1 });
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").tables.add("A1:B3", true);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.tableInfo("Tabel1")).toBeUndefined();
  });

  it("resizes a table to fewer or more columns, keeping the header row", async () => {
    const { host, Excel } = setup("1.13");
    host.addTable("Blad1", "A1:B3", "tblTest");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("tblTest");
      table.resize("A1:C3");
      await context.sync();
    });
    expect(host.tableInfo("tblTest")).toMatchObject({ address: "Blad1!A1:C3", headers: ["Naam", "Aantal", "Kolom3"] });
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("tblTest").resize("A1:B3");
      await context.sync();
    });
    expect(host.tableInfo("tblTest")).toMatchObject({ address: "Blad1!A1:B3" });
    expect(host.cell("Blad1", "C1").value).toBe("Kolom3");
  });

  it("gives rows added to a table the number format and validation of the row above", async () => {
    const { host, Excel } = setup();
    host.addTable("Blad1", "A1:B3", "tblTest");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A2:A3").numberFormat = [["@"], ["@"]];
      sheet.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$3" } };
      context.workbook.tables.getItem("tblTest").rows.add(undefined, [["-5 woningen", 3]]);
      await context.sync();
    });
    expect(host.cell("Blad1", "A4")).toMatchObject({ value: "-5 woningen", formula: null, numberFormat: "@" });
    expect(host.cell("Blad1", "B4").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$3" } });
  });

  it("deletes a table's last column", async () => {
    const { host, Excel } = setup();
    host.addTable("Blad1", "A1:B3", "tblTest");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("tblTest").columns.getItem("Aantal").delete();
      await context.sync();
    });
    expect(host.tableInfo("tblTest")).toMatchObject({ address: "Blad1!A1:A3", headers: ["Naam"] });
    expect(host.cell("Blad1", "B2").value).toBeNull();
  });
});
