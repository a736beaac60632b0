import { createOfficeGlobals, FakeExcelHost, type FakeExcelHostOptions } from "./index";

function setup(options?: FakeExcelHostOptions) {
  const host = new FakeExcelHost(options);
  host.addSheet("Blad1");
  const { Excel } = createOfficeGlobals(host);
  const write = (address: string, values: unknown[][], numberFormat?: string) =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange(address);
      if (numberFormat) range.numberFormat = [[numberFormat]];
      range.values = values;
      await context.sync();
    });
  return { host, Excel, write };
}

describe("values written like typed input", () => {
  it.each([
    ["=HYPERLINK(\"https://x.nl\",\"x\")", "=HYPERLINK(\"https://x.nl\",\"x\")", "#NAME?", "Error"],
    ["=1+1", "=1+1", 2, "Double"],
    ["=\"a\"&\"b\"", "=\"a\"&\"b\"", "ab", "String"],
    ["=1/0", "=1/0", "#DIV/0!", "Error"],
    ["-5 woningen", "=-5 woningen", "#NAME?", "Error"],
    ["+31 6 123", "=+31 6 123", "#NAME?", "Error"],
  ])("%s becomes a formula", async (input, formula, value, type) => {
    const { host, write } = setup();
    await write("A1", [[input]]);
    expect(host.cell("Blad1", "A1")).toMatchObject({ formula, value, valueType: type });
  });

  it.each([
    ["12", 12, "Double"],
    ["-5", -5, "Double"],
    ["1.5", 1.5, "Double"],
    ["TRUE", true, "Boolean"],
    ["#N/A", "#N/A", "Error"],
    ["gewoon tekst", "gewoon tekst", "String"],
    ["19-8-2025", "19-8-2025", "String"],
  ])("%s is converted as Excel does", async (input, value, type) => {
    const { host, write } = setup();
    await write("A1", [[input]]);
    expect(host.cell("Blad1", "A1")).toMatchObject({ value, formula: null, valueType: type });
  });

  it("turns an ISO date into a serial with a date format, and a percentage into a fraction", async () => {
    const { host, write } = setup();
    await write("A1:B1", [["2025-08-19", "7.5%"]]);
    expect(host.cell("Blad1", "A1")).toMatchObject({ value: 45888, numberFormat: "yyyy-mm-dd", text: "2025-08-19" });
    expect(host.cell("Blad1", "B1")).toMatchObject({ value: 0.075, numberFormat: "0.0%", text: "7,5%" });
  });

  it("keeps text literal in a cell formatted as text, set earlier in the same batch", async () => {
    const { host, write } = setup();
    await write("A1", [["=HYPERLINK(\"https://x.nl\")"]], "@");
    await write("A2", [["12"]], "@");
    await write("A3", [["-5 woningen"]], "@");
    expect(host.cell("Blad1", "A1")).toMatchObject({ value: "=HYPERLINK(\"https://x.nl\")", formula: null, valueType: "String" });
    expect(host.cell("Blad1", "A2")).toMatchObject({ value: "12", valueType: "String" });
    expect(host.cell("Blad1", "A3")).toMatchObject({ value: "-5 woningen", valueType: "String" });
  });

  it("keeps text literal when the text format was set in an earlier batch", async () => {
    const { host, Excel, write } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A:A").numberFormat = "@" as unknown as string[][];
      await context.sync();
    });
    await write("A5", [["=SUM(B1:B4)"]]);
    expect(host.cell("Blad1", "A5")).toMatchObject({ value: "=SUM(B1:B4)", formula: null, numberFormat: "@" });
  });

  it("does not help when the text format comes after the values", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
      range.values = [["=x"]];
      range.numberFormat = [["@"]];
      await context.sync();
    });
    expect(host.cell("Blad1", "A1")).toMatchObject({ formula: "=x", value: "#NAME?" });
  });

  it("converts writes through formulas the same way", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:C1").formulas = [["=2*3", "12", "tekst"]];
      await context.sync();
    });
    expect(["A1", "B1", "C1"].map((a) => host.cell("Blad1", a)).map((c) => [c.formula, c.value])).toEqual([
      ["=2*3", 6],
      [null, 12],
      [null, "tekst"],
    ]);
  });

  it("drops a leading apostrophe and stores the rest as text", async () => {
    const { host, write } = setup();
    await write("A1", [["'=x"]]);
    expect(host.cell("Blad1", "A1")).toMatchObject({ value: "=x", formula: null, valueType: "String" });
  });

  it("reads values, formulas, valueTypes and text back through the API", async () => {
    const { Excel, write } = setup();
    await write("A1:D1", [["=1+2", "'=x", true, ""]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:E1").load("values,formulas,valueTypes,text");
      await context.sync();
      expect(range.values).toEqual([[3, "=x", true, "", ""]]);
      expect(range.formulas).toEqual([["=1+2", "=x", true, "", ""]]);
      expect(range.valueTypes).toEqual([["Double", "String", "Boolean", "Empty", "Empty"]]);
      expect(range.text).toEqual([["3", "=x", "WAAR", "", ""]]);
    });
  });

  it("returns error values as strings with valueType Error", async () => {
    const { Excel, write } = setup({ locale: "en-US" });
    await write("A1", [["#REF!"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values,valueTypes,text");
      await context.sync();
      expect([range.values, range.valueTypes, range.text]).toEqual([[["#REF!"]], [["Error"]], [["#REF!"]]]);
    });
  });

  it("rejects a shape mismatch with InvalidArgument but broadcasts a single value", async () => {
    const { host, Excel } = setup();
    const mismatch = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").values = [["a", "b"]];
      await context.sync();
    });
    await expect(mismatch).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").values = "x" as unknown as string[][];
      await context.sync();
    });
    expect(host.sheetValues("Blad1")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("leaves cells alone for null entries", async () => {
    const { host, write } = setup();
    await write("A1:B1", [["a", "b"]]);
    await write("A1:B1", [[null, "c"]]);
    expect(host.sheetValues("Blad1")).toEqual([["a", "c"]]);
  });

  it("formats text per number format and locale", async () => {
    const { host, write, Excel } = setup();
    await write("A1:C1", [[1234.5, 0.079, 45888]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:C1").numberFormat = [["#,##0.00", "0.0%", "dd-mm-yyyy"]];
      await context.sync();
    });
    expect(["A1", "B1", "C1"].map((a) => host.cell("Blad1", a).text)).toEqual(["1.234,50", "7,9%", "19-08-2025"]);
  });
});
