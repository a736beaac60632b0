import { readSettings, writeSettings } from "../../src/excel/settingsStore";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };

function setup(rows: (string | number | null)[][]) {
  const host = new FakeExcelHost();
  host.addSheet("Instellingen", [["Instelling", "Waarde"], ...rows], { literal: true });
  host.addTable("Instellingen", `A1:B${rows.length + 1}`, "tblInstellingen");
  const { Excel } = createOfficeGlobals(host);
  return { host, run: Excel.run };
}

describe("settings in tblInstellingen", () => {
  it("reads the pane's settings with the contract's defaults", async () => {
    const { host, run } = setup([["Gemeente", "Dronten"], ["Peildatum", 45823]]);
    expect(await readSettings(run, CAPABILITIES)).toEqual({ referenceDate: "2025-06-15", staleDays: 90, marginPercent: 10, lang: "nl" });
    expect(host.syncCount).toBe(3);
  });

  it("updates existing rows, adds missing ones at the end and leaves every other row alone", async () => {
    const { host, run } = setup([["Gemeente", "Dronten"], ["Peildatum", 45823], ["Regel uit: stale-row", "ja"]]);
    host.resetCounters();
    await writeSettings(run, CAPABILITIES, { referenceDate: "2025-07-01", staleDays: 60, marginPercent: 12.5, lang: "en" });
    expect(host.syncCount).toBe(4);
    expect(host.sheetValues("Instellingen")).toEqual([
      ["Instelling", "Waarde"],
      ["Gemeente", "Dronten"],
      ["Peildatum", 45839],
      ["Regel uit: stale-row", "ja"],
      ["Signaleringstermijn (dagen)", 60],
      ["Marge op koers (%)", 12.5],
      ["Taal", "en"],
    ]);
    expect(host.cell("Instellingen", "B3")).toMatchObject({ numberFormat: "d-m-yyyy", text: "1-7-2025" });
    expect(host.tableInfo("tblInstellingen")?.address).toBe("Instellingen!A1:B7");
    expect(await readSettings(run, CAPABILITIES)).toEqual({ referenceDate: "2025-07-01", staleDays: 60, marginPercent: 12.5, lang: "en" });
  });

  it("fills the table's blank rows first, and clears the date when it is removed", async () => {
    const { host, run } = setup([["Peildatum", 45823], [null, null], [null, null]]);
    await writeSettings(run, CAPABILITIES, { referenceDate: null, staleDays: 90, marginPercent: 10, lang: "nl" });
    expect(host.sheetValues("Instellingen").slice(1)).toEqual([
      ["Peildatum", ""],
      ["Signaleringstermijn (dagen)", 90],
      ["Marge op koers (%)", 10],
      ["Taal", "nl"],
    ]);
    expect(host.tableInfo("tblInstellingen")?.address).toBe("Instellingen!A1:B5");
  });

  it("writes the margin as a plain number even where the cell had a percentage format", async () => {
    const { host, run } = setup([["Marge op koers (%)", 0.1]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Instellingen").getRange("B2").numberFormat = [["0%"]];
      await context.sync();
    });
    expect((await readSettings(run, CAPABILITIES)).marginPercent).toBe(10);
    await writeSettings(run, CAPABILITIES, { referenceDate: null, staleDays: 90, marginPercent: 15, lang: "nl" });
    expect(host.cell("Instellingen", "B2")).toMatchObject({ value: 15, numberFormat: "General" });
    expect((await readSettings(run, CAPABILITIES)).marginPercent).toBe(15);
  });

  it("recalculates the workbook when the language changes, so BM.STATUS follows it, and only then", async () => {
    const { host, run } = setup([["Taal", "nl"]]);
    await writeSettings(run, CAPABILITIES, { referenceDate: null, staleDays: 90, marginPercent: 10, lang: "nl" });
    expect(host.calculations).toEqual([]);
    await writeSettings(run, CAPABILITIES, { referenceDate: null, staleDays: 90, marginPercent: 10, lang: "en" });
    expect(host.calculations).toEqual(["Full"]);
  });

  it("writes and reads the Peildatum right in a workbook that uses the 1904 date system", async () => {
    const host = new FakeExcelHost({ date1904: true });
    host.addSheet("Instellingen", [["Instelling", "Waarde"], ["Peildatum", "2025-06-15"]]);
    host.addTable("Instellingen", "A1:B2", "tblInstellingen");
    const { Excel } = createOfficeGlobals(host);
    expect((await readSettings(Excel.run, CAPABILITIES)).referenceDate).toBe("2025-06-15");
    await writeSettings(Excel.run, CAPABILITIES, { referenceDate: "2025-07-01", staleDays: 90, marginPercent: 10, lang: "nl" });
    expect(host.cell("Instellingen", "B2")).toMatchObject({ value: 45839 - 1462, text: "1-7-2025" });
    expect((await readSettings(Excel.run, CAPABILITIES)).referenceDate).toBe("2025-07-01");
  });

  it("asks for Inrichten when there is no settings table", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Blad1");
    const { Excel } = createOfficeGlobals(host);
    await expect(writeSettings(Excel.run, CAPABILITIES, { referenceDate: null, staleDays: 90, marginPercent: 10, lang: "nl" })).rejects.toMatchObject({ name: "SettingsTableMissing" });
    expect(await readSettings(Excel.run, CAPABILITIES)).toEqual({ referenceDate: null, staleDays: 90, marginPercent: 10, lang: "nl" });
  });
});
