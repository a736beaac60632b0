/**
 * In-memory Excel host typed by @types/office-js, for adapter tests (jest) and the browser demo (no Node APIs).
 *
 *   const host = new FakeExcelHost();                 // { locale: "en-US", excelApi: "1.13" } to vary
 *   host.addSheet("Blad1", [["Naam"], ["Noord"]]);
 *   const uninstall = installOfficeGlobals(host);     // or: const { Excel } = createOfficeGlobals(host)
 *   await adapter.readSnapshot();                     // code under test calls Excel.run
 *   expect(host.syncCount).toBe(1);
 *   expect(host.cell("Blad1", "A2").value).toBe("Noord");
 *   uninstall();
 */

export { FakeExcelHost, WEB_PAYLOAD_LIMIT, type CellInfo, type FakeExcelHostOptions, type InjectedFault, type SeedOptions, type TableInfo } from "./host";
export { createOfficeGlobals, installOfficeGlobals, type OfficeGlobals, type OfficeGlobalsOptions } from "./globals";
export { FakeOfficeError } from "./errors";
