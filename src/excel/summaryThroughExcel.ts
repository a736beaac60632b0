import { sinceLastMeeting, type SinceLastMeeting } from "../core/compare/sinceLastMeeting";
import { checkModel, type CheckReport } from "../core/engine/checkWorkbook";
import { buildModel, type WorkbookModel } from "../core/model/workbookModel";
import type { Lang } from "../core/rules/types";
import { recordState } from "../core/state/recordState";
import { planStateWrite, previousState, readStoredStates, type StateSheetWrite } from "../core/state/stateSheet";
import { buildRequestSheet } from "../core/summary/buildRequestSheet";
import { buildSummary } from "../core/summary/buildSummary";
import { sinceAsPrinted } from "../core/summary/sinceAsPrinted";
import { choiceCandidates, choiceFromSettings } from "../core/summary/summaryChoice";
import type { SummaryOptions } from "../core/summary/summaryContext";
import type { ExcelRun, SummaryChoiceOptions, SummaryPreview, SummaryRequest, SummaryWritten } from "./gateway";
import { readSnapshot, readWorkbook, RESPONSE_BUDGET } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";
import { isStateSheet, stateReading } from "./stateRead";
import { queueStateSheet, stateBlocks, stateTrips } from "./stateWrites";
import { writeSummarySheet, type StateRows } from "./writeSummary";

const GENERATOR = "Beleidsmonitor 0.1.0";
/** The share of the content's round trip a recorded state may take on the web; a larger one gets trips of its own. */
const STATE_SHARE = 4;

/** Local time as the summary prints it; the adapter reads the clock so the core never does. */
function localNow(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

interface Prepared {
  report: CheckReport;
  model: WorkbookModel;
  sheetNames: string[];
  /** What *Sinds het vorige overleg* shows: the comparison with the state recorded for the previous meeting. */
  since: SinceLastMeeting;
  /** Where the state of this summary goes on the state sheet. */
  plan: StateSheetWrite;
  /** *Werkmap beveiligen* (structure) is on: no sheet can be added. */
  structureProtected: boolean;
  generatedAt: string;
  syncs: number;
}

/** A protected workbook structure refuses new sheets: said in words, never as Excel's bare `AccessDenied`. */
export class StructureProtectedError extends Error {
  readonly code = "StructureProtected";
}

const PROTECTED: Record<Lang, string> = {
  nl: "De werkmapstructuur is beveiligd, dus er kan geen blad bij. Zet de beveiliging uit (Controleren > Werkmap beveiligen) en maak de samenvatting opnieuw.",
  en: "The workbook's structure is protected, so no sheet can be added. Turn the protection off (Review > Protect Workbook) and make the summary again.",
};

/**
 * The check the summary is built from, the recorded state it compares with and the sheet names, in the check's
 * three round trips: the state sheet's row is read with the rest (docs/vastgelegde-stand.md). With `prepareStateSheet`
 * the state sheet is then added and made very hidden (or hidden again) in one more round trip, outside any undo group.
 */
function prepare(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest, prepareStateSheet: boolean): Promise<Prepared> {
  return run(async (context) => {
    // Goes with the first round trip of the read below.
    const protection = capabilities.structureProtection ? context.workbook.protection.load("protected") : null;
    const read = await readWorkbook(context, { mergedAreas: false, platform: capabilities.platform, states: stateReading({ before: request.meetingDate }) });
    const structureProtected = protection?.protected === true;
    const model = buildModel(read.snapshot);
    const report = checkModel(model, { today: request.today, lang: request.lang });
    const generatedAt = localNow();
    const now = recordState(model, report, { meetingDate: request.meetingDate, recordedAt: generatedAt, generator: GENERATOR });
    const since = sinceLastMeeting(previousState(readStoredStates(read.snapshot), request.meetingDate), now);
    const plan = planStateWrite(read.snapshot, now);
    let syncs = read.syncs;
    if (prepareStateSheet && !structureProtected) {
      const visibility = read.sheets.find((s) => isStateSheet(s.name))?.visibility ?? null;
      if (queueStateSheet(context, plan, visibility)) {
        await context.sync();
        syncs++;
      }
    }
    return { report, model, sheetNames: read.sheets.map((s) => s.name), since, plan, structureProtected, generatedAt, syncs };
  });
}

function options(request: SummaryRequest, prepared: Prepared, lang = request.lang): SummaryOptions {
  return { meetingDate: request.meetingDate, generatedAt: prepared.generatedAt, generator: GENERATOR, lang, since: prepared.since, ...(request.choice ? { choice: request.choice } : {}) };
}

/** The view's starting point, in one read: the workbook's language, the choice in Instellingen, what there is to choose. */
export function readSummaryChoice(run: ExcelRun, capabilities: HostCapabilities): Promise<SummaryChoiceOptions> {
  return run(async (context) => {
    const model = buildModel(await readSnapshot(context, { mergedAreas: false, platform: capabilities.platform }));
    return { lang: model.settings.language, choice: choiceFromSettings(model).choice, ...choiceCandidates(model) };
  });
}

/** The state row in blocks within the web's request limit: what fits goes with the summary's content. */
function stateRows(plan: StateSheetWrite, capabilities: HostCapabilities): StateRows {
  const budget = RESPONSE_BUDGET[capabilities.platform ?? "desktop"];
  const blocks = stateBlocks(plan, budget / STATE_SHARE);
  const inline = [];
  let bytes = 0;
  while (inline.length < blocks.length && bytes + blocks[inline.length].bytes <= budget / STATE_SHARE) bytes += blocks[inline.length++].bytes;
  return { inline: blocks.slice(0, inline.length), trips: stateTrips(blocks.slice(inline.length), budget) };
}

export async function previewSummary(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest): Promise<SummaryPreview> {
  const prepared = await prepare(run, capabilities, request, false);
  const { report, model, sheetNames } = prepared;
  const nl = buildSummary(report, model, options(request, prepared, "nl"));
  const en = buildSummary(report, model, options(request, prepared, "en"));
  // The pane's *Wat is er veranderd* follows the same choice as the printed section.
  const printed = sinceAsPrinted(report, model, { ...options(request, prepared), since: prepared.since });
  return {
    sheetName: nl.name,
    exists: sheetNames.some((name) => name.toLowerCase() === nl.name.toLowerCase()),
    sections: nl.sections.map((section, i) => ({ nl: section.title, en: en.sections[i]?.title ?? section.title })),
    openErrors: report.counts.error,
    openWarnings: report.counts.warning,
    since: printed.since,
    sinceGroups: printed.groups,
    sinceIncluded: printed.included,
    structureProtected: prepared.structureProtected,
  };
}

/**
 * Writes `BO <date>` (and the request sheet when asked); an existing sheet is replaced only when the user confirmed.
 * The state the summary shows is recorded on the very hidden state sheet, in the same batch and undo group as the
 * summary: read (three round trips), the state sheet added the first time (one), the summary and its state (three).
 */
export async function writeSummary(run: ExcelRun, capabilities: HostCapabilities, request: SummaryRequest): Promise<SummaryWritten> {
  const prepared = await prepare(run, capabilities, request, true);
  if (prepared.structureProtected) throw new StructureProtectedError(PROTECTED[request.lang]);
  const { report, model, plan } = prepared;
  const written = await writeSummarySheet(run, capabilities, buildSummary(report, model, options(request, prepared)), { replace: request.replace, state: stateRows(plan, capabilities) });
  if (request.requestSheet) await writeSummarySheet(run, capabilities, buildRequestSheet(report, model, options(request, prepared)));
  const result: SummaryWritten = { sheetName: written.sheetName, syncs: prepared.syncs + written.syncs };
  return written.extras ? result : { ...result, layoutError: written.extrasError };
}
