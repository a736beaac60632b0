import type { IsoDate } from "./isoDate";
import { pointEnd, pointStart } from "./_lib/period/pointDates";
import type { Period } from "./_lib/period/types";

export type { PartOfYear, Period, PeriodKind, PeriodPoint, PeriodSegment, Recurrence } from "./_lib/period/types";

/**
 * @name periodStartDate
 * @summary The first day the period covers: the start of its `start` point (1 January, or the start of
 * the part of the year); `null` when the period has no start.
 *
 * @example
 * periodStartDate({ kind: "jaar", start: { year: 2026, part: "eind" }, end: { year: 2026, part: "eind" } }) //=> "2026-10-01"
 * @example
 * periodStartDate({ kind: "jaarlijks", start: null, end: null, recurrence: "jaarlijks" }) //=> null
 */
export function periodStartDate(p: Period): IsoDate | null {
  if (!p || typeof p !== "object" || !p.start) return null;
  // Parsed periods are shared between the rows that read the same text: work out their dates once.
  let dates = DATES.get(p);
  if (!dates) DATES.set(p, (dates = {}));
  return dates.start === undefined ? (dates.start = pointStart(p.start)) : dates.start;
}

/**
 * @name periodEndDate
 * @summary The last day the period covers: the end of its `end` point (31 December, or the end of the
 * part of the year — `eerste-helft` → 30 June, `Q2` → 30 June, `medio` → 31 July, `eind` → 31 December);
 * `null` for an open end or a period without dates. A `sub` period does not move it.
 *
 * @example
 * periodEndDate({ kind: "bereik", start: { year: 2025 }, end: { year: 2028 } }) //=> "2028-12-31"
 * @example
 * periodEndDate({ kind: "jaar", start: { year: 2026, part: "eerste-helft" }, end: { year: 2026, part: "eerste-helft" } }) //=> "2026-06-30"
 */
export function periodEndDate(p: Period): IsoDate | null {
  if (!p || typeof p !== "object" || !p.end) return null;
  let dates = DATES.get(p);
  if (!dates) DATES.set(p, (dates = {}));
  return dates.end === undefined ? (dates.end = pointEnd(p.end)) : dates.end;
}

/** Start and end dates of periods already asked for; a period is never changed once parsed. */
const DATES = new WeakMap<Period, { start?: IsoDate | null; end?: IsoDate | null }>();
