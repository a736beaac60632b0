import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { DutchNumber } from "../parse/parseDutchNumber";
import type { CountOrRange } from "../parse/parseCountOrRange";
import type { YearMonth } from "../parse/parseMonth";

/** One month of the plan (`tblPlanning`): the planned count over all actions, and what was realised. */
export interface PlanMonth {
  month: YearMonth;
  /** Planned over all actions; ranges at their low and high end. */
  planned: { min: number; max: number };
  /**
   * Realised in that month: the sum of the filled `Gerealiseerd` cells (per action, or once per month);
   * null while none of the month's rows has one.
   */
  realised: number | null;
  /** The month's first row, where a finding about the month points. */
  firstRow: ParsedRow;
}

/** `2025-01`. */
export function monthKey(month: YearMonth): string {
  return `${month.year}-${String(month.month).padStart(2, "0")}`;
}

/** The plan per month, in month order; rows whose month cannot be read are left out (a rule reports them). */
export function planMonths(plan: ParsedTable | undefined): PlanMonth[] {
  const byMonth = new Map<string, PlanMonth>();
  for (const row of plan?.filledRows ?? []) {
    const month = row.value<YearMonth>("month");
    if (!month) continue;
    const key = monthKey(month);
    let entry = byMonth.get(key);
    if (!entry) {
      entry = { month, planned: { min: 0, max: 0 }, realised: null, firstRow: row };
      byMonth.set(key, entry);
    }
    const count = row.value<CountOrRange>("count");
    if (count) {
      entry.planned.min += count.min;
      entry.planned.max += count.max;
    }
    const realised = row.value<DutchNumber>("realised");
    if (realised) entry.realised = (entry.realised ?? 0) + realised.value;
  }
  return [...byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
