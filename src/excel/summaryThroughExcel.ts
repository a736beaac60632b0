import type { HostError } from "./officeError";
import { checkModel, type CheckReport } from "../core/engine/checkWorkbook";
import { buildModel, type WorkbookModel } from "../core/model/workbookModel";
import { buildRequestSheet } from "../core/summary/buildRequestSheet";
import { buildSummary } from "../core/summary/buildSummary";
import type { SummaryOptions } from "../core/summary/summaryContext";
import type { ExcelRun, SummaryPreview, SummaryRequest } from "./gateway";
import { readSnapshot } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";
import { writeSummarySheet } from "./writeSummary";

const GENERATOR = "Beleidsmonitor 0.1.0";

/** Local time as the summary prints it; the adapter reads the clock so the core never does. */
function localNow(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

interface Checked {
  report: CheckReport;
  model: WorkbookModel;
  sheetNames: string[];
}

/** The check the summary is built from, plus every sheet name: three round trips. */
function checkForSummary(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest): Promise<Checked> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const model = buildModel(await readSnapshot(context, { mergedAreas: false, platform: capabilities.platform }));
    const report = checkModel(model, { today: request.today, lang: request.lang });
    return { report, model, sheetNames: sheets.items.map((s) => s.name) };
  });
}

function options(request: SummaryRequest, lang = request.lang): SummaryOptions {
  return { meetingDate: request.meetingDate, generatedAt: localNow(), generator: GENERATOR, lang };
}

export async function previewSummary(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest): Promise<SummaryPreview> {
  const { report, model, sheetNames } = await checkForSummary(run, capabilities, request);
  const nl = buildSummary(report, model, options(request, "nl"));
  const en = buildSummary(report, model, options(request, "en"));
  return {
    sheetName: nl.name,
    exists: sheetNames.some((name) => name.toLowerCase() === nl.name.toLowerCase()),
    sections: nl.sections.map((section, i) => ({ nl: section.title, en: en.sections[i]?.title ?? section.title })),
    openErrors: report.counts.error,
    openWarnings: report.counts.warning,
  };
}

/** Writes `BO <date>` (and the request sheet when asked); an existing sheet is replaced only when the user confirmed. */
export async function writeSummary(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest): Promise<{ sheetName: string; layoutError?: HostError }> {
  const { report, model } = await checkForSummary(run, capabilities, request);
  const written = await writeSummarySheet(run, capabilities, buildSummary(report, model, options(request)), { replace: request.replace });
  if (request.requestSheet) await writeSummarySheet(run, capabilities, buildRequestSheet(report, model, options(request)));
  return written.extras ? { sheetName: written.sheetName } : { sheetName: written.sheetName, layoutError: written.extrasError };
}
