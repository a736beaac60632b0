import { checkModel, type CheckOptions, type CheckReport } from "../engine/checkWorkbook";
import { buildModel, type WorkbookModel } from "../model/workbookModel";
import type { WorkbookSnapshot } from "../snapshot";
import { recordState, type RecordOptions } from "./recordState";
import type { RecordedState } from "./types";

/**
 * A workbook's state as it is now, for a comparison (`source: "workbook"`): the snapshot checked and
 * recorded in one go. Adapters that already hold the model and report call `recordState` instead.
 *
 * @example
 * stateOfWorkbook(snapshot, { today: "2025-11-20" }, { meetingDate: null, recordedAt: "2025-11-20T09:00", generator: "Beleidsmonitor 0.2.0" })
 */
export function stateOfWorkbook(snapshot: WorkbookSnapshot, check: CheckOptions, record: RecordOptions): { state: RecordedState; model: WorkbookModel; report: CheckReport } {
  const model = buildModel(snapshot);
  const report = checkModel(model, check);
  // Without a meeting date of its own, the workbook's Datum bestuurlijk overleg says which meeting it was made for.
  const meetingDate = record.meetingDate ?? model.settings.meetingDate;
  return { state: recordState(model, report, { ...record, meetingDate }), model, report };
}
