import { createOfficeGlobals, FakeExcelHost, type FakeExcelHostOptions } from "./index";

function setup(options?: FakeExcelHostOptions) {
  const host = new FakeExcelHost(options);
  host.addSheet("Activiteiten", [
    ["Id", "Naam", "Status"],
    [1, "Buurtschouw", "Gestart"],
    [2, "Energiecoach", "Gepland"],
  ]);
  host.addSheet("Mijn blad");
  const { Excel } = createOfficeGlobals(host);
  return { host, Excel };
}

describe("tables", () => {
  it("adds a table over a range with headers and reports its ranges", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Activiteiten!A1:C3", true);
      table.name = "Activiteiten";
      const range = table.getRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address,rowCount");
      table.load("name,style,showHeaders");
      await context.sync();
      expect(range.address).toBe("Activiteiten!A1:C3");
      expect(header.values).toEqual([["Id", "Naam", "Status"]]);
      expect([body.address, body.rowCount]).toEqual(["Activiteiten!A2:C3", 2]);
      expect([table.name, table.style, table.showHeaders]).toEqual(["Activiteiten", "TableStyleMedium2", true]);
    });
    expect(host.tableInfo("activiteiten")).toEqual({ sheet: "Activiteiten", address: "Activiteiten!A1:C3", headers: ["Id", "Naam", "Status"] });
  });

  it("keeps a shown totals row out of the data body and fails loudly where moving it is not modelled", async () => {
    // Office.js Excel.Table: getRange() covers the totals row, getDataBodyRange() stops above it (learn.microsoft.com, Excel.Table).
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten", { totalsRow: true });
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Activiteiten").load("showTotals");
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      const column = table.columns.getItemAt(1).getDataBodyRange().load("address");
      await context.sync();
      expect([table.showTotals, range.address, body.address, column.address]).toEqual([true, "Activiteiten!A1:C3", "Activiteiten!A2:C2", "Activiteiten!B2"]);
      table.resize("A1:C4");
      await expect(context.sync()).rejects.toThrow(/totals row not implemented/);
    });
  });

  it("names blank headers Kolom<n> in Dutch Excel and Column<n> in English", async () => {
    for (const [locale, stem, tableName] of [["nl-NL", "Kolom", "Tabel1"], ["en-US", "Column", "Table1"]] as const) {
      const { host, Excel } = setup({ locale });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Mijn blad").tables.add("B2:D4", true);
        await context.sync();
      });
      expect(host.tableInfo(tableName)).toEqual({ sheet: "Mijn blad", address: "'Mijn blad'!B2:D4", headers: [`${stem}1`, `${stem}2`, `${stem}3`] });
    }
  });

  it("makes repeated headers unique and gives a header-only range one data row", async () => {
    const { host } = setup();
    host.addSheet("Dubbel", [["Naam", "naam", ""]]);
    host.addTable("Dubbel", "A1:C1", "Dubbel");
    expect(host.tableInfo("Dubbel")).toEqual({ sheet: "Dubbel", address: "Dubbel!A1:C2", headers: ["Naam", "naam2", "Kolom3"] });
  });

  it("inserts a header row when the range has none", async () => {
    const { host, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Activiteiten").tables.add("A2:C3", false);
      await context.sync();
    });
    expect(host.tableInfo("Tabel1")?.address).toBe("Activiteiten!A2:C4");
    expect(host.sheetValues("Activiteiten").slice(1)).toEqual([
      ["Kolom1", "Kolom2", "Kolom3"],
      [1, "Buurtschouw", "Gestart"],
      [2, "Energiecoach", "Gepland"],
    ]);
  });

  it("widens the table when a column is added", async () => {
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Activiteiten");
      table.columns.add(undefined, [["Budget"], [1000], ["=1+1"]]);
      table.columns.add(undefined, undefined, "Opmerking");
      const columns = table.columns.load("items/name");
      const count = table.columns.getCount();
      const range = table.getRange().load("address");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["Id", "Naam", "Status", "Budget", "Opmerking"]);
      expect(count.value).toBe(5);
      expect(range.address).toBe("Activiteiten!A1:E3");
    });
    expect(host.cell("Activiteiten", "D3")).toMatchObject({ formula: "=1+1", value: 2 });
  });

  it("appends rows under the table", async () => {
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Activiteiten");
      const before = table.getRange();
      table.rows.add(undefined, [
        [3, "Tuinendag", "Afgerond"],
        [4, "Repaircafé", "Gestart"],
      ]);
      before.load("address");
      const after = table.getRange().load("address");
      await context.sync();
      expect(before.address).toBe("Activiteiten!A1:C3");
      expect(after.address).toBe("Activiteiten!A1:C5");
    });
    expect(host.sheetValues("Activiteiten")[4]).toEqual([4, "Repaircafé", "Gestart"]);
  });

  it("lists tables with their worksheet names", async () => {
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten");
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Activiteiten", "Activiteiten"]]);
    });
  });

  it("rejects overlapping tables and duplicate names", async () => {
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten");
    const overlap = Excel.run(async (context) => {
      context.workbook.tables.add("Activiteiten!C3:D6", true);
      await context.sync();
    });
    await expect(overlap).rejects.toMatchObject({ code: "InvalidArgument" });
    const duplicate = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Mijn blad").tables.add("A1:B2", true).name = "ACTIVITEITEN";
      await context.sync();
    });
    await expect(duplicate).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("converts to a range or deletes with the data", async () => {
    const { host, Excel } = setup();
    host.addTable("Activiteiten", "A1:C3", "Activiteiten");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Activiteiten").convertToRange();
      await context.sync();
    });
    expect(host.tableInfo("Activiteiten")).toBeUndefined();
    expect(host.cell("Activiteiten", "B2").value).toBe("Buurtschouw");
    host.addTable("Activiteiten", "A1:C3", "Weg");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Weg").delete();
      await context.sync();
    });
    expect(host.sheetValues("Activiteiten")).toEqual([]);
  });
});
