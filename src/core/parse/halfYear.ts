import type { IsoDate } from "./isoDate";
import { formatYmd } from "./_lib/calendar";

/** A taakstellingsperiode: the first (January–June) or second (July–December) half of a year. */
export interface HalfYear {
  year: number;
  half: 1 | 2;
}

const ISO_YEAR_MONTH = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * @name halfYearLabel
 * @summary The compact label used in the workbook's `Periode` column.
 * @example
 * halfYearLabel({ year: 2024, half: 2 }) //=> "2024-H2"
 */
export function halfYearLabel(h: HalfYear): string {
  return `${h.year}-H${h.half}`;
}

/**
 * @name halfYearDutch
 * @summary The half-year as Dutch text for messages and summaries.
 * @example
 * halfYearDutch({ year: 2024, half: 2 }) //=> "2e helft 2024"
 */
export function halfYearDutch(h: HalfYear): string {
  return `${h.half === 1 ? "1e" : "2e"} helft ${h.year}`;
}

/**
 * @name nextHalfYear
 * @summary The half-year that follows.
 * @example
 * nextHalfYear({ year: 2024, half: 2 }) //=> { year: 2025, half: 1 }
 */
export function nextHalfYear(h: HalfYear): HalfYear {
  return h.half === 1 ? { year: h.year, half: 2 } : { year: h.year + 1, half: 1 };
}

/**
 * @name compareHalfYears
 * @summary Negative when `a` comes first, 0 when equal, positive when `b` comes first; fit for `sort`.
 * @example
 * compareHalfYears({ year: 2024, half: 2 }, { year: 2025, half: 1 }) //=> -1
 */
export function compareHalfYears(a: HalfYear, b: HalfYear): number {
  const diff = a.year * 2 + a.half - (b.year * 2 + b.half);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/**
 * @name halfYearOfIso
 * @summary The half-year a date falls in; `null` for a text that is not a `YYYY-MM-DD` date.
 * @example
 * halfYearOfIso("2024-07-01") //=> { year: 2024, half: 2 }
 */
export function halfYearOfIso(iso: IsoDate): HalfYear | null {
  const match = typeof iso === "string" ? ISO_YEAR_MONTH.exec(iso) : null;
  if (!match || formatYmd(+match[1], +match[2], +match[3]) === null) return null;
  return { year: +match[1], half: +match[2] <= 6 ? 1 : 2 };
}

/**
 * @name halfYearStart
 * @summary The first day of the half-year.
 * @example
 * halfYearStart({ year: 2025, half: 2 }) //=> "2025-07-01"
 */
export function halfYearStart(h: HalfYear): IsoDate {
  return `${String(h.year).padStart(4, "0")}-${h.half === 1 ? "01" : "07"}-01`;
}

/**
 * @name halfYearEnd
 * @summary The peilmoment that closes the half-year: 1 July for the first half, 1 January of the next
 * year for the second (the day after its last day, when the balance is measured).
 * @example
 * halfYearEnd({ year: 2025, half: 1 }) //=> "2025-07-01"
 * @example
 * halfYearEnd({ year: 2024, half: 2 }) //=> "2025-01-01"
 */
export function halfYearEnd(h: HalfYear): IsoDate {
  return halfYearStart(nextHalfYear(h));
}
