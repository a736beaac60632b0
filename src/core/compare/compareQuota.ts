import { cellAddress } from "../address";
import type { IsoDate } from "../parse/isoDate";
import { QUOTA } from "../schema/tables";
import type { QuotaRecord, QuotaState } from "../state/types";
import { sameNumber } from "./sameValue";
import type { QuotaChange, QuotaChanges } from "./types";

/** The figures of a half-year the comparison follows, with the contract key of their column. */
const FIGURES: { field: "quota" | "housed" | "statedDue" | "statedBalance"; key: string }[] = [
  { field: "quota", key: "quota" },
  { field: "housed", key: "housed" },
  { field: "statedDue", key: "due" },
  { field: "statedBalance", key: "balance" },
];

/** The last day of a half-year label such as `2024-H2`. */
function periodEnd(period: string): IsoDate {
  return `${period.slice(0, 4)}-${period.endsWith("H1") ? "06-30" : "12-31"}`;
}

/** A half-year that had ended by the earlier reference date: its figures are history. */
function closedBy(period: string, referenceDate: IsoDate): boolean {
  return periodEnd(period) < referenceDate;
}

function byPeriod(rows: readonly QuotaRecord[]): { single: Map<string, QuotaRecord>; repeated: Set<string> } {
  const single = new Map<string, QuotaRecord>();
  const repeated = new Set<string>();
  for (const r of rows) {
    if (single.has(r.period)) repeated.add(r.period);
    single.set(r.period, r);
  }
  for (const period of repeated) single.delete(period);
  return { single, repeated };
}

/**
 * The quota ledger then and now: counts that became known, figures of closed half-years that were edited
 * (a red flag: the council and the province have the old ones), half-years added or gone, and the backlog.
 */
export function compareQuota(earlier: QuotaState | null, later: QuotaState | null, earlierReference: IsoDate): QuotaChanges {
  const fromRows = earlier?.rows ?? [];
  const toRows = later?.rows ?? [];
  const sheet = later?.sheet ?? earlier?.sheet ?? QUOTA.sheet;
  const columns = later?.columns ?? {};
  const header = (key: string) => columns[key]?.header ?? earlier?.columns[key]?.header ?? QUOTA.columns.find((c) => c.key === key)!.header;
  const before = byPeriod(fromRows);
  const after = byPeriod(toRows);
  const duplicates = [...new Set([...before.repeated, ...after.repeated])].sort();

  const changed: QuotaChange[] = [];
  const added: QuotaChanges["added"] = [];
  for (const now of [...after.single.values()].sort((a, b) => a.period.localeCompare(b.period))) {
    if (before.repeated.has(now.period)) continue;
    const then = before.single.get(now.period);
    if (!then) {
      added.push({ period: now.period, sheet, row: now.row, cell: columns.period ? cellAddress(now.row, columns.period.index) : null });
      continue;
    }
    for (const { field, key } of FIGURES) {
      const from = then[field];
      const to = now[field];
      if (sameNumber(from, to)) continue;
      const kind = from === null ? "newly-known" : closedBy(now.period, earlierReference) ? "closed-period-edited" : "changed";
      changed.push({ period: now.period, column: header(key), from, to, kind, sheet, cell: columns[key] ? cellAddress(now.row, columns[key].index) : null });
    }
  }
  const removed = [...before.single.values()]
    .filter((then) => !after.single.has(then.period) && !after.repeated.has(then.period))
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((then) => ({ period: then.period, row: then.row, closed: closedBy(then.period, earlierReference) }));

  const opening = earlier && later && !sameNumber(earlier.openingBalance, later.openingBalance) ? { from: earlier.openingBalance, to: later.openingBalance } : null;
  return {
    changed,
    added,
    removed,
    duplicates,
    backlog: { from: earlier?.backlog ?? null, to: later?.backlog ?? null, statedFrom: earlier?.statedBacklog ?? null, statedTo: later?.statedBacklog ?? null },
    openingBalance: opening,
  };
}
