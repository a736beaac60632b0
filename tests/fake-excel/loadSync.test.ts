import { createOfficeGlobals, FakeExcelHost, FakeOfficeError, installOfficeGlobals } from "./index";
import { rejection } from "./rejection";

function setup(options: { excelApi?: string } = {}) {
  const host = new FakeExcelHost();
  host.addSheet("Blad1", [
    ["Naam", "Aantal"],
    ["Noord", 12],
  ]);
  const { Excel } = createOfficeGlobals(host, options);
  return { host, Excel };
}

describe("load and sync", () => {
  it("reads loaded properties only after sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Naam", "Aantal"],
        ["Noord", 12],
      ]);
      expect(range.address).toBe("Blad1!A1:B2");
      expect(() => range.text).toThrow(/The property 'text' is not available/);
    });
  });

  it("gives the Office message and debugInfo on an unloaded read", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FakeOfficeError);
      expect(caught).toMatchObject({
        code: "PropertyNotLoaded",
        message:
          "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
        debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.values" },
      });
      await context.sync();
    });
  });

  it("applies writes only at sync, in order, and never exposes a written value unloaded", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Blad1").getRange("C1");
      cell.values = [["eerst"]];
      cell.values = [["daarna"]];
      expect(host.cell("Blad1", "C1").value).toBeNull();
      expect(() => cell.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const pending = context.sync();
      expect(host.cell("Blad1", "C1").value).toBeNull();
      await pending;
      expect(host.cell("Blad1", "C1").value).toBe("daarna");
    });
  });

  it("loads with arrays, no arguments and nested paths", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const range = sheet.getRange("B2");
      range.load(["values", "numberFormat"]);
      const everything = sheet.getRange("A1").load();
      range.load("format/fill/color, format/font/bold, worksheet/name");
      await context.sync();
      expect(range.numberFormat).toEqual([["General"]]);
      expect(everything.rowIndex).toBe(0);
      expect(everything.valueTypes).toEqual([["String"]]);
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect(range.format.font.bold).toBe(false);
      expect(range.worksheet.name).toBe("Blad1");
    });
  });

  it("loads collection items with item paths", async () => {
    const { host, Excel } = setup();
    host.addSheet("Lijsten");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/position");
      const count = sheets.getCount();
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["Blad1", "Visible", 0],
        ["Lijsten", "Visible", 1],
      ]);
      expect(count.value).toBe(2);
    });
  });
});

describe("counting", () => {
  it("counts syncs and runs, including the flush of writes queued after the last sync", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C2").values = [[2]];
    });
    expect(host.syncCount).toBe(3);
    expect(host.runCount).toBe(2);
    expect(host.cell("Blad1", "C2").value).toBe(2);
    host.resetCounters();
    expect([host.syncCount, host.runCount]).toEqual([0, 0]);
  });

  it("drops queued writes when the batch throws", async () => {
    const { host, Excel } = setup();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [[1]];
      throw new Error("stop");
    });
    await expect(run).rejects.toThrow("stop");
    expect(host.cell("Blad1", "C1").value).toBeNull();
  });

  it("requires the batch to return a promise", async () => {
    const { Excel } = setup();
    const run = Excel.run((() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>);
    expect(await rejection(run)).toMatchObject({ code: "RunMustReturnPromise" });
  });
});

describe("missing items", () => {
  it("rejects getItem of a missing sheet at sync with ItemNotFound", async () => {
    const { Excel } = setup();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Bestaat niet");
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error.code).toBe("ItemNotFound");
  });

  it("gives null objects for the OrNullObject variants", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Bestaat niet");
      const present = context.workbook.worksheets.getItemOrNullObject("Blad1");
      const table = context.workbook.tables.getItemOrNullObject("Tabel9");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  it("stops the batch at the first failing operation", async () => {
    const { host, Excel } = setup();
    await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Blad1");
        sheet.getRange("D1").values = [["voor"]];
        context.workbook.tables.getItem("Geen");
        sheet.getRange("D2").values = [["na"]];
        await context.sync();
      }),
    );
    expect(host.cell("Blad1", "D1").value).toBe("voor");
    expect(host.cell("Blad1", "D2").value).toBeNull();
  });

  it("throws a clear error for members the fake does not model", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
      expect(() => range.insert("Down")).toThrow("FakeExcelHost: Range.insert not implemented");
      expect(() => range.load("hidden")).toThrow("FakeExcelHost: Range.hidden not implemented");
      expect(() => context.workbook.names).toThrow("FakeExcelHost: Workbook.names not implemented");
      await context.sync();
    });
  });
});

describe("requirement sets and globals", () => {
  it("answers isSetSupported from the configuration", () => {
    const host = new FakeExcelHost();
    const { Office } = createOfficeGlobals(host, { excelApi: "1.13" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    expect(Office.context.displayLanguage).toBe("nl-NL");
  });

  it("resolves onReady with the host's platform: desktop Excel by default, or Excel on the web", async () => {
    const { Office } = createOfficeGlobals(new FakeExcelHost(), { displayLanguage: "en-US" });
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect(Office.context.displayLanguage).toBe("en-US");
    const web = createOfficeGlobals(new FakeExcelHost({ platform: "web" }));
    await expect(web.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("records run options and honours mergeUndoGroup only from ExcelApi 1.20", async () => {
    const { host, Excel } = setup({ excelApi: "1.19" });
    await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
    expect(host.lastRunOptions).toEqual({ mergeUndoGroup: true });
    expect(host.lastRunMergedUndo).toBe(false);
    host.requirementSets.ExcelApi = "1.20";
    await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
    expect(host.lastRunMergedUndo).toBe(true);
  });

  it("fails newer APIs with ApiNotFound on an older host", async () => {
    const { Excel } = setup({ excelApi: "1.7" });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").getMergedAreasOrNullObject();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  it("installs and uninstalls the globals", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Blad1");
    const uninstall = installOfficeGlobals(host);
    try {
      expect(new OfficeExtension.Error()).toBeInstanceOf(Error);
      expect(Excel.SheetVisibility.hidden).toBe("Hidden");
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        expect(sheet.name).toBe("Blad1");
      });
    } finally {
      uninstall();
    }
    expect("Excel" in globalThis).toBe(false);
  });
});

describe("object lifetime", () => {
  it("reuses the context of an object from an earlier run", async () => {
    const { host, Excel } = setup();
    const sheet = await Excel.run(async (context) => {
      const found = context.workbook.worksheets.getItem("Blad1");
      await context.sync();
      return found;
    });
    await Excel.run(sheet, async (context) => {
      sheet.getRange("C1").set({ values: [["via set"]], format: { fill: { color: "red" } } });
      await context.sync();
    });
    expect(host.cell("Blad1", "C1")).toMatchObject({ value: "via set", fill: "#FF0000" });
  });

  it("fails writes through a null object or to a deleted sheet with ItemNotFound", async () => {
    const { host, Excel } = setup();
    host.addSheet("Weg");
    const throughNull = Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Niets").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(throughNull).rejects.toMatchObject({ code: "ItemNotFound" });
    const afterDelete = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Weg");
      sheet.delete();
      sheet.getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(afterDelete).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.sheetNames()).toEqual(["Blad1"]);
  });

  it("serializes loaded properties with toJSON", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("B2").load("values,address");
      await context.sync();
      expect(JSON.parse(JSON.stringify(range))).toEqual({ values: [[12]], address: "Blad1!B2" });
    });
  });
});
