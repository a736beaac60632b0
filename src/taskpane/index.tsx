// The task pane's start: the only place in src/taskpane that touches Office. Everything below App
// gets the workbook through the WorkbookGateway it is handed.
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { createOfficeGateway } from "../excel/officeGateway";
import { officeCapabilities } from "../excel/requirements";
import { App } from "./App";
import { langFromDisplayLanguage } from "./i18n/strings";
import { themeFor, type OfficeThemeInfo } from "./theme";

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
  createRoot(container).render(
    <FluentProvider theme={themeFor(officeTheme(), forcedColors())}>
      <App gateway={gateway} lang={lang} today={localToday()} />
    </FluentProvider>,
  );
});
