import { cellAddress } from "../address";
import { INDICATORS } from "../schema/tables";
import type { IndicatorRecord, RecordedState, StateTable } from "../state/types";
import { matchById } from "./matchById";
import { sameNumber, sameValue } from "./sameValue";
import type { IndicatorChange, IndicatorChanges, MeasurementChange } from "./types";

type Definition = "direction" | "baseline" | "baselineYear" | "target" | "targetYear";
const DEFINITION: Definition[] = ["direction", "baseline", "baselineYear", "target", "targetYear"];
const EMPTY: StateTable<IndicatorRecord> = { sheet: INDICATORS.sheet, columns: {}, rows: [] };

function sameMeasurements(a: IndicatorRecord, b: IndicatorRecord): boolean {
  return a.measurements.length === b.measurements.length && a.measurements.every(([year, value], i) => year === b.measurements[i][0] && sameNumber(value, b.measurements[i][1]));
}

function sameContent(a: IndicatorRecord, b: IndicatorRecord): boolean {
  return a.status === b.status && DEFINITION.every((f) => sameValue(a[f], b[f])) && sameMeasurements(a, b);
}

function measurementChanges(before: IndicatorRecord, after: IndicatorRecord, where: RecordedState["measurements"]): MeasurementChange[] {
  const old = new Map(before.measurements.map(([year, value]) => [year, value]));
  const now = new Map(after.measurements.map(([year, value, row]) => [year, { value, row }]));
  const years = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  const valueColumn = where?.columns.value;
  const changes: MeasurementChange[] = [];
  for (const year of years) {
    const from = old.get(year) ?? null;
    const current = now.get(year);
    const to = current?.value ?? null;
    if (sameNumber(from, to)) continue;
    changes.push({
      id: after.id,
      name: after.name,
      year,
      kind: from === null ? "new" : to === null ? "removed" : "corrected",
      from,
      to,
      percent: after.percent,
      sheet: current && where ? where.sheet : null,
      cell: current && valueColumn ? cellAddress(current.row, valueColumn.index) : null,
    });
  }
  return changes;
}

/** Indicators matched by ID: new or corrected measurements, status changes, changed definitions. */
export function compareIndicators(earlier: RecordedState, later: RecordedState): IndicatorChanges {
  const from = earlier.indicators ?? EMPTY;
  const to = later.indicators ?? { ...EMPTY, sheet: from.sheet };
  const header = (key: string) => to.columns[key]?.header ?? from.columns[key]?.header ?? INDICATORS.columns.find((c) => c.key === key)!.header;
  const cell = (key: string, row: number) => (to.columns[key] ? cellAddress(row, to.columns[key].index) : null);
  const matched = matchById(from.rows, to.rows, (r) => r.id, sameContent);
  const pairs = [...matched.pairs].sort((a, b) => a[1].row - b[1].row);

  const changed: IndicatorChange[] = [];
  for (const [before, after] of pairs) {
    for (const key of DEFINITION) {
      if (sameValue(before[key], after[key])) continue;
      changed.push({ id: after.id, name: after.name, column: header(key), from: before[key], to: after[key], percent: after.percent && (key === "baseline" || key === "target"), sheet: to.sheet, cell: cell(key, after.row) });
    }
  }
  return {
    added: matched.added.sort((a, b) => a.row - b.row).map((r) => ({ id: r.id, name: r.name, sheet: to.sheet, row: r.row, cell: cell("id", r.row) })),
    removed: matched.removed.sort((a, b) => a.row - b.row).map((r) => ({ id: r.id, name: r.name, sheet: from.sheet, row: r.row, cell: null })),
    measurements: pairs.flatMap(([before, after]) => measurementChanges(before, after, later.measurements)),
    statusChanged: pairs
      .filter(([before, after]) => before.status !== after.status)
      .map(([before, after]) => ({
        id: after.id,
        name: after.name,
        from: before.status,
        to: after.status,
        progressFrom: before.progress,
        progressTo: after.progress,
        sheet: to.sheet,
        cell: cell("id", after.row),
      })),
    changed,
    duplicates: matched.ambiguous.map((d) => ({ ...d, sheet: to.sheet, cell: d.toRows.length > 0 ? cell("id", d.toRows[0]) : null })),
  };
}
