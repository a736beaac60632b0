import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { isoToExcelSerial } from "../../src/core/parse/isoDate";
import { buildModel } from "../../src/core/model/workbookModel";
import { revertBundle, writeBundle, previewBundle } from "../../src/excel/bundleThroughExcel";
import type { BundleRevertStep } from "../../src/excel/bundleRevert";
import type { BundleRequest } from "../../src/excel/bundleTypes";
import { TABLES } from "../../src/core/schema/tables";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";
import { activity, returnSnapshot } from "../core/merge/helpers";
import { hostFromSnapshot, hostWithActivities } from "./seedSample";

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };
const OLD_EXCEL = { ...CAPABILITIES, undoGroup: false };

/** A return of the municipality (trekker of every row of hostWithActivities) answering the first two rows and adding one. */
function municipalityReturn(): BundleRequest {
  const snapshot = returnSnapshot("Gemeente Dronten", {
    activities: [
      activity({ ID: "A1", Thema: "Wonen", Afspraak: "Afspraak 1", Trekker: "Gemeente", Betrokkenen: null, Planning: "2026", Status: "Gereed", Toelichting: "=SOM(A1:A3) is geen formule", "Laatst bijgewerkt": isoToExcelSerial("2025-06-10") }),
      activity({ ID: "A2", Thema: "Wonen", Afspraak: "Afspraak 2", Trekker: "Gemeente", Betrokkenen: null, Planning: "2026", Status: "Vertraagd", Toelichting: "+31 6 1234 5678 belt terug", "Laatst bijgewerkt": isoToExcelSerial("2025-06-10") }),
      activity({ ID: "N1", Thema: "Wonen", Afspraak: "Nieuwe afspraak", Trekker: "Gemeente", Betrokkenen: null, Planning: "2027", Status: "Niet gestart", "Laatst bijgewerkt": isoToExcelSerial("2025-06-10") }),
    ],
  });
  return { returns: [{ file: "retour-gemeente.xlsx", snapshot }], today: "2025-06-15", lang: "nl" };
}

describe("Bundelen through Office.js, against the in-memory host", () => {
  it.each([10, 200, 2_000])("previews in four round trips (the read's three and the probe) and writes in five for %i rows, one undo step", async (rows) => {
    const host = hostWithActivities(rows);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const preview = await previewBundle(Excel.run, CAPABILITIES, municipalityReturn());
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.decisions.counts).toMatchObject({ added: 1 });
    expect(host.syncCount).toBe(4);
    host.resetCounters();
    const steps: BundleRevertStep[] = [];
    const written = await writeBundle(Excel.run, CAPABILITIES, municipalityReturn(), (s) => steps.push(...s));
    if (!("decisions" in written)) throw new Error(JSON.stringify(written.problems));
    expect(host.syncCount).toBe(5);
    expect(written).toMatchObject({ undo: "excel-undo", syncs: 5, sheetName: "Bundeling 2025-06-15" });
    expect(host.lastRunMergedUndo).toBe(true);
    expect(steps).toEqual([]);
  }, 30_000);

  it("writes text as text, dates as dates, adds the row to the table and the Bundeling sheet", async () => {
    const host = hostWithActivities(3);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const written = await writeBundle(Excel.run, CAPABILITIES, municipalityReturn(), () => undefined);
    if (!("decisions" in written)) throw new Error("not bundled");
    expect(host.cell("Activiteiten", "I2").value).toBe("Gereed");
    expect(host.cell("Activiteiten", "J2")).toMatchObject({ value: "=SOM(A1:A3) is geen formule", formula: null, numberFormat: "@" });
    expect(host.cell("Activiteiten", "J3")).toMatchObject({ value: "+31 6 1234 5678 belt terug", numberFormat: "@" });
    expect(host.cell("Activiteiten", "N2").value).toBe(isoToExcelSerial("2025-06-10"));
    expect(host.cell("Activiteiten", "A5")).toMatchObject({ value: "N1", table: "tblActiviteiten" });
    expect(host.cell("Activiteiten", "D5").value).toBe("Nieuwe afspraak");
    expect(host.sheetNames()).toContain("Bundeling 2025-06-15");
    expect(host.cell("Bundeling 2025-06-15", "A1").font.bold).toBe(true);
    expect(host.activeSheetName).toBe("Bundeling 2025-06-15");
  });

  it("without one undo step (older Excel) hands over revert steps that take the whole run back", async () => {
    const host = hostWithActivities(3);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.13" });
    const before = ["I2", "J2", "N2", "A5", "D5"].map((cell) => [cell, host.cell("Activiteiten", cell).value, host.cell("Activiteiten", cell).numberFormat]);
    let steps: BundleRevertStep[] = [];
    const written = await writeBundle(Excel.run, OLD_EXCEL, municipalityReturn(), (s) => (steps = s));
    expect(written).toMatchObject({ undo: "revert-snapshot" });
    expect(steps.length).toBeGreaterThan(0);
    host.resetCounters();
    await revertBundle(Excel.run, steps);
    expect(host.syncCount).toBe(1);
    expect(["I2", "J2", "N2", "A5", "D5"].map((cell) => [cell, host.cell("Activiteiten", cell).value, host.cell("Activiteiten", cell).numberFormat])).toEqual(before);
    expect(host.sheetNames()).not.toContain("Bundeling 2025-06-15");
    expect(host.cell("Activiteiten", "A5").table).toBeNull();
  });

  it("never overwrites a formula: a different answer there becomes a conflict", async () => {
    const host = hostWithActivities(3);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Activiteiten").getRange("I2").formulas = [['=IF(TRUE,"In uitvoering","")']];
      await context.sync();
    });
    const preview = await previewBundle(Excel.run, CAPABILITIES, municipalityReturn());
    if (!preview.ok) throw new Error("not bundled");
    expect(preview.decisions.conflicts).toEqual([expect.objectContaining({ id: "A1", column: "Status", reason: "formula-cell" })]);
    await writeBundle(Excel.run, CAPABILITIES, municipalityReturn(), () => undefined);
    expect(host.cell("Activiteiten", "I2").formula).toBe('=IF(TRUE,"In uitvoering","")');
  });

  it("puts no new row above a table's shown totals row: the row is listed on the Bundeling sheet with what to do, the answers still go in", async () => {
    const host = new FakeExcelHost();
    const seeded = hostWithActivities(3);
    for (const name of seeded.sheetNames()) {
      const sheet = seeded.sheetValues(name) as (string | number | boolean | null)[][];
      host.addSheet(name, name === "Activiteiten" ? [...sheet, ["Totaal"]] : sheet, { literal: true });
    }
    for (const table of TABLES) {
      const info = seeded.tableInfo(table.table)!;
      const address = info.address.replace(/^.*!/, "");
      host.addTable(info.sheet, table.key === "activities" ? address.replace(/\d+$/, "5") : address, table.table, { totalsRow: table.key === "activities" });
    }
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    for (const lang of ["nl", "en"] as const) {
      const preview = await previewBundle(Excel.run, CAPABILITIES, { ...municipalityReturn(), lang });
      if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
      expect(preview.decisions.listed.filter((l) => l.id === "N1").map((l) => l.reason)).toContain("totals-row");
      expect(preview.decisions.added).toEqual([]);
    }
    const written = await writeBundle(Excel.run, CAPABILITIES, municipalityReturn(), () => undefined);
    if (!("decisions" in written)) throw new Error(JSON.stringify(written.problems));
    expect(host.tableInfo("tblActiviteiten")!.address).toMatch(/A1:[A-Z]+5$/);
    expect(host.cell("Activiteiten", "A5").value).toBe("Totaal");
    expect(host.sheetValues("Activiteiten").flat()).not.toContain("N1");
    expect(host.sheetValues("Bundeling 2025-06-15").flat().join(" ")).toContain("totaalrij");
  });

  it("refuses, writing nothing, when a formula sits where the new row would go", async () => {
    const host = hostWithActivities(3);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Activiteiten").getRange("D5").formulas = [['=""']];
      await context.sync();
    });
    const before = host.sheetValues("Activiteiten");
    for (const lang of ["nl", "en"] as const) {
      const written = await writeBundle(Excel.run, CAPABILITIES, { ...municipalityReturn(), lang }, () => undefined);
      const message = lang === "nl" ? "In cel Activiteiten!D5, waar een nieuwe rij moet komen, staat een formule." : "Cell Activiteiten!D5, where a new row must go, holds a formula.";
      expect(written).toEqual({ ok: false, problems: [{ kind: "formula-below-table", file: "Activiteiten!D5", message: expect.stringContaining(message) }], parties: [] });
    }
    expect(host.sheetValues("Activiteiten")).toEqual(before);
    expect(host.cell("Activiteiten", "D5").formula).toBe('=""');
  });

  it("says whose return is unknown and which parties there are", async () => {
    const { snapshot } = await readWorkbookFile(join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx"));
    const host = hostFromSnapshot(snapshot);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const request: BundleRequest = { returns: [{ file: "zonder-partij.xlsx", snapshot: returnSnapshot(null, { activities: [activity({ ID: "1.1a" })] }) }], today: "2025-06-15", lang: "nl" };
    const preview = await previewBundle(Excel.run, CAPABILITIES, request);
    expect(preview).toEqual({
      ok: false,
      problems: [{ kind: "no-party", file: "zonder-partij.xlsx", message: expect.stringContaining("van welke partij is deze retour?") }],
      parties: buildModel(snapshot).parties.parties.map((p) => p.short ?? p.name),
    });
  });
});
