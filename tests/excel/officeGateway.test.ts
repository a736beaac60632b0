import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { detectCapabilities } from "../../src/excel/requirements";
import { createOfficeGlobals, type FakeExcelHost } from "../fake-excel";
import { partnerHost } from "./partnerHost";
import { hostFromSnapshot } from "./seedSample";

function gatewayFor(host: FakeExcelHost, excelApi: string) {
  const { Excel, Office } = createOfficeGlobals(host, { excelApi });
  return createOfficeGateway(Excel.run, detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version)));
}

describe("the Office.js gateway", () => {
  it("structures, checks, marks and lists findings on a partner's workbook", async () => {
    const host = partnerHost();
    const gateway = gatewayFor(host, "1.20");
    expect((await gateway.planStructure("nl")).upToDate).toBe(false);
    const result = await gateway.applyStructure("nl");
    expect(result.undo).toBe("excel-undo");
    expect(gateway.canRevert()).toBe(false);
    expect(await gateway.revertStructure()).toBe(false);
    const report = await gateway.check({ today: "2025-06-15", lang: "nl" });
    expect(report.findings.length).toBeGreaterThan(0);
    await gateway.highlight(report.findings, "nl");
    expect(await gateway.writeControlSheet(report.findings, "nl")).toEqual({ sheetName: "Controle", keptUserSheet: false });
    await gateway.clearHighlight("nl");
    await gateway.select("Activiteiten", "G5");
    expect(host.selection).toBe("Activiteiten!G5");
  });

  it("offers Terugdraaien for the last run where Excel's undo group is missing", async () => {
    const host = partnerHost();
    const before = host.snapshotState();
    const gateway = gatewayFor(host, "1.13");
    expect((await gateway.applyStructure("en")).undo).toBe("revert-snapshot");
    expect(gateway.canRevert()).toBe(true);
    expect(await gateway.revertStructure()).toBe(true);
    expect(gateway.canRevert()).toBe(false);
    expect(host.snapshotState()).toEqual(before);
  });

  it("reads and writes the settings", async () => {
    const host = partnerHost();
    const gateway = gatewayFor(host, "1.20");
    await gateway.applyStructure("nl");
    await gateway.writeSettings({ referenceDate: "2025-06-01", staleDays: 30, marginPercent: 5, lang: "en" }, "nl");
    expect(await gateway.readSettings()).toEqual({ referenceDate: "2025-06-01", staleDays: 30, marginPercent: 5, lang: "en" });
  });

  it("previews and writes the summary for the bestuurlijk overleg", async () => {
    const { snapshot } = await readWorkbookFile(join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx"));
    const host = hostFromSnapshot(snapshot);
    const gateway = gatewayFor(host, "1.20");
    const request = { meetingDate: "2025-06-26", lang: "nl" as const, today: "2025-06-15", replace: false, requestSheet: true };
    const preview = await gateway.previewSummary(request);
    expect(preview).toMatchObject({ sheetName: "BO 2025-06-26", exists: false });
    expect(preview.sections.length).toBeGreaterThan(0);
    expect(preview.sections[0].en).not.toBe("");
    expect(await gateway.writeSummary(request)).toEqual({ sheetName: "BO 2025-06-26", syncs: expect.any(Number) });
    expect(host.sheetNames()).toContain("BO 2025-06-26");
    expect((await gateway.previewSummary(request)).exists).toBe(true);
  });
});
