import type { ParsedTable } from "../model/parsedTable";
import type { Settings } from "../model/settings";
import type { IsoDate } from "../parse/isoDate";
import { STATUSES } from "../schema/lists";
import { activityTimings, isClosed, updatedBefore } from "./activityTiming";

export interface ActivityOverview {
  total: number;
  /** Count per list status; rows whose status is empty or not in the list count as `Onbekend`. */
  byStatus: Record<string, number>;
  overdue: number;
  stale: number;
}

export function activityOverview(table: ParsedTable | undefined, settings: Settings, referenceDate: IsoDate): ActivityOverview {
  const byStatus: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  let unknown = 0;
  let overdue = 0;
  let stale = 0;
  const rows = table?.filledRows ?? [];
  const timings = table ? activityTimings(table) : null;
  for (let r = 0; r < rows.length; r++) {
    const index = rows[r].index;
    const status = timings!.statuses[index];
    if (status) byStatus[status]++;
    else unknown++;
    // The status read once for all three counts.
    if (isClosed(status)) continue;
    const due = timings!.dueDates[index];
    if (due !== null && due < referenceDate) overdue++;
    if (updatedBefore(timings!.updated[index], settings, referenceDate)) stale++;
  }
  if (unknown > 0) byStatus.Onbekend = unknown;
  return { total: rows.length, byStatus, overdue, stale };
}
