import type { Lang } from "../core/rules/types";
import { planStructure } from "../core/structure/planStructure";
import type { StructurePlan } from "../core/structure/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { ExcelRun, StructurePreview, StructureResult } from "./gateway";
import { readSnapshot } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";
import { readStructureFacts, type StructureProbe } from "./structureFacts";
import { queueRevert, revertSteps, type RevertStep } from "./structureRevert";
import { queueStructureActions } from "./structureWrites";

/** `readSnapshot` reads in two round trips whatever the workbook's size. */
const SNAPSHOT_SYNCS = 2;
const FACT_SYNCS = 1;

export interface StructureRun {
  result: StructureResult;
  /** How to take the run back when Excel's own undo cannot (no `mergeUndoGroup`); null when it can or nothing changed. */
  revert: RevertStep[] | null;
}

interface ReadPlan {
  snapshot: WorkbookSnapshot;
  plan: StructurePlan;
  probe: StructureProbe;
}

/**
 * Snapshot, a draft plan without facts (a superset of what will be done), the current formats,
 * validations and panes of the draft's ranges, and the real plan: three round trips.
 */
async function readPlan(context: Excel.RequestContext, capabilities: HostCapabilities, lang: Lang, forRevert: boolean): Promise<ReadPlan> {
  const snapshot = await readSnapshot(context, { mergedAreas: capabilities.mergedAreas });
  const options = { lang, dataValidation: capabilities.dataValidation };
  const draft = planStructure(snapshot, options);
  const probe = await readStructureFacts(context, draft.actions, { widths: forRevert });
  return { snapshot, plan: planStructure(snapshot, { ...options, facts: probe.facts }), probe };
}

/** What *Inrichten* would change, for the preview; writes nothing. */
export function previewStructure(run: ExcelRun, capabilities: HostCapabilities, lang: Lang): Promise<StructurePreview> {
  return run(async (context) => {
    const { plan } = await readPlan(context, capabilities, lang, false);
    return { changes: plan.changes, upToDate: plan.actions.length === 0 };
  });
}

/** Worksheet visibility is not undoable on desktop Excel: inside an undo group it throws UndoNotSupported. */
const outsideUndoGroup = (action: StructurePlan["actions"][number]) => action.type === "hideSheet";

function isUndoNotSupported(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "UndoNotSupported";
}

/**
 * Plans again on the current workbook and applies every action in one batch: four round trips in all.
 * Without ExcelApi 1.20 the previous state of everything it changes is captured first and handed to
 * `onRevert` before anything is written, so even a batch that fails half-way can be taken back.
 */
function applyWithRevert(run: ExcelRun, capabilities: HostCapabilities, lang: Lang, onRevert: (steps: RevertStep[]) => void): Promise<StructureRun> {
  return run(async (context) => {
    const { snapshot, plan, probe } = await readPlan(context, capabilities, lang, true);
    const revert = plan.actions.length === 0 ? null : revertSteps(plan.actions, { snapshot, capture: probe.capture, canResize: capabilities.mergedAreas });
    if (revert) onRevert(revert);
    if (plan.actions.length) {
      queueStructureActions(context, plan.actions, lang);
      await context.sync();
    }
    return { result: { applied: plan.changes, undo: "revert-snapshot", syncs: SNAPSHOT_SYNCS + FACT_SYNCS + (plan.actions.length ? 1 : 0) }, revert };
  });
}

/**
 * With ExcelApi 1.20 the run is one step for Excel's own undo; what desktop Excel cannot undo (hiding the
 * lists sheet) follows in a second, ungrouped run. Should Excel still refuse the group, the run is done
 * the other way, with the pane's own revert steps.
 */
async function applyInUndoGroup(run: ExcelRun, capabilities: HostCapabilities, lang: Lang, onRevert: (steps: RevertStep[]) => void): Promise<StructureRun> {
  let later: StructurePlan["actions"] = [];
  try {
    const grouped = await run({ mergeUndoGroup: true }, async (context) => {
      const { plan } = await readPlan(context, capabilities, lang, false);
      const now = plan.actions.filter((action) => !outsideUndoGroup(action));
      later = plan.actions.filter(outsideUndoGroup);
      if (now.length) {
        queueStructureActions(context, now, lang);
        await context.sync();
      }
      return { applied: plan.changes, syncs: SNAPSHOT_SYNCS + FACT_SYNCS + (now.length ? 1 : 0) };
    });
    if (later.length) {
      await run(async (context) => {
        queueStructureActions(context, later, lang);
        await context.sync();
      });
    }
    return { result: { ...grouped, undo: "excel-undo", syncs: grouped.syncs + (later.length ? 1 : 0) }, revert: null };
  } catch (error) {
    if (!isUndoNotSupported(error)) throw error;
    return applyWithRevert(run, capabilities, lang, onRevert);
  }
}

/** *Inrichten*: applies the plan in one write batch, undoable by Excel (1.20) or by the pane's revert steps. */
export function applyStructure(run: ExcelRun, capabilities: HostCapabilities, lang: Lang, onRevert: (steps: RevertStep[]) => void = () => undefined): Promise<StructureRun> {
  return capabilities.undoGroup ? applyInUndoGroup(run, capabilities, lang, onRevert) : applyWithRevert(run, capabilities, lang, onRevert);
}

/** Takes a run back from its captured steps, in one batch. */
export function revertStructure(run: ExcelRun, steps: readonly RevertStep[]): Promise<void> {
  return run(async (context) => {
    queueRevert(context, steps);
    await context.sync();
  });
}
