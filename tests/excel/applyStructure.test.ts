import { applyStructure, previewStructure, revertStructure } from "../../src/excel/applyStructure";
import type { HostCapabilities } from "../../src/excel/requirements";
import { createOfficeGlobals, type FakeExcelHost } from "../fake-excel";
import { PARTNER_ACTIVITIES, PARTNER_INDICATORS } from "../core/structure/partnerWorkbook";
import { partnerHost } from "./partnerHost";

const FULL: HostCapabilities = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };
const NO_UNDO: HostCapabilities = { mergedAreas: true, undoGroup: false, dataValidation: true, rangeAreas: true };

function setup(excelApi = "1.20", extraRows = 0) {
  const host = partnerHost({}, extraRows);
  const { Excel } = createOfficeGlobals(host, { excelApi });
  return { host, run: Excel.run };
}

function expectOriginalValues(host: FakeExcelHost, sheet: string, rows: (string | number | null)[][]): void {
  const values = host.sheetValues(sheet);
  rows.forEach((line, r) => line.forEach((value, c) => expect(values[r][c]).toBe(value ?? "")));
}

describe("Inrichten on a partner's workbook, through Office.js", () => {
  it("keeps every original value where it was and builds the tables around them", async () => {
    const { host, run } = setup();
    const { result } = await applyStructure(run, FULL, "nl");
    expectOriginalValues(host, "Activiteiten", PARTNER_ACTIVITIES.rows);
    expectOriginalValues(host, "Indicatoren", PARTNER_INDICATORS.rows);
    expect(host.tableInfo("tblActiviteiten")).toEqual({
      sheet: "Activiteiten",
      address: "Activiteiten!A3:P8",
      headers: ["Nr", "Thema", "  Afspraak/activiteit", "Trekker ", "Betrokken  partijen", "Uitvoering", "Status", "Eigen notitie", "Onderwerp", "Deadline", "Toelichting", "Indicator", "Doelwaarde", "Realisatie", "Laatst bijgewerkt", "Bijgewerkt door"],
    });
    expect(host.tableInfo("tblIndicatoren")?.headers.slice(6)).toEqual(["Streefwaarde 2028", "Bron", "Programma", "Doel", "Streefjaar", "Toelichting"]);
    expect(host.cell("Activiteiten", "A1").merged).toBe("A1:H1");
    // The hidden Lijsten sheet is made first, outside the undo group: desktop Excel cannot undo hiding a sheet.
    expect(host.sheetNames()).toEqual(["Activiteiten", "Indicatoren", "Partijen", "Notities", "Lijsten", "Metingen", "Taakstelling", "Instellingen"]);
    // Four round trips to read and plan, one for the lists sheet, one for the rest in Excel's undo group.
    expect(result).toMatchObject({ undo: "excel-undo", syncs: 6 });
    expect(host.lastRunMergedUndo).toBe(true);
    expect(host.runCount).toBe(2);
  });

  it("sets drop-downs from the hidden Lijsten sheet, formats, frozen header rows and widths for new columns only", async () => {
    const { host, run } = setup();
    await applyStructure(run, FULL, "nl");
    expect(host.cell("Activiteiten", "G5").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$6" } });
    expect(host.cell("Activiteiten", "D4").validation?.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^=Lijsten!\$D\$2:\$D\$\d+$/) } });
    expect(host.cell("Indicatoren", "D2").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lijsten!$B$2:$B$6" } });
    expect(host.cell("Lijsten", "A2")).toMatchObject({ value: "Niet gestart", numberFormat: "@" });
    expect(host.snapshotState().sheets).toContainEqual(expect.objectContaining({ name: "Lijsten", visibility: "Hidden" }));
    expect(host.cell("Activiteiten", "C4").numberFormat).toBe("@");
    expect(host.cell("Activiteiten", "J4").numberFormat).toBe("d-m-yyyy");
    expect(host.cell("Indicatoren", "F3").numberFormat).toBe("0");
    expect(host.cell("Activiteiten", "A3").numberFormat).toBe("General");
    const activities = (host.snapshotState().sheets as Array<{ name: string; frozen: unknown; columnWidths: Record<string, number> }>).find((s) => s.name === "Activiteiten")!;
    expect(activities.frozen).toEqual({ rows: 3, columns: 0 });
    expect(Object.keys(activities.columnWidths)).toEqual(["I", "J", "K", "L", "M", "N", "O", "P"]);
  });

  it("changes nothing the second time, and says so", async () => {
    const { host, run } = setup();
    await applyStructure(run, FULL, "nl");
    const before = host.snapshotState();
    expect(await previewStructure(run, FULL, "nl")).toEqual({ changes: [], upToDate: true });
    host.resetCounters();
    const { result } = await applyStructure(run, FULL, "nl");
    expect(result.applied).toEqual([]);
    expect(result.syncs).toBe(4);
    expect(host.syncCount).toBe(4);
    expect(host.snapshotState()).toEqual(before);
  });

  it("previews exactly what it then does, without writing", async () => {
    const { host, run } = setup();
    const before = host.snapshotState();
    const preview = await previewStructure(run, FULL, "nl");
    expect(host.snapshotState()).toEqual(before);
    const { result } = await applyStructure(run, FULL, "nl");
    expect(result.applied).toEqual(preview.changes);
    expect(preview.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(["convert-range", "add-column", "create-sheet", "lists-sheet", "list-validation", "text-format", "number-format", "freeze-header", "column-width"]));
  });

  it.each([10, 2_000])("uses the same number of syncs for %i extra rows", async (rows) => {
    const { host, run } = setup("1.20", rows);
    host.resetCounters();
    const { result } = await applyStructure(run, FULL, "nl");
    expect(host.syncCount).toBe(6);
    expect(result.syncs).toBe(6);
    expect(host.tableInfo("tblActiviteiten")?.address).toBe(`Activiteiten!A3:P${8 + rows}`);
  });
});

describe("one Ctrl+Z in Excel (ExcelApi 1.20)", () => {
  it.each(["desktop", "web"] as const)("takes back the whole run on %s Excel; only the hidden helper sheet Lijsten stays", async (platform) => {
    const host = partnerHost({ platform, undoSnapshots: true });
    const { Excel } = createOfficeGlobals(host);
    const before = host.snapshotState() as { sheets: { name: string }[]; tables: unknown[] };
    const { result, revert } = await applyStructure(Excel.run, { ...FULL, platform }, "nl");
    expect(result.undo).toBe("excel-undo");
    expect(revert).toBeNull();
    host.undo();
    const after = host.snapshotState() as { sheets: { name: string; visibility: string }[]; tables: unknown[] };
    expect(after.sheets.filter((s) => s.name !== "Lijsten")).toEqual(before.sheets);
    expect(after.tables).toEqual(before.tables);
    expect(after.sheets.find((s) => s.name === "Lijsten")?.visibility).toBe("Hidden");
  });

  it("reports up to date the second time, however Excel names the lists sheet in a validation's source", async () => {
    const { host, run } = setup();
    host.addSheet("lijsten", [["Oude lijst"]]);
    await applyStructure(run, FULL, "nl");
    expect(host.cell("Activiteiten", "G5").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$6" } });
    expect(await previewStructure(run, FULL, "nl")).toEqual({ changes: [], upToDate: true });
  });

  it("finishes without the group and offers Terugdraaien for the whole run when Excel refuses the group part-way (office-js#6491)", async () => {
    const { host, run } = setup();
    const before = host.snapshotState();
    host.failNext({ member: "Range.numberFormat", code: "UndoNotSupported", inUndoGroup: true });
    const { result, revert } = await applyStructure(run, FULL, "nl");
    expect(result.undo).toBe("revert-snapshot");
    expect(host.tableInfo("tblActiviteiten")?.address).toBe("Activiteiten!A3:P8");
    expect(await previewStructure(run, FULL, "nl")).toMatchObject({ upToDate: true });
    await revertStructure(run, revert!);
    expect(host.snapshotState()).toEqual(before);
  });
});

describe("Terugdraaien without Excel's undo group (ExcelApi 1.13)", () => {
  it("restores the workbook exactly as it was, in one batch", async () => {
    const { host, run } = setup("1.13");
    const before = host.snapshotState();
    const { result, revert } = await applyStructure(run, NO_UNDO, "nl");
    expect(result.undo).toBe("revert-snapshot");
    expect(host.lastRunMergedUndo).toBe(false);
    expect(host.snapshotState()).not.toEqual(before);
    host.resetCounters();
    await revertStructure(run, revert!);
    expect(host.syncCount).toBe(1);
    expect(host.snapshotState()).toEqual(before);
  });

  it("restores a second run's changes to a structured workbook: renamed table, added columns, replaced validation", async () => {
    const { host, run } = setup("1.13");
    await applyStructure(run, NO_UNDO, "nl");
    await run(async (context) => {
      const table = context.workbook.tables.getItem("tblPartijen");
      table.name = "Tabel9";
      table.resize("A1:C4");
      const sheet = context.workbook.worksheets.getItem("Partijen");
      sheet.getRange("D1:E1").clear("Contents");
      sheet.getRange("C2:C4").dataValidation.clear();
      sheet.getRange("C2:C4").dataValidation.rule = { list: { inCellDropDown: true, source: "Gemeente,Corporatie" } };
      sheet.getRange("B2:B4").numberFormat = [["0.0"], ["General"], ["@"]];
      sheet.getRange("D:D").format.columnWidth = 200;
      sheet.freezePanes.freezeAt(sheet.getRange("A1:A2"));
      await context.sync();
    });
    const before = host.snapshotState();
    const { result, revert } = await applyStructure(run, NO_UNDO, "nl");
    expect(result.applied.map((c) => c.kind)).toEqual(expect.arrayContaining(["rename-table", "add-column", "list-validation", "freeze-header"]));
    await revertStructure(run, revert!);
    expect(host.snapshotState()).toEqual(before);
  });

  it("restores the lists sheet and the Trekker list after a new party changed them", async () => {
    const { host, run } = setup("1.13");
    await applyStructure(run, NO_UNDO, "nl");
    await run(async (context) => {
      context.workbook.tables.getItem("tblPartijen").rows.add(undefined, [["Woonzorg Flevoland", "WZF", "Zorg en welzijn", "", ""]]);
      context.workbook.worksheets.getItem("Lijsten").visibility = "Visible";
      await context.sync();
    });
    const before = host.snapshotState();
    const { result, revert } = await applyStructure(run, NO_UNDO, "nl");
    expect(result.applied.map((c) => c.kind)).toEqual(["lists-sheet", "list-validation"]);
    expect(host.cell("Activiteiten", "D4").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lijsten!$D$2:$D$11" } });
    await revertStructure(run, revert!);
    expect(host.snapshotState()).toEqual(before);
  });
});

describe("when Excel refuses the undo group or the write", () => {
  it("falls back to the pane's own revert steps on UndoNotSupported", async () => {
    const { host, run } = setup("1.20");
    const before = host.snapshotState();
    const refusing = ((options: unknown, batch?: unknown) =>
      typeof options === "object" && options !== null && (options as Excel.RunOptions).mergeUndoGroup
        ? Promise.reject(Object.assign(new Error("Deze bewerking kan niet ongedaan worden gemaakt."), { code: "UndoNotSupported" }))
        : (run as (b: unknown) => Promise<unknown>)(batch ?? options)) as typeof run;
    let handed: unknown = null;
    const { result, revert } = await applyStructure(refusing, FULL, "nl", (steps) => (handed = steps));
    expect(result.undo).toBe("revert-snapshot");
    expect(revert).not.toBeNull();
    expect(handed).toBe(revert);
    await revertStructure(run, revert!);
    expect(host.snapshotState()).toEqual(before);
  });

  it("hands over the revert steps before writing, so a batch that fails half-way can still be taken back", async () => {
    const { run } = setup("1.13");
    let handed: unknown = null;
    const failing = ((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      run(async (context) => {
        const sync = context.sync.bind(context);
        let calls = 0;
        context.sync = (() => (++calls === 5 ? Promise.reject(Object.assign(new Error("Bewerking mislukt"), { code: "InvalidOperation" })) : sync())) as typeof context.sync;
        return batch(context);
      })) as typeof run;
    await expect(applyStructure(failing, NO_UNDO, "nl", (steps) => (handed = steps))).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(Array.isArray(handed)).toBe(true);
  });
});
