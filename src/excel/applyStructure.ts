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

/**
 * Plans again on the current workbook and applies every action in one batch: four round trips in all.
 * With ExcelApi 1.20 the run is one undo step; otherwise the previous state of everything it changes is
 * captured first, for `revertStructure`.
 */
export function applyStructure(run: ExcelRun, capabilities: HostCapabilities, lang: Lang): Promise<StructureRun> {
  const batch = async (context: Excel.RequestContext): Promise<StructureRun> => {
    const { snapshot, plan, probe } = await readPlan(context, capabilities, lang, !capabilities.undoGroup);
    let syncs = SNAPSHOT_SYNCS + FACT_SYNCS;
    const undo = capabilities.undoGroup ? "excel-undo" : "revert-snapshot";
    const revert = capabilities.undoGroup || plan.actions.length === 0 ? null : revertSteps(plan.actions, { snapshot, capture: probe.capture, canResize: capabilities.mergedAreas });
    if (plan.actions.length) {
      queueStructureActions(context, plan.actions, lang);
      await context.sync();
      syncs++;
    }
    return { result: { applied: plan.changes, undo, syncs }, revert };
  };
  return capabilities.undoGroup ? run({ mergeUndoGroup: true }, batch) : run(batch);
}

/** Takes a run back from its captured steps, in one batch. */
export function revertStructure(run: ExcelRun, steps: readonly RevertStep[]): Promise<void> {
  return run(async (context) => {
    queueRevert(context, steps);
    await context.sync();
  });
}
