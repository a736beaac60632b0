import type { WorkbookModel } from "../model/workbookModel";
import type { ParsedRow } from "../model/parsedTable";
import { DIRECTIONS, type Direction } from "../schema/lists";
import { normalizeText } from "../parse/normalizeText";
import { indicatorProgress, type BoundKind, type ProgressInput, type ProgressResult, type UnknownReason } from "./progress";
import { isPercentIndicator, scaledValue } from "./indicatorValues";

/** One indicator as the reports show it: its figures on one scale (percentages as fractions) and its status. */
export interface IndicatorReport extends Omit<ProgressInput, "marginPercent">, Omit<ProgressResult, "reason" | "bound"> {
  id: string;
  row: number;
  name: string;
  programme: string | null;
  unit: string | null;
  percent: boolean;
  /** Why the status is `onbekend`; null otherwise. */
  reason: UnknownReason | null;
  /** `Maximaal`/`Minimaal`: a level the baseline already met (`keep`) or one still to reach; null otherwise. */
  bound: BoundKind | null;
  /** The measurement before the latest in Metingen (same scale as `latest`), for the trend; null when the latest is the first. */
  previous: number | null;
  previousYear: number | null;
  /** `Bron` of the latest measurement in Metingen, when filled. */
  latestSource: string | null;
}

export interface Measurement {
  row: ParsedRow;
  year: number;
  date: string | null;
}

/** Indicator IDs are compared as a reader would: case and surrounding spaces do not matter. */
export function indicatorKey(id: string): string {
  return id.trim().toLowerCase();
}

/** Measurements per indicator, latest last (by year, then Peildatum, then row). */
export function measurementsByIndicator(model: WorkbookModel): Map<string, Measurement[]> {
  const byIndicator = new Map<string, Measurement[]>();
  for (const row of model.tables.measurements?.filledRows ?? []) {
    const id = row.text("indicator");
    const year = row.value<number>("year");
    if (!id || year === null || row.value("value") === null) continue;
    const list = byIndicator.get(indicatorKey(id)) ?? [];
    list.push({ row, year, date: row.value<string>("date") });
    byIndicator.set(indicatorKey(id), list);
  }
  for (const list of byIndicator.values()) {
    list.sort((a, b) => a.year - b.year || (a.date ?? "").localeCompare(b.date ?? "") || a.row.row - b.row.row);
  }
  return byIndicator;
}

const DIRECTION_BY_KEY = new Map<string, Direction>(DIRECTIONS.map((d) => [normalizeText(d), d]));

/** The list direction a row means, forgiving case and spaces (as the status of an activity). */
export function directionOf(row: ParsedRow): Direction | null {
  return DIRECTION_BY_KEY.get(normalizeText(row.text("direction"))) ?? null;
}

/** Status, progress and the latest value of every indicator, as the check and the summary show them. */
export function indicatorReports(model: WorkbookModel, referenceDate?: string): IndicatorReport[] {
  const table = model.tables.indicators;
  if (!table) return [];
  const measurements = measurementsByIndicator(model);
  const referenceYear = referenceDate ? Number(referenceDate.slice(0, 4)) : Infinity;
  return table.filledRows.map((row) => {
    const percent = isPercentIndicator(row);
    const id = row.text("id");
    const usable = (measurements.get(indicatorKey(id)) ?? []).filter((m) => m.year <= referenceYear);
    const last = usable[usable.length - 1];
    const latest = last ? (scaledValue(last.row, "value", percent)?.value ?? null) : null;
    const before = usable.length > 1 ? usable[usable.length - 2] : undefined;
    const figures = {
      direction: directionOf(row),
      baseline: scaledValue(row, "baseline", percent)?.value ?? null,
      baselineYear: row.value<number>("baselineYear"),
      target: scaledValue(row, "target", percent)?.value ?? null,
      targetYear: row.value<number>("targetYear") ?? row.table.column("target")?.year ?? null,
      latest,
      latestYear: last ? last.year : null,
    };
    const result = indicatorProgress({ ...figures, marginPercent: model.settings.marginPercent });
    return {
      id,
      row: row.row,
      name: row.text("name"),
      programme: row.text("programme") || null,
      unit: row.text("unit") || null,
      percent,
      ...figures,
      status: result.status,
      progress: result.progress,
      expected: result.expected,
      reason: result.reason ?? null,
      bound: result.bound ?? null,
      previous: before ? (scaledValue(before.row, "value", percent)?.value ?? null) : null,
      previousYear: before ? before.year : null,
      latestSource: last ? last.row.text("source") || null : null,
    };
  });
}
