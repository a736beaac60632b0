import type { ParsedRow } from "../model/parsedTable";
import type { DutchNumber } from "../parse/parseDutchNumber";

/** How a percentage was written: as a fraction (0,079 or `7,9%`) or in percentage points (7,9 with unit %). */
export type PercentNotation = "fraction" | "points";

export interface ScaledValue {
  value: number;
  notation?: PercentNotation;
}

/** An indicator is a percentage when its unit says so or its numbers carry a `%` (typed or as number format). */
export function isPercentIndicator(row: ParsedRow): boolean {
  if (row.text("unit").includes("%")) return true;
  for (const key of ["baseline", "target"]) {
    if (row.value<DutchNumber>(key)?.percent) return true;
    if ((row.format(key) ?? "").includes("%")) return true;
  }
  return false;
}

/**
 * A number of an indicator on one scale: percentages as fractions (7,9 % → 0,079), whether typed
 * `7,9%`, stored 0,079 with a % format, or written 7,9 under unit %.
 */
export function scaledValue(row: ParsedRow, key: string, percent: boolean): ScaledValue | null {
  const parsed = row.value<DutchNumber>(key);
  if (!parsed) return null;
  if (!percent) return { value: parsed.value };
  if (parsed.percent || (row.format(key) ?? "").includes("%")) return { value: parsed.value, notation: "fraction" };
  if (Math.abs(parsed.value) > 1) return { value: parsed.value / 100, notation: "points" };
  return { value: parsed.value, notation: "fraction" };
}

/** Baseline and target of an indicator row on one scale; null when either cannot be read. */
export function baselineAndTarget(row: ParsedRow): { baseline: number; target: number } | null {
  const percent = isPercentIndicator(row);
  const baseline = scaledValue(row, "baseline", percent)?.value;
  const target = scaledValue(row, "target", percent)?.value;
  return baseline === undefined || target === undefined ? null : { baseline, target };
}
