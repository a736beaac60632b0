import type { ParsedTable } from "../model/parsedTable";
import { halfYearEnd, halfYearLabel, halfYearOfIso, type HalfYear } from "../parse/halfYear";
import type { IsoDate } from "../parse/isoDate";
import type { CountOrRange } from "../parse/parseCountOrRange";
import type { YearMonth } from "../parse/parseMonth";
import type { QuotaLedger, QuotaPeriod } from "./quotaTable";
import { expectedShortfall } from "./shortfall";

export interface QuotaProjection {
  /** The running half-year at the reference date, `2025-H1`. */
  period: string;
  /** The peilmoment that closes it: 1 January or 1 July. */
  peilmoment: IsoDate;
  /** Computed due of that half-year; null when an earlier balance is unknown. */
  due: number | null;
  /** Due as the workbook states it. */
  statedDue: number | null;
  /** Housed so far in the half-year, when filled in. */
  realised: number | null;
  /** Planned housings still to come in the half-year (ranges at their minimum). */
  planned: number;
  plannedMax: number;
  /** Expected backlog at the peilmoment against the computed due. */
  shortfall: number | null;
  /** The same against the stated due. */
  shortfallStated: number | null;
  /** The row of the half-year in Taakstelling. */
  row: number;
}

function inHalfYear(month: YearMonth, half: HalfYear): boolean {
  return month.year === half.year && (half.half === 1 ? month.month <= 6 : month.month >= 7);
}

/**
 * What the monthly plan (`tblPlanning`) leaves at the next peilmoment. When housings so far are
 * filled in for the running half-year, only months after the reference date's month still count.
 */
export function quotaProjection(ledger: QuotaLedger, plan: ParsedTable | undefined, referenceDate: IsoDate): QuotaProjection | null {
  const half = halfYearOfIso(referenceDate);
  if (!half || !plan) return null;
  const label = halfYearLabel(half);
  const period: QuotaPeriod | undefined = ledger.periods.find((p) => p.label === label);
  if (!period) return null;
  const currentMonth = Number(referenceDate.slice(5, 7));
  const planned: CountOrRange[] = [];
  for (const row of plan.filledRows) {
    const month = row.value<YearMonth>("month");
    const count = row.value<CountOrRange>("count");
    if (!month || !count || !inHalfYear(month, half)) continue;
    if (period.housed !== null && month.month <= currentMonth) continue;
    planned.push(count);
  }
  const realised = period.housed ?? 0;
  const low = (due: number | null) => (due === null ? null : expectedShortfall(due, realised, planned, "min").shortfall);
  const minimum = expectedShortfall(0, 0, planned, "min").planned;
  const maximum = expectedShortfall(0, 0, planned, "max").planned;
  return {
    period: label,
    peilmoment: halfYearEnd(half),
    due: period.due,
    statedDue: period.statedDue,
    realised: period.housed,
    planned: minimum,
    plannedMax: maximum,
    shortfall: low(period.due),
    shortfallStated: low(period.statedDue),
    row: period.row.row,
  };
}
