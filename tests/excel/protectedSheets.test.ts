import { applyStructure, previewStructure } from "../../src/excel/applyStructure";
import { previewBundle, writeBundle } from "../../src/excel/bundleThroughExcel";
import { checkThroughExcel } from "../../src/excel/checkThroughExcel";
import { highlight } from "../../src/excel/highlight";
import type { HostCapabilities } from "../../src/excel/requirements";
import { writeSettings } from "../../src/excel/settingsStore";
import { sheetProtectedMessage } from "../../src/excel/sheetProtection";
import { writeControlSheet } from "../../src/excel/writeControlSheet";
import { isoToExcelSerial } from "../../src/core/parse/isoDate";
import { activity, returnSnapshot } from "../core/merge/helpers";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";
import { partnerHost } from "./partnerHost";
import { hostWithActivities } from "./seedSample";

const FULL: HostCapabilities = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };
const REFUSED = { code: "SheetProtected" };

describe("a sheet the user protected (Blad beveiligen): refused before anything is written, in words", () => {
  it("Inrichten: the preview and the run name the sheet and change nothing; Excel's bare AccessDenied never reaches the user", async () => {
    const host = partnerHost();
    host.protectSheet("Activiteiten");
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const before = host.snapshotState();
    await expect(previewStructure(Excel.run, FULL, "nl")).rejects.toMatchObject({ ...REFUSED, message: sheetProtectedMessage(["Activiteiten"], "structure", "nl") });
    await expect(applyStructure(Excel.run, FULL, "en")).rejects.toMatchObject({ ...REFUSED, message: expect.stringContaining("The worksheet Activiteiten is protected") });
    expect(host.snapshotState()).toEqual(before);
    expect(host.sheetNames()).not.toContain("Lijsten");
  });

  it("Cellen markeren: refused when a marked cell or an old marking is on a protected sheet; nothing marked or removed", async () => {
    const host = hostWithActivities(3);
    host.protectSheet("Activiteiten");
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const before = host.snapshotState();
    const finding = { rule: "required-value-missing", category: "completeness" as const, severity: "error" as const, sheet: "Activiteiten", table: null, row: null, column: null, cell: "B2", message: "", value: null };
    await expect(highlight(Excel.run, FULL, [finding])).rejects.toMatchObject({ ...REFUSED, message: expect.stringContaining("Het werkblad Activiteiten is beveiligd") });
    expect(host.snapshotState()).toEqual(before);
  });

  it("Bundelen: refused when an answer would go into a protected sheet; the check still reads it", async () => {
    const host = hostWithActivities(3);
    host.protectSheet("Activiteiten");
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const report = await checkThroughExcel(Excel.run, FULL, { today: "2025-06-15", lang: "nl" });
    expect(report.activities.total).toBe(3);
    const snapshot = returnSnapshot("Gemeente Dronten", {
      activities: [activity({ ID: "A1", Thema: "Wonen", Afspraak: "Afspraak 1", Trekker: "Gemeente", Betrokkenen: null, Planning: "2026", Status: "Gereed", "Laatst bijgewerkt": isoToExcelSerial("2025-06-10") })],
    });
    const request = { returns: [{ file: "retour.xlsx", snapshot }], today: "2025-06-15", lang: "nl" as const };
    const before = host.snapshotState();
    await expect(previewBundle(Excel.run, FULL, request)).rejects.toMatchObject(REFUSED);
    await expect(writeBundle(Excel.run, FULL, request, () => undefined)).rejects.toMatchObject({ ...REFUSED, message: expect.stringContaining("Bundelen kan daar niets veranderen") });
    expect(host.snapshotState()).toEqual(before);
  });

  it("Cellen markeren speaks the pane's language: English when the pane is English", async () => {
    const host = hostWithActivities(3);
    host.protectSheet("Activiteiten");
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const finding = { rule: "required-value-missing", category: "completeness" as const, severity: "error" as const, sheet: "Activiteiten", table: null, row: null, column: null, cell: "B2", message: "", value: null };
    await expect(highlight(Excel.run, FULL, [finding], "en")).rejects.toMatchObject({ ...REFUSED, message: sheetProtectedMessage(["Activiteiten"], "highlight", "en") });
  });

  it("Controleblad schrijven: an earlier Controle sheet the user protected is refused and keeps its findings; a new one is written", async () => {
    const host = hostWithActivities(3);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const finding = { rule: "required-value-missing", category: "completeness" as const, severity: "error" as const, sheet: "Activiteiten", table: null, row: null, column: null, cell: "B2", message: "Trekker ontbreekt.", value: null };
    await writeControlSheet(Excel.run, [finding], "nl");
    host.protectSheet("Controle");
    const before = host.snapshotState();
    await expect(writeControlSheet(Excel.run, [], "nl")).rejects.toMatchObject({ ...REFUSED, message: sheetProtectedMessage(["Controle"], "control", "nl") });
    expect(host.snapshotState()).toEqual(before);
    host.protectSheet("Controle", false);
    await expect(writeControlSheet(Excel.run, [], "en")).resolves.toMatchObject({ sheetName: "Controle" });
  });

  it("Instellingen opslaan: a protected Instellingen sheet is refused in the pane's language, whatever the workbook's language", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Instellingen", [["Instelling", "Waarde"], ["Gemeente", "Dronten"]], { literal: true });
    host.addTable("Instellingen", "A1:B2", "tblInstellingen");
    host.protectSheet("Instellingen");
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const before = host.snapshotState();
    const values = { referenceDate: null, staleDays: 60, marginPercent: 10, lang: "en" as const };
    await expect(writeSettings(Excel.run, FULL, values, "nl")).rejects.toMatchObject({ ...REFUSED, message: expect.stringContaining("Het werkblad Instellingen is beveiligd, dus Opslaan kan daar niets veranderen") });
    expect(host.snapshotState()).toEqual(before);
  });

  it("names several sheets in one sentence, in both languages", () => {
    expect(sheetProtectedMessage(["Activiteiten", "Metingen", "Taakstelling"], "structure", "nl")).toMatch(/^De werkbladen Activiteiten, Metingen en Taakstelling zijn beveiligd, dus Inrichten kan daar niets veranderen\. Er is niets gewijzigd\./);
    expect(sheetProtectedMessage(["Activiteiten", "Metingen"], "bundle", "en")).toMatch(/^The worksheets Activiteiten and Metingen are protected, so Bundle cannot/);
  });
});
