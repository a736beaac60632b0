import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import { checkThroughExcel } from "../../src/excel/gateway";
import { createOfficeGlobals } from "../fake-excel";
import { hostFromSnapshot, hostWithActivities } from "./seedSample";

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };
const REQUEST = { today: "2025-06-15", lang: "nl" as const };

describe("the check through Office.js, against the in-memory host", () => {
  it("finds exactly what the CLI finds on the sample workbook", async () => {
    const { snapshot } = await readWorkbookFile(join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx"));
    const host = hostFromSnapshot(snapshot);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const viaExcel = await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST);
    const viaFile = checkWorkbook(snapshot, REQUEST);
    const key = (f: { rule: string; sheet: string; cell: string | null }) => `${f.rule} ${f.sheet}!${f.cell}`;
    expect(viaExcel.findings.map(key)).toEqual(viaFile.findings.map(key));
    expect(viaExcel.quota).toEqual(viaFile.quota);
  });

  it.each([10, 1_000, 10_000])("uses two syncs for %i activity rows", async (rows) => {
    const host = hostWithActivities(rows);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    const report = await checkThroughExcel(Excel.run, CAPABILITIES, REQUEST);
    expect(report.activities.total).toBe(rows);
    expect(host.syncCount).toBe(2);
  });
});
