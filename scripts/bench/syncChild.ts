// Sync count of a check through the Office.js adapter against the in-memory host, per size.
import { checkThroughExcel } from "../../src/excel/gateway";
import { createOfficeGlobals } from "../../tests/fake-excel";
import { hostWithActivities } from "../../tests/excel/seedSample";

async function main(): Promise<void> {
  const results: { rows: number; syncs: number }[] = [];
  for (const rows of [10, 1_000, 10_000, 100_000]) {
    const host = hostWithActivities(rows);
    const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
    await checkThroughExcel(Excel.run, { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true }, { today: "2025-06-15", lang: "nl" });
    results.push({ rows, syncs: host.syncCount });
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

void main();
