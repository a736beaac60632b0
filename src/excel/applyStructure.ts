import type { Lang } from "../core/rules/types";
import { planStructure } from "../core/structure/planStructure";
import { LISTS_SHEET } from "../core/structure/listsSheet";
import type { StructureAction, StructurePlan } from "../core/structure/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { ExcelRun, StructurePreview, StructureResult } from "./gateway";
import { readWorkbook } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";
import { refuseProtectedSheets } from "./sheetProtection";
import { readStructureFacts, type StructureProbe } from "./structureFacts";
import { queueRevert, revertSteps, type RevertStep } from "./structureRevert";
import { queueStructureActions } from "./structureWrites";

const FACT_SYNCS = 1;

export interface StructureRun {
  result: StructureResult;
  /** How to take the run back when Excel's own undo cannot; null when it can or nothing changed. */
  revert: RevertStep[] | null;
}

interface ReadPlan {
  snapshot: WorkbookSnapshot;
  plan: StructurePlan;
  probe: StructureProbe;
  syncs: number;
}

/** The existing sheet an action writes into; adding, hiding and freezing are not refused by a sheet's protection. */
function writtenSheet(action: StructureAction, snapshot: WorkbookSnapshot): string[] {
  if (action.type === "addSheet" || action.type === "hideSheet" || action.type === "freezeRows") return [];
  if (action.type === "renameTable") return snapshot.tables.filter((t) => t.name === action.from).map((t) => t.sheet);
  return [action.sheet];
}

/**
 * Snapshot, a draft plan without facts (a superset of what will be done), the current formats, validations,
 * panes and widths of the draft's ranges, and the real plan: four round trips for an ordinary workbook.
 */
async function readPlan(context: Excel.RequestContext, capabilities: HostCapabilities, lang: Lang): Promise<ReadPlan> {
  const read = await readWorkbook(context, { mergedAreas: capabilities.mergedAreas, platform: capabilities.platform });
  const options = { lang, dataValidation: capabilities.dataValidation };
  const draft = planStructure(read.snapshot, options);
  refuseProtectedSheets(read.protectedSheets, draft.actions.flatMap((a) => writtenSheet(a, read.snapshot)), "structure", lang);
  const probe = await readStructureFacts(context, draft.actions, { widths: true, sheets: read.sheets.map((s) => s.name) });
  return { snapshot: read.snapshot, plan: planStructure(read.snapshot, { ...options, facts: probe.facts }), probe, syncs: read.syncs + FACT_SYNCS };
}

/** What *Inrichten* would change, for the preview; writes nothing. */
export function previewStructure(run: ExcelRun, capabilities: HostCapabilities, lang: Lang): Promise<StructurePreview> {
  return run(async (context) => {
    const { plan } = await readPlan(context, capabilities, lang);
    return { changes: plan.changes, upToDate: plan.actions.length === 0 };
  });
}

/**
 * The hidden lists sheet is made outside Excel's undo group: hiding a sheet cannot be undone on desktop Excel
 * and clears the user's undo stack from that call on (excel/excel-add-ins-undo-capabilities.md), so done after the
 * group it would wipe the group just recorded. Done first, Ctrl+Z takes back the whole run except this helper sheet.
 */
function onListsSheet(action: StructureAction): boolean {
  return (action.type === "addSheet" || action.type === "writeListsSheet" || action.type === "hideSheet") && action.sheet === LISTS_SHEET;
}

function isUndoNotSupported(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "UndoNotSupported";
}

interface FirstRun {
  plan: StructurePlan;
  revert: RevertStep[] | null;
  /** Left for Excel's undo group. */
  grouped: StructureAction[];
  syncs: number;
}

/**
 * *Inrichten*: reads and plans outside any undo group (reading merged cells clears desktop undo, office-js#5918),
 * captures how to take every change back and hands that to `onRevert` before anything is written.
 *
 * With ExcelApi 1.20 the lists sheet follows in that same run, and everything else in one `mergeUndoGroup` run:
 * one Ctrl+Z takes it back. Should Excel refuse the group (`UndoNotSupported`, office-js#6491), what it did stays,
 * the rest is done without a group, and the pane's *Terugdraaien* takes the whole run back. Without 1.20 the run
 * is one batch with *Terugdraaien*. Six round trips at most for an ordinary workbook.
 */
export async function applyStructure(run: ExcelRun, capabilities: HostCapabilities, lang: Lang, onRevert: (steps: RevertStep[]) => void = () => undefined): Promise<StructureRun> {
  const first = await run(async (context): Promise<FirstRun> => {
    const { snapshot, plan, probe, syncs } = await readPlan(context, capabilities, lang);
    if (plan.actions.length === 0) return { plan, revert: null, grouped: [], syncs };
    const revert = revertSteps(plan.actions, { snapshot, capture: probe.capture, canResize: capabilities.mergedAreas });
    onRevert(revert);
    const grouped = capabilities.undoGroup ? plan.actions.filter((a) => !onListsSheet(a)) : [];
    const now = capabilities.undoGroup ? plan.actions.filter(onListsSheet) : plan.actions;
    if (now.length) {
      queueStructureActions(context, now, lang);
      await context.sync();
    }
    return { plan, revert, grouped, syncs: syncs + (now.length ? 1 : 0) };
  });
  const applied = first.plan.changes;
  if (first.revert === null) return { result: { applied, undo: capabilities.undoGroup ? "excel-undo" : "revert-snapshot", syncs: first.syncs }, revert: null };
  // Only the lists sheet changed, partly in calls Excel cannot undo: the pane's steps are the way back.
  if (first.grouped.length === 0) return { result: { applied, undo: "revert-snapshot", syncs: first.syncs }, revert: first.revert };

  try {
    await run({ mergeUndoGroup: true }, async (context) => {
      queueStructureActions(context, first.grouped, lang);
      await context.sync();
    });
    return { result: { applied, undo: "excel-undo", syncs: first.syncs + 1 }, revert: null };
  } catch (error) {
    if (!isUndoNotSupported(error)) throw error;
  }
  const rest = await run(async (context) => {
    const { plan, syncs } = await readPlan(context, capabilities, lang);
    if (plan.actions.length) {
      queueStructureActions(context, plan.actions, lang);
      await context.sync();
    }
    return syncs + (plan.actions.length ? 1 : 0);
  });
  return { result: { applied, undo: "revert-snapshot", syncs: first.syncs + 1 + rest }, revert: first.revert };
}

/** Takes a run back from its captured steps, in one batch. */
export function revertStructure(run: ExcelRun, steps: readonly RevertStep[]): Promise<void> {
  return run(async (context) => {
    queueRevert(context, steps);
    await context.sync();
  });
}
