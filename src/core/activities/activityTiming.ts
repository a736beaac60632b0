import type { CellValue } from "../cell";
import { parsedValue, trimmedText, type ParsedRow, type ParsedTable } from "../model/parsedTable";
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
  return statusOfText(row.text("status"));
}

function statusOfText(text: string): Status | null {
  return STATUS_BY_KEY.get(normalizeText(text)) ?? null;
}

/** Every row's status (what `activityStatus` gives), read down the column: each distinct cell is looked up once. */
function statusesOf(table: ParsedTable): (Status | null)[] {
  const statuses = new Array<Status | null>(table.rows.length).fill(null);
  const offset = table.offsetOf("status");
  if (offset === undefined) return statuses;
  const byValue = new Map<CellValue | undefined, Status | null>();
  for (let index = 0; index < table.rows.length; index++) {
    const value = table.rows[index].cells[offset];
    let status = byValue.get(value);
    if (status === undefined) byValue.set(value, (status = statusOfText(trimmedText(value))));
    statuses[index] = status;
  }
  return statuses;
}

/** When the activity should be done: its Deadline, else the end of its Planning period. */
export function activityDueDate(row: ParsedRow): IsoDate | null {
  return row.derived(readDueDate);
}

function readDueDate(row: ParsedRow): IsoDate | null {
  // The Planning is only read when there is no Deadline.
  return row.value<IsoDate>("due") || plannedEnd(row.value<Period>("schedule"));
}

function plannedEnd(planned: Period | null): IsoDate | null {
  return planned ? periodEndDate(planned) : null;
}

const CLOSED = new Set<Status>(CLOSED_STATUSES);

/** Gereed or Vervallen: such an activity is never overdue or stale. */
export function isClosed(status: Status | null): boolean {
  return status !== null && CLOSED.has(status);
}

export interface ActivityTimings {
  statuses: readonly (Status | null)[];
  dueDates: readonly (IsoDate | null)[];
  updated: readonly (IsoDate | null)[];
}

const TIMINGS = new WeakMap<ParsedTable, ActivityTimings>();

/**
 * The timing facts of every row of an activities table, by row index (`row.index`): what `activityStatus`,
 * `activityDueDate` and the Laatst bijgewerkt date give per row, read column by column once per table for the
 * rules and counts that ask them of every row.
 */
export function activityTimings(table: ParsedTable): ActivityTimings {
  let timings = TIMINGS.get(table);
  if (timings) return timings;
  const deadlines = table.parsedOf<IsoDate>("due");
  const periods = table.parsedOf<Period>("schedule");
  const updated = table.parsedOf<IsoDate>("updated");
  const dueDates = new Array<IsoDate | null>(table.rows.length);
  const updatedDates = new Array<IsoDate | null>(table.rows.length);
  for (let index = 0; index < table.rows.length; index++) {
    dueDates[index] = parsedValue(deadlines[index]) || plannedEnd(parsedValue(periods[index]));
    updatedDates[index] = parsedValue(updated[index]);
  }
  timings = { statuses: statusesOf(table), dueDates, updated: updatedDates };
  TIMINGS.set(table, timings);
  return timings;
}

/** `isOutdated` for a Laatst bijgewerkt date already read. */
export function updatedBefore(updated: IsoDate | null, settings: Settings, referenceDate: IsoDate): boolean {
  const limit = staleLimit(referenceDate, settings.staleDays);
  return updated !== null && limit !== null && updated < limit;
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
  return updatedBefore(row.value<IsoDate>("updated"), settings, referenceDate);
}

let lastLimit = { referenceDate: "", staleDays: NaN, limit: null as IsoDate | null };

/** The oldest update date that is still fresh; the same for every row of a check, so computed once. */
function staleLimit(referenceDate: IsoDate, staleDays: number): IsoDate | null {
  if (lastLimit.referenceDate !== referenceDate || lastLimit.staleDays !== staleDays) {
    lastLimit = { referenceDate, staleDays, limit: addDays(referenceDate, -staleDays) };
  }
  return lastLimit.limit;
}
