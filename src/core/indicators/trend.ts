import type { Direction } from "../schema/lists";

/** How the latest measurement moved: judged against the direction when there is one, else only up or down. */
export type Trend = "beter" | "slechter" | "gelijk" | "hoger" | "lager";

/**
 * The trend from the previous measurement (or the baseline, when the latest is the first) to the latest.
 * `Toename`/`Minimaal` want up, `Afname`/`Maximaal` down, `Gelijk` wants to stay near the baseline.
 *
 * @example
 * indicatorTrend("Afname", 0.46, 0.47, 0.46) //=> "slechter"
 */
export function indicatorTrend(direction: Direction | null, from: number | null, latest: number | null, baseline: number | null): Trend | null {
  if (from === null || latest === null) return null;
  if (Math.abs(latest - from) < 1e-12) return "gelijk";
  const up = latest > from;
  switch (direction) {
    case "Toename":
    case "Minimaal":
      return up ? "beter" : "slechter";
    case "Afname":
    case "Maximaal":
      return up ? "slechter" : "beter";
    case "Gelijk":
      if (baseline === null) return up ? "hoger" : "lager";
      return Math.abs(latest - baseline) <= Math.abs(from - baseline) ? "beter" : "slechter";
    default:
      return up ? "hoger" : "lager";
  }
}
