import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { checkThroughExcel } from "../../src/excel/checkThroughExcel";
import { createOfficeGlobals, WEB_PAYLOAD_LIMIT } from "../fake-excel";
import { partnerHost } from "./partnerHost";
import { hostFromSnapshot, hostWithActivities } from "./seedSample";

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };
const WEB = { ...CAPABILITIES, platform: "web" as const };
const SAMPLE = join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx");
const REQUEST = { today: "2025-06-15", lang: "nl" as const };

const findingKey = (f: { rule: string; sheet: string; cell: string | null }) => `${f.rule} ${f.sheet}!${f.cell}`;

/** The same snapshot checked through Office.js (seeded into the in-memory host) and as a file. */
async function checkBothWays(snapshot: WorkbookSnapshot) {
  const { Excel } = createOfficeGlobals(hostFromSnapshot(snapshot), { excelApi: "1.20" });
  return { viaExcel: await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST), viaFile: checkWorkbook(snapshot, REQUEST) };
}

describe("the check through Office.js, against the in-memory host", () => {
  it("finds exactly what the CLI finds on the sample workbook", async () => {
    const { snapshot } = await readWorkbookFile(SAMPLE);
    const { viaExcel, viaFile } = await checkBothWays(snapshot);
    expect(viaExcel.findings.map(findingKey)).toEqual(viaFile.findings.map(findingKey));
    expect(viaExcel.quota).toEqual(viaFile.quota);
  });

  it("reads a shown totals row as a totals row, not as an activity (the same findings as the file's reader)", async () => {
    const { snapshot } = await readWorkbookFile(SAMPLE);
    const sheet = snapshot.sheets.find((s) => s.name === "Activiteiten")!;
    sheet.values.push(["Totaal", null, null, null, null, null, null, null, null, null, null, null, 38]);
    const table = snapshot.tables.find((t) => t.name === "tblActiviteiten")!;
    table.address = "A1:O40";
    table.totalsRowCount = 1;
    const { viaExcel, viaFile } = await checkBothWays(snapshot);
    expect(viaExcel.findings.map(findingKey)).toEqual(viaFile.findings.map(findingKey));
    expect(viaExcel.findings.filter((f) => f.sheet === "Activiteiten" && /^[A-Z]+40$/.test(f.cell ?? "")).map((f) => `${f.rule} ${f.cell}`)).toEqual(["totals-row A40"]);
    expect(viaExcel.activities.total).toBe(38);
  });

  it.each([10, 1_000, 10_000])("uses three syncs on desktop Excel for %i activity rows", async (rows) => {
    const host = hostWithActivities(rows);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const report = await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST);
    expect(report.activities.total).toBe(rows);
    expect(host.syncCount).toBe(3);
  });

  it("stays under Excel on the web's 5 MB per answer: three syncs for an ordinary workbook, more only past the limit", async () => {
    const counts: number[] = [];
    for (const rows of [10, 1_000, 12_000]) {
      const host = hostWithActivities(rows, { platform: "web" });
      const { Excel } = createOfficeGlobals(host);
      const report = await checkThroughExcel(Excel.run, WEB, REQUEST);
      expect(report.activities.total).toBe(rows);
      expect(host.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
      counts.push(host.syncCount);
    }
    expect(counts.slice(0, 2)).toEqual([3, 3]);
    expect(counts[2]).toBeGreaterThan(3);
  });

  it("reads the data, not the rectangle: a stray value at XFD1048576 costs a few probes, on desktop and on the web", async () => {
    const { snapshot } = await readWorkbookFile(SAMPLE);
    const plain = checkWorkbook(snapshot, REQUEST);
    for (const platform of ["desktop", "web"] as const) {
      const host = hostFromSnapshot(snapshot, { platform });
      host.put("Planning", "XFD1048576", "verdwaald");
      const { Excel } = createOfficeGlobals(host);
      const report = await checkThroughExcel(Excel.run, { ...CAPABILITIES, platform }, REQUEST);
      expect(report.findings.filter((f) => f.sheet !== "Planning").length).toBe(plain.findings.filter((f) => f.sheet !== "Planning").length);
      expect(report.quota).toEqual(plain.quota);
      expect(host.syncCount).toBeLessThanOrEqual(7);
      if (platform === "web") expect(host.largestResponse).toBeLessThan(200_000);
    }
  });

  it("never reads merged areas, so a check leaves the user's undo history alone on desktop Excel (office-js#5918)", async () => {
    // A partner's workbook: plain ranges with merged title rows, where the check used to read merged areas.
    const host = partnerHost();
    const { Excel } = createOfficeGlobals(host);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Activiteiten").getRange("Z1").values = [["eigen werk"]];
      await context.sync();
    });
    await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST);
    expect(host.undoLog.clears).toEqual([]);
    expect(host.undoStack).toHaveLength(1);
  });

  it("reads the dates of a workbook in the 1904 date system right", async () => {
    for (const date1904 of [false, true]) {
      const host = hostWithActivities(3, { date1904, settings: [["Peildatum", "2025-06-15"]] });
      const { Excel } = createOfficeGlobals(host);
      const report = await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST);
      expect(report).toMatchObject({ referenceDate: "2025-06-15", referenceDateSource: "workbook" });
    }
  });
});
