import type { ParsedRow } from "../model/parsedTable";
import type { Settings } from "../model/settings";
import { addDays, type IsoDate } from "../parse/isoDate";
import { periodEndDate, type Period } from "../parse/period";
import { normalizeText } from "../parse/normalizeText";
import { CLOSED_STATUSES, STATUSES, type Status } from "../schema/lists";

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [normalizeText(s), s]));

/** The list status a row means, forgiving case and spaces; null when it is none of them. */
export function activityStatus(row: ParsedRow): Status | null {
  return row.derived(readStatus);
}

function readStatus(row: ParsedRow): Status | null {
  return STATUS_BY_KEY.get(normalizeText(row.text("status"))) ?? null;
}

/** When the activity should be done: its Deadline, else the end of its Planning period. */
export function activityDueDate(row: ParsedRow): IsoDate | null {
  return row.derived(readDueDate);
}

function readDueDate(row: ParsedRow): IsoDate | null {
  const deadline = row.value<IsoDate>("due");
  if (deadline) return deadline;
  const period = row.value<Period>("schedule");
  return period ? periodEndDate(period) : null;
}

/** Gereed or Vervallen: such an activity is never overdue or stale. */
export function isClosed(status: Status | null): boolean {
  return status !== null && CLOSED_STATUSES.includes(status);
}

/** Planning ended before the reference date while the activity is not Gereed or Vervallen. */
export function isOverdue(row: ParsedRow, referenceDate: IsoDate): boolean {
  return !isClosed(activityStatus(row)) && isPastDue(row, referenceDate);
}

/** Not brought up to date within the Signaleringstermijn before the reference date. */
export function isStale(row: ParsedRow, settings: Settings, referenceDate: IsoDate): boolean {
  return !isClosed(activityStatus(row)) && isOutdated(row, settings, referenceDate);
}

/** Its deadline (or the end of its planning) lies before the reference date, whatever its status. */
export function isPastDue(row: ParsedRow, referenceDate: IsoDate): boolean {
  const due = activityDueDate(row);
  return due !== null && due < referenceDate;
}

/** Last updated before the Signaleringstermijn, whatever its status. */
export function isOutdated(row: ParsedRow, settings: Settings, referenceDate: IsoDate): boolean {
  const updated = row.value<IsoDate>("updated");
  const limit = staleLimit(referenceDate, settings.staleDays);
  return updated !== null && limit !== null && updated < limit;
}

let lastLimit = { referenceDate: "", staleDays: NaN, limit: null as IsoDate | null };

/** The oldest update date that is still fresh; the same for every row of a check, so computed once. */
function staleLimit(referenceDate: IsoDate, staleDays: number): IsoDate | null {
  if (lastLimit.referenceDate !== referenceDate || lastLimit.staleDays !== staleDays) {
    lastLimit = { referenceDate, staleDays, limit: addDays(referenceDate, -staleDays) };
  }
  return lastLimit.limit;
}
