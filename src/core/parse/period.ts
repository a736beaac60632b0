import type { IsoDate } from "./isoDate";
import { pointEnd, pointStart } from "./_lib/period/pointDates";

/**
 * A part of a year named in a timing text. Dates each part covers (see {@link periodStartDate}):
 * `begin` 1 Jan–31 Mar · `eerste-helft` 1 Jan–30 Jun · `medio` (also `half`, `midden`) 1 Jun–31 Jul ·
 * `tweede-helft` 1 Jul–31 Dec · `eind` 1 Oct–31 Dec · `voorjaar` 1 Mar–31 May · `najaar` 1 Sep–30 Nov ·
 * `Q1`–`Q4` the calendar quarters · `{ month }` that month.
 */
export type PartOfYear =
  | "begin" | "eerste-helft" | "medio" | "tweede-helft" | "eind" | "voorjaar" | "najaar"
  | "Q1" | "Q2" | "Q3" | "Q4" | { month: number };

/** A year, or a part of it. */
export interface PeriodPoint {
  year: number;
  part?: PartOfYear;
}

/**
 * `jaar` one year (or part) · `bereik` a range, or only an end (`t/m 2030`) · `open` a start without end ·
 * `jaarlijks` / `terugkerend` a recurrence · `doorlopend` continuous · `gebeurtenis` triggered by an event ·
 * `schema` a schedule with quantities per period.
 */
export type PeriodKind = "jaar" | "bereik" | "open" | "jaarlijks" | "terugkerend" | "doorlopend" | "gebeurtenis" | "schema";

export type Recurrence = "jaarlijks" | "halfjaarlijks" | "per-kwartaal" | "maandelijks" | "per-4-maanden" | "3x-per-jaar";

/** One line of a schedule such as `2026 - 2028: ca 80 won.`. */
export interface PeriodSegment {
  start: PeriodPoint;
  end: PeriodPoint;
  quantity?: number;
  approx?: boolean;
  unit?: string;
}

/** A Planning/Uitvoering text as read by {@link parsePeriod}. */
export interface Period {
  kind: PeriodKind;
  /** `null`: no start stated (`t/m 2030`, `Jaarlijks`). */
  start: PeriodPoint | null;
  /** `null`: open end (`vanaf 2025`) or no dates at all. */
  end: PeriodPoint | null;
  recurrence?: Recurrence;
  /** The event, as typed, for kind `gebeurtenis`: `Bij ieder nieuwbouwproject`. */
  trigger?: string;
  /** Kind `schema`: the lines, in the order typed; `start`/`end` are their envelope. */
  segments?: PeriodSegment[];
  /** As typed: `met de intentie om dit structureel in te zetten`. */
  intention?: string;
  /** A qualified sub-period in parentheses, kept apart from the main `start`/`end`. */
  sub?: { label: string; start: PeriodPoint; end: PeriodPoint };
}

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
