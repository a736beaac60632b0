// The behaviours of real Excel the in-memory host models so that adapter code fails here where it would fail there
// (each one with its source in tests/fake-excel/README.md).
import { createOfficeGlobals, FakeExcelHost, type FakeExcelHostOptions } from "./index";
import { rejection } from "./rejection";

function setup(options: FakeExcelHostOptions = {}) {
  const host = new FakeExcelHost(options);
  host.addSheet("Blad1", [["Naam", "Aantal"], ["Noord", 12], ["Zuid", 7]]);
  host.addSheet("Blad2", [["x"]]);
  const { Excel } = createOfficeGlobals(host);
  return { host, Excel };
}

describe("getRanges and the regional list separator (office-js#1167, #1985)", () => {
  it("desktop Excel under Dutch regional settings wants ';' and refuses ','", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Blad1").getRanges("A1;B2:B3").load("areaCount");
      await context.sync();
      expect(areas.areaCount).toBe(2);
    });
    const error = await rejection(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRanges("A1,B2:B3").load("areaCount");
      await context.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  it("Excel on the web takes ',' whatever the region", async () => {
    const { Excel } = setup({ platform: "web" });
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Blad1").getRanges("A1,B2:B3").load("areaCount");
      await context.sync();
      expect(areas.areaCount).toBe(2);
    });
    await expect(Excel.run(async (context) => context.workbook.worksheets.getItem("Blad1").getRanges("A1;B2").load("areaCount") && context.sync())).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the user's undo stack (excel/excel-add-ins-undo-capabilities.md)", () => {
  it("records one entry per writing sync, or one per run with mergeUndoGroup; reads and selections record nothing", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B3").load("values");
      sheet.getRange("C1").select();
      await context.sync();
      sheet.getRange("C1").values = [["a"]];
      await context.sync();
      sheet.getRange("C2").values = [["b"]];
      await context.sync();
    });
    expect(host.undoStack.map((e) => e.members)).toEqual([["Range.values"], ["Range.values"]]);
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("D1").values = [["c"]];
      await context.sync();
      sheet.getRange("D2").format.font.bold = true;
      await context.sync();
    });
    expect(host.undoStack).toHaveLength(3);
    expect(host.undoStack[2]).toMatchObject({ group: true, members: ["Range.values", "RangeFont.bold"] });
  });

  it("Ctrl+Z takes back the latest entry, a whole grouped run at once", async () => {
    const { host, Excel } = setup({ undoSnapshots: true });
    const before = host.snapshotState();
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.add("Nieuw");
      await context.sync();
      context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["Oost"]];
      await context.sync();
    });
    host.undo();
    expect(host.snapshotState()).toEqual(before);
  });

  it("on desktop, hiding a sheet is not undoable: outside a group it clears the stack, inside one it throws UndoNotSupported", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["a"]];
      await context.sync();
      context.workbook.worksheets.getItem("Blad2").visibility = "Hidden";
      await context.sync();
    });
    expect(host.undoStack).toEqual([]);
    expect(host.undoLog.clears).toEqual(["Worksheet.visibility"]);
    const error = await rejection(Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("C2").values = [["b"]];
      context.workbook.worksheets.getItem("Blad2").visibility = "Visible";
      await context.sync();
    }));
    expect(error.code).toBe("UndoNotSupported");
    // A batch is not a transaction: what ran before the refused call stays done.
    expect(host.cell("Blad1", "C2").value).toBe("b");
  });

  it("on the web, visibility is undoable and deleting a sheet is not", async () => {
    const { host, Excel } = setup({ platform: "web" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad2").visibility = "Hidden";
      await context.sync();
    });
    expect(host.undoStack).toHaveLength(1);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad2").delete();
      await context.sync();
    });
    expect(host.undoStack).toEqual([]);
  });

  it("reading merged areas clears desktop undo (office-js#5918), not the web's", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const { host, Excel } = setup({ platform });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["a"]];
        await context.sync();
        context.workbook.worksheets.getItem("Blad1").getRange().getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
      });
      expect(host.undoStack.length).toBe(platform === "desktop" ? 0 : 1);
    }
  });

  it("refuses a grouped batch on demand, as Excel does for bulk writes (office-js#6491)", async () => {
    const { host, Excel } = setup();
    host.failNext({ member: "Range.values", code: "UndoNotSupported", inUndoGroup: true });
    const write = (options: Excel.RunOptions) =>
      Excel.run(options, async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("E1").values = [["x"]];
        await context.sync();
      });
    await write({});
    expect(host.cell("Blad1", "E1").value).toBe("x");
    await expect(write({ mergeUndoGroup: true })).rejects.toMatchObject({ code: "UndoNotSupported", name: "RichApi.Error" });
    await expect(write({ mergeUndoGroup: true })).resolves.toBeUndefined();
  });
});

describe("size limits (concepts/resource-limits-and-performance-optimization.md)", () => {
  it("Excel on the web refuses an answer over 5 MB; desktop Excel gives it", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const host = new FakeExcelHost({ platform });
      host.addSheet("Groot", Array.from({ length: 20_000 }, (_, i) => [`Een lange tekst van een activiteit, rij ${i}`.repeat(8)]), { literal: true });
      const { Excel } = createOfficeGlobals(host);
      const read = Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Groot").getUsedRange().load("values");
        await context.sync();
      });
      if (platform === "web") await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      else await expect(read).resolves.toBeUndefined();
    }
  });

  it("refuses a read of more than 5 million cells anywhere, such as a used range stretched by one far cell", async () => {
    const { host, Excel } = setup();
    host.addSheet("Ver", [["x"]]);
    host.addSheet("Ver2", [["y"]], { origin: "XFD1048576" });
    const error = await rejection(Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ver2");
      sheet.getRange("A1").values = [["z"]];
      sheet.getUsedRange().load("values");
      await context.sync();
    }));
    expect(error.code).toBe("RangeExceedsLimit");
  });
  it("keeps at most 32 767 characters in a cell (Excel specifications and limits)", async () => {
    const { host, Excel } = setup();
    const write = (text: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad2").getRange("B1").values = [[text]];
        await context.sync();
      });
    await write("j".repeat(32_767));
    expect((host.cell("Blad2", "B1").value as string).length).toBe(32_767);
    await expect(write("j".repeat(32_768))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("very hidden sheets and a protected workbook structure", () => {
  it("refuses to delete a very hidden sheet until it is made visible or hidden (office-js#365, by design)", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad2").visibility = "VeryHidden";
      await context.sync();
    });
    const remove = (first?: "Hidden") =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Blad2");
        if (first) sheet.visibility = first;
        sheet.delete();
        await context.sync();
      });
    await expect(remove()).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.sheetNames()).toEqual(["Blad1", "Blad2"]);
    await remove("Hidden");
    expect(host.sheetNames()).toEqual(["Blad1"]);
  });

  it("refuses adding, deleting, hiding, renaming and moving sheets while the structure is protected (ExcelApi 1.7)", async () => {
    const { host, Excel } = setup();
    host.protectStructure();
    const attempts: ((context: Excel.RequestContext) => void)[] = [
      (c) => void c.workbook.worksheets.add("Nieuw"),
      (c) => c.workbook.worksheets.getItem("Blad2").delete(),
      (c) => void (c.workbook.worksheets.getItem("Blad2").visibility = "VeryHidden"),
      (c) => void (c.workbook.worksheets.getItem("Blad2").name = "Anders"),
      (c) => void (c.workbook.worksheets.getItem("Blad2").position = 0),
    ];
    for (const attempt of attempts) {
      await expect(Excel.run(async (context) => {
        attempt(context);
        await context.sync();
      })).rejects.toMatchObject({ code: "AccessDenied" });
    }
    const state = await Excel.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["cellen blijven schrijfbaar"]];
      await context.sync();
      return protection.protected;
    });
    expect(state).toBe(true);
    expect(host.sheetNames()).toEqual(["Blad1", "Blad2"]);
    const old = new FakeExcelHost({ excelApi: "1.6" });
    old.addSheet("Blad1");
    const { Excel: OldExcel } = createOfficeGlobals(old);
    await expect(OldExcel.run(async (context) => {
      context.workbook.load("protection/protected");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("a protected worksheet", () => {
  it("refuses every write to the sheet with AccessDenied and keeps it as it was; other sheets stay writable; the state is readable (ExcelApi 1.2)", async () => {
    const { host, Excel } = setup();
    host.put("Blad1", "A1", "van de gebruiker");
    host.protectSheet("Blad1");
    const attempts: ((context: Excel.RequestContext) => void)[] = [
      (c) => void (c.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["overschreven"]]),
      (c) => void (c.workbook.worksheets.getItem("Blad1").getRange("B2").numberFormat = [["0%"]]),
      (c) => void (c.workbook.worksheets.getItem("Blad1").getRange("A1:B2").format.fill.color = "#FFFF00"),
      (c) => c.workbook.worksheets.getItem("Blad1").getRange("A1:B1").merge(),
    ];
    for (const attempt of attempts) {
      await expect(Excel.run(async (context) => {
        attempt(context);
        await context.sync();
      })).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(host.cell("Blad1", "A1").value).toBe("van de gebruiker");
    const flags = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      context.workbook.worksheets.getItem("Blad2").getRange("A1").values = [["mag wel"]];
      await context.sync();
      return sheets.items.map((s) => [s.name, s.protection.protected]);
    });
    expect(flags).toEqual([["Blad1", true], ["Blad2", false]]);
    expect(host.cell("Blad2", "A1").value).toBe("mag wel");
  });
});

describe("null objects", () => {
  it("loads nothing on a null object, but fails a method called on one or a load through one", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Ontbreekt").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Ontbreekt").getUsedRangeOrNullObject().load("address");
      await context.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(Excel.run(async (context) => {
      context.workbook.tables.getItemOrNullObject("tblOntbreekt").worksheet.load("name");
      await context.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("validation read back in Excel's form", () => {
  it("names the sheet as the workbook spells it and shows a typed list with the regional separator (office-js#2128)", async () => {
    const { host, Excel } = setup();
    host.addSheet("lijsten", [["a"], ["b"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A2:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "=Lijsten!$a$1:$a$2" } };
      sheet.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "ja,nee" } };
      await context.sync();
      const byReference = sheet.getRange("A2:A3").dataValidation.load("rule");
      const typed = sheet.getRange("B2:B3").dataValidation.load("rule");
      await context.sync();
      expect(byReference.rule.list?.source).toBe("=lijsten!$A$1:$A$2");
      expect(typed.rule.list?.source).toBe("ja;nee");
    });
  });
});

describe("errors as Excel raises them", () => {
  it("keep the code, carry a message in the host's language and are RichApi errors", async () => {
    const { Excel } = setup();
    const error = await rejection(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ontbreekt").getRange("A1").load("values");
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error", message: "De aangevraagde resource bestaat niet." });
  });
});

describe("the 1904 date system", () => {
  it("is told by DATE through workbook.functions; typed dates and their text follow the system", async () => {
    for (const date1904 of [false, true]) {
      const host = new FakeExcelHost({ date1904 });
      host.addSheet("Data", [["2025-06-15"]]);
      const { Excel } = createOfficeGlobals(host);
      await Excel.run(async (context) => {
        const probe = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        expect(probe.value).toBe(date1904 ? 0 : 1462);
      });
      expect(host.cell("Data", "A1")).toMatchObject({ value: date1904 ? 45823 - 1462 : 45823, text: "2025-06-15" });
    }
  });

  it("has no Workbook.use1904DateSystem outside the preview API", async () => {
    const { Excel } = setup();
    await expect(Excel.run(async (context) => context.workbook.load("use1904DateSystem") && context.sync())).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("Excel.RequestContext", () => {
  it("gives a custom function a context of its own on the same workbook", async () => {
    const { Excel } = setup();
    const context = new Excel.RequestContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A2").load("values");
    await context.sync();
    expect(range.values).toEqual([["Noord"]]);
  });
});
