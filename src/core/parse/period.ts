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
  return datesOf(p).start;
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
  return datesOf(p).end;
}

/**
 * @name periodDates
 * @summary `periodStartDate` and `periodEndDate` at once: for code that asks both of thousands of rows.
 *
 * @example
 * periodDates({ kind: "bereik", start: { year: 2025 }, end: { year: 2028 } }) //=> { start: "2025-01-01", end: "2028-12-31" }
 */
export function periodDates(p: Period): PeriodDates {
  if (!p || typeof p !== "object") return NO_DATES;
  return datesOf(p);
}

export interface PeriodDates {
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
}

const NO_DATES: PeriodDates = Object.freeze({ start: null, end: null });

/** Parsed periods are shared between the rows that read the same text: their dates are worked out once. */
function datesOf(p: Period): PeriodDates {
  let dates = DATES.get(p);
  if (!dates) DATES.set(p, (dates = Object.freeze({ start: p.start ? pointStart(p.start) : null, end: p.end ? pointEnd(p.end) : null })));
  return dates;
}

/** Start and end dates of periods already asked for; a period is never changed once parsed. */
const DATES = new WeakMap<Period, PeriodDates>();
