import { selectThroughExcel, type ExcelRun, type WorkbookGateway } from "./gateway";
import { clearHighlight, highlight } from "./highlight";
import type { HostCapabilities } from "./requirements";
import { readSettings, writeSettings, writeSummaryChoice } from "./settingsStore";
import type { RevertStep } from "./structureRevert";
import { bundleMethods } from "./bundleGateway";
import { writeControlSheet } from "./writeControlSheet";

// The check (with every rule), Inrichten and the summary are loaded when first used: the pane's first screen
// stays small.
const checking = () => import(/* webpackChunkName: "controleren" */ "./checkThroughExcel");
const structure = () => import(/* webpackChunkName: "inrichten" */ "./applyStructure");
const summary = () => import(/* webpackChunkName: "samenvatting" */ "./summaryThroughExcel");

/**
 * The task pane's workbook through Office.js. Every method is one `Excel.run` (two for a summary) with
 * a constant number of round trips. The revert steps of the last *Inrichten* run live here, in memory:
 * they are lost when the pane reloads, as the pane tells the user.
 */
export function createOfficeGateway(run: ExcelRun, capabilities: HostCapabilities): WorkbookGateway {
  let lastRevert: RevertStep[] | null = null;
  return {
    capabilities,
    check: async (request) => (await checking()).checkThroughExcel(run, capabilities, request),
    select: (sheet, cell) => selectThroughExcel(run, sheet, cell),
    highlight: (findings, lang) => highlight(run, capabilities, findings, lang),
    clearHighlight: (lang) => clearHighlight(run, lang),
    writeControlSheet: (findings, lang, ruleNames) => writeControlSheet(run, findings, lang, ruleNames),
    planStructure: async (lang) => (await structure()).previewStructure(run, capabilities, lang),
    async applyStructure(lang) {
      // The revert steps arrive before anything is written, so a batch that fails half-way can be taken back.
      const { result, revert } = await (await structure()).applyStructure(run, capabilities, lang, (steps) => {
        lastRevert = steps;
      });
      lastRevert = result.applied.some((change) => !change.skipped) ? revert : null;
      return result;
    },
    async revertStructure() {
      if (!lastRevert) return false;
      await (await structure()).revertStructure(run, lastRevert);
      lastRevert = null;
      return true;
    },
    canRevert: () => lastRevert !== null,
    readSettings: () => readSettings(run, capabilities),
    writeSettings: (values, paneLang) => writeSettings(run, capabilities, values, paneLang),
    readSummaryChoice: async () => (await summary()).readSummaryChoice(run, capabilities),
    writeSummaryChoice: (choice, paneLang) => writeSummaryChoice(run, capabilities, choice, paneLang),
    previewSummary: async (request) => (await summary()).previewSummary(run, capabilities, request),
    writeSummary: async (request) => (await summary()).writeSummary(run, capabilities, request),
    ...bundleMethods(run, capabilities),
  };
}
