/**
 * The task pane's Office.js path through the in-memory host, for one size in its own process: a check
 * (read the workbook in one batch, run the engine) and writing the Controle sheet with its findings.
 * Prints CPU milliseconds and syncs of each step as one line of JSON.
 *
 *   node_modules/.bin/ts-node --transpile-only -O '{"module":"commonjs","moduleResolution":"node"}' scripts/bench/controlChild.ts 10000
 */
import { checkThroughExcel } from "../../src/excel/checkThroughExcel";
import { writeControlSheet } from "../../src/excel/writeControlSheet";
import { createOfficeGlobals } from "../../tests/fake-excel";
import { hostFromSnapshot } from "../../tests/excel/seedSample";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateWorkbook } = require("./generateWorkbook") as { generateWorkbook: (rows: number) => import("../../src/core/snapshot").WorkbookSnapshot };

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };

/** CPU milliseconds since `start`: on a shared machine wall time mostly measures the others. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const host = hostFromSnapshot(generateWorkbook(rows));
  const { Excel } = createOfficeGlobals(host, { excelApi: "1.20" });
  let start = process.cpuUsage();
  const report = await checkThroughExcel(Excel.run, CAPABILITIES, { today: "2025-06-15", lang: "nl" });
  const checkMs = cpuMsSince(start);
  const checkSyncs = host.syncCount;
  host.syncCount = 0;
  start = process.cpuUsage();
  await writeControlSheet(Excel.run, report.findings, "nl");
  const controlMs = cpuMsSince(start);
  const written = host.cell("Controle", `A${report.findings.length + 1}`).value;
  if (written === null || written === "") throw new Error("het Controle-blad mist de laatste bevinding");
  process.stdout.write(JSON.stringify({ rows, findings: report.findings.length, checkMs, checkSyncs, controlMs, controlSyncs: host.syncCount, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
