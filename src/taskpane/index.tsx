// The task pane's start: the only place in src/taskpane that touches Office. Everything below App
// gets the workbook through the WorkbookGateway it is handed.
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/officeGateway";
import { officeCapabilities } from "../excel/requirements";
import { langFromDisplayLanguage } from "./i18n/strings";
import { PaneRoot } from "./PaneRoot";
import { themeFor, type OfficeThemeInfo } from "./theme";

/** Office's theme where the host has one (not every host or platform does). */
function officeTheme(): OfficeThemeInfo | undefined {
  return "officeTheme" in Office.context ? Office.context.officeTheme : undefined;
}

function forcedColors(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const gateway = createOfficeGateway(Excel.run, officeCapabilities());
  createRoot(container).render(<PaneRoot gateway={gateway} lang={lang} theme={themeFor(officeTheme(), forcedColors())} />);
});
