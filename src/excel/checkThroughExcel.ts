import { checkWorkbook, type CheckReport } from "../core/engine/checkWorkbook";
import type { CheckRequest, ExcelRun } from "./gateway";
import { readSnapshot } from "./readSnapshot";
import type { HostCapabilities } from "./requirements";

/** The check part of the Office.js gateway; the full gateway composes this with the writers. */
export function checkThroughExcel(run: ExcelRun, capabilities: HostCapabilities, request: CheckRequest): Promise<CheckReport> {
  return run(async (context) => {
    // Never the merged areas: that read clears the user's undo history on desktop Excel (office-js#5918).
    const snapshot = await readSnapshot(context, { mergedAreas: false, platform: capabilities.platform });
    return checkWorkbook(snapshot, request);
  });
}
