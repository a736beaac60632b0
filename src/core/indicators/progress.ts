import type { Direction } from "../schema/lists";

export type IndicatorStatus = "behaald" | "op-koers" | "achter" | "niet-behaald" | "onbekend";

/** Why a status is `onbekend`. */
export type UnknownReason =
  | "geen-richting"
  | "geen-nulmeting"
  | "geen-nulmetingjaar"
  | "geen-streefwaarde"
  | "geen-streefjaar"
  | "geen-meting"
  | "richting-tegenstrijdig"
  | "streefwaarde-gelijk-aan-nulmeting";

export interface ProgressInput {
  direction: Direction | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  latest: number | null;
  latestYear: number | null;
  /** `Marge op koers (%)`: a percentage of |T − B| (or of |B| for `Gelijk`). */
  marginPercent: number;
}

/** A `Maximaal`/`Minimaal` target: a level the baseline already met (`keep`) or one still to reach. */
export type BoundKind = "keep" | "reach";

export interface ProgressResult {
  status: IndicatorStatus;
  /** (M − B) / (T − B) for Toename/Afname with a number and for a level to reach; null where progress has no meaning. */
  progress: number | null;
  /** The straight line from (y₀, B) to (y₁, T) at the measurement year. */
  expected: number | null;
  reason?: UnknownReason;
  /** For `Maximaal`/`Minimaal` with a baseline: whether the bound is a level to keep or to reach. */
  bound?: BoundKind;
}

const unknown = (reason: UnknownReason): ProgressResult => ({ status: "onbekend", progress: null, expected: null, reason });

/**
 * The value on the straight line from the baseline to the target at a given year,
 * clamped to the target after the target year.
 *
 * @example
 * expectedValue(100, 2024, 140, 2028, 2026) //=> 120
 */
export function expectedValue(baseline: number, baselineYear: number, target: number, targetYear: number, year: number): number {
  if (targetYear <= baselineYear || year >= targetYear) return target;
  if (year <= baselineYear) return baseline;
  return baseline + ((target - baseline) * (year - baselineYear)) / (targetYear - baselineYear);
}

/** Progress as a fraction (0,6 is 60 %); null when target equals baseline. */
export function progressFraction(baseline: number, target: number, latest: number): number | null {
  if (target === baseline) return null;
  return (latest - baseline) / (target - baseline);
}

/** Toename with a target below the baseline, or Afname with one above it. */
export function contradictsDirection(direction: Direction, baseline: number, target: number): boolean {
  return (direction === "Toename" && target < baseline) || (direction === "Afname" && target > baseline);
}

/**
 * `Maximaal`/`Minimaal` before the bound is met: a **level to keep** when the baseline already met it
 * (it slipped: `achter`), a **level to reach** when it did not (judged on the straight line, as
 * `Toename`/`Afname`). Never `niet-behaald` before the target year has passed.
 */
function boundStatus(direction: "Maximaal" | "Minimaal", input: ProgressInput): ProgressResult {
  const { baseline, target, latest } = input;
  if (target === null) return unknown("geen-streefwaarde");
  if (latest === null) return unknown("geen-meting");
  const meets = (value: number) => (direction === "Maximaal" ? value <= target : value >= target);
  const bound: BoundKind | undefined = baseline === null ? undefined : meets(baseline) ? "keep" : "reach";
  const progress = bound === "reach" ? progressFraction(baseline!, target, latest) : null;
  const withBound = (result: ProgressResult): ProgressResult => (bound ? { ...result, bound } : result);
  if (meets(latest)) return withBound({ status: "behaald", progress, expected: null });
  const { baselineYear, targetYear, latestYear } = input;
  const year = latestYear ?? baselineYear;
  if (targetYear === null) return withBound({ status: "niet-behaald", progress, expected: null });
  // From here the verdict depends on the year, so `expected` is set: BM.STATUS needs a measurement year then.
  if (year !== null && year > targetYear) return withBound({ status: "niet-behaald", progress, expected: target });
  if (bound === undefined) return unknown("geen-nulmeting");
  if (bound === "keep") return withBound({ status: "achter", progress: null, expected: target });
  if (baselineYear === null || year === null) return withBound({ ...unknown("geen-nulmetingjaar"), progress });
  return withBound(lineStatus(direction === "Maximaal" ? -1 : 1, baseline!, baselineYear, target, targetYear, latest, year, input.marginPercent));
}

/** On course when at or beyond the straight line from (y₀, B) to (y₁, T) at `year`, or within the margin of it. */
function lineStatus(sign: 1 | -1, baseline: number, baselineYear: number, target: number, targetYear: number, latest: number, year: number, marginPercent: number): ProgressResult {
  const progress = progressFraction(baseline, target, latest);
  const expected = expectedValue(baseline, baselineYear, target, targetYear, year);
  const margin = (marginPercent / 100) * Math.abs(target - baseline);
  const onCourse = sign * (latest - expected) >= -margin - 1e-9;
  return { status: onCourse ? "op-koers" : "achter", progress, expected };
}

function steadyStatus(input: ProgressInput): ProgressResult {
  const { baseline, latest } = input;
  if (baseline === null) return unknown("geen-nulmeting");
  if (latest === null) return unknown("geen-meting");
  const within = Math.abs(latest - baseline) <= (input.marginPercent / 100) * Math.abs(baseline);
  return { status: within ? "behaald" : "niet-behaald", progress: null, expected: null };
}

function trendStatus(direction: "Toename" | "Afname", input: ProgressInput): ProgressResult {
  const { baseline, target, latest } = input;
  if (baseline === null) return unknown("geen-nulmeting");
  const sign = direction === "Toename" ? 1 : -1;
  if (target === null) {
    if (latest === null) return unknown("geen-meting");
    return { status: sign * (latest - baseline) > 0 ? "op-koers" : "achter", progress: null, expected: null };
  }
  if (contradictsDirection(direction, baseline, target)) return unknown("richting-tegenstrijdig");
  if (target === baseline) return unknown("streefwaarde-gelijk-aan-nulmeting");
  if (latest === null) return unknown("geen-meting");
  const progress = progressFraction(baseline, target, latest);
  if (sign * (latest - target) >= 0) return { status: "behaald", progress, expected: target };
  const { baselineYear, targetYear, latestYear } = input;
  if (baselineYear === null) return { ...unknown("geen-nulmetingjaar"), progress };
  if (targetYear === null) return { ...unknown("geen-streefjaar"), progress };
  const year = latestYear ?? baselineYear;
  if (year > targetYear) return { status: "niet-behaald", progress, expected: expectedValue(baseline, baselineYear, target, targetYear, year) };
  return lineStatus(sign, baseline, baselineYear, target, targetYear, latest, year, input.marginPercent);
}

/**
 * Indicator progress and status exactly as `workbook-format.md` defines them.
 * Missing data gives `onbekend` with the missing item named — never 0 %.
 *
 * @example
 * indicatorProgress({ direction: "Toename", baseline: 100, baselineYear: 2024, target: 140,
 *   targetYear: 2028, latest: 118, latestYear: 2026, marginPercent: 10 })
 * //=> { status: "op-koers", progress: 0.45, expected: 120 }
 */
export function indicatorProgress(input: ProgressInput): ProgressResult {
  switch (input.direction) {
    case "Toename":
    case "Afname":
      return trendStatus(input.direction, input);
    case "Maximaal":
    case "Minimaal":
      return boundStatus(input.direction, input);
    case "Gelijk":
      return steadyStatus(input);
    default:
      return unknown("geen-richting");
  }
}
