// The task pane as it runs in Excel, with one difference: `Office`, `Excel` and `OfficeExtension` come from
// the in-memory host holding the sample workbook instead of from office.js. After the globals are in place,
// the production start-up (src/taskpane/index.tsx) runs unchanged: Office.onReady, the theme, the Office.js
// gateway over Excel.run, the App.
import { hostFromSnapshot } from "../../excel/seedSample";
import { installOfficeGlobals, type FakeExcelHost } from "../../fake-excel";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

/** What the browser test reads back from the page. */
export interface DemoHooks {
  selection(): string | null;
  activeSheet(): string | null;
  sheetNames(): string[];
}

declare global {
  interface Window {
    beleidsmonitorDemo?: DemoHooks;
  }
}

function expose(host: FakeExcelHost): void {
  window.beleidsmonitorDemo = {
    selection: () => host.selection,
    activeSheet: () => host.activeSheetName,
    sheetNames: () => host.sheetNames(),
  };
}

async function start(): Promise<void> {
  // The test converts the sample .xlsx with the CLI's reader and serves it next to this page.
  const response = await fetch("sample-snapshot.json");
  if (!response.ok) throw new Error(`sample-snapshot.json: HTTP ${response.status}`);
  const snapshot = (await response.json()) as WorkbookSnapshot;
  const params = new URLSearchParams(window.location.search);
  const host = hostFromSnapshot(snapshot);
  installOfficeGlobals(host, { displayLanguage: params.get("lang") ?? "nl-NL", excelApi: params.get("excelApi") ?? undefined });
  expose(host);
  await import("../../../src/taskpane/index");
}

start().catch((error: unknown) => {
  console.error("Demo could not start", error);
});
