import type { Comparison } from "../compare/types";
import type { SummaryContext } from "./summaryContext";

/** Keeps what is not about one of `leftOut`'s IDs. */
function keep<T extends { id: string }>(items: readonly T[], leftOut: ReadonlySet<string>): T[] {
  return leftOut.size === 0 ? [...items] : items.filter((item) => !leftOut.has(item.id));
}

/** IDs of the workbook's rows that the choice leaves out (the rows of a left-out theme or programme). */
function leftOutIds(all: readonly string[], chosen: readonly string[]): Set<string> {
  const inScope = new Set(chosen);
  return new Set(all.filter((id) => id !== "" && !inScope.has(id)));
}

const NO_QUOTA_CHANGES: Comparison["quota"] = {
  changed: [],
  added: [],
  removed: [],
  duplicates: [],
  backlog: { from: null, to: null, statedFrom: null, statedTo: null },
  openingBalance: null,
};

/**
 * *Sinds het vorige overleg* follows the summary's choice: nothing about a section, theme or programme the meeting
 * left out. A left-out section's changes go entirely; within a section, the changes of the rows left out go. What
 * is gone from the workbook has no theme or programme any more and stays, so a removal is never hidden.
 */
export function comparisonInScope(comparison: Comparison, ctx: SummaryContext): Comparison {
  const { shows } = ctx;
  const allActivities = (ctx.model.tables.activities?.filledRows ?? []).map((row) => row.text("id"));
  const activities = shows("activities") ? leftOutIds(allActivities, ctx.activityRows.map((row) => row.text("id"))) : null;
  const indicators = shows("indicators") ? leftOutIds(ctx.report.indicators.map((i) => i.id), ctx.indicators.map((i) => i.id)) : null;
  const a = comparison.activities;
  const i = comparison.indicators;
  return {
    ...comparison,
    activities: activities
      ? { ...a, added: keep(a.added, activities), changed: keep(a.changed, activities), duplicates: keep(a.duplicates, activities) }
      : { added: [], removed: [], changed: [], duplicates: [], withoutId: [] },
    indicators: indicators
      ? { ...i, added: keep(i.added, indicators), measurements: keep(i.measurements, indicators), statusChanged: keep(i.statusChanged, indicators), changed: keep(i.changed, indicators), duplicates: keep(i.duplicates, indicators) }
      : { added: [], removed: [], measurements: [], statusChanged: [], changed: [], duplicates: [] },
    quota: shows("quota") ? comparison.quota : NO_QUOTA_CHANGES,
  };
}

/** The groups a left-out section would bring: not shown at all, rather than as "no changes". */
export function groupInScope(ctx: SummaryContext, group: string): boolean {
  return !(group === "activities" || group === "indicators" || group === "quota") || ctx.shows(group);
}
