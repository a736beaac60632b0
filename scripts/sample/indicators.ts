/**
 * The figures of the indicator block on the Indicatoren sheet, computed from the sample data with the
 * core's `indicatorProgress`: they are stored as the results of the block's formulas, so a colleague
 * without the add-in sees what BM.VOORTGANG and BM.STATUS give.
 *
 * The cells are read as the functions read them: numbers as they are, Dutch text numbers with
 * `parseDutchNumber` ("7,9%" is 0,079), no unit scaling (that is the check's job, which reports mixed
 * notation); a text that is not a number makes the function return #VALUE!.
 */
import { indicatorProgress } from "../../src/core/indicators/progress";
import { parseDutchNumber } from "../../src/core/parse/parseDutchNumber";
import { parseYear } from "../../src/core/parse/parseYear";
import { DIRECTIONS, type Direction } from "../../src/core/schema/lists";
import { STATUS_WORDS } from "../../src/functions/functions";
import type { SampleRow } from "./data";

export interface IndicatorBlockRow {
  id: string;
  /** The latest measurement (highest year, the last row of that year) and its year; null without one. */
  latest: number | null;
  latestYear: number | null;
  /** Number format of the measurement cell, for the block. */
  latestFormat: string | undefined;
  /** BM.VOORTGANG inside IFERROR(...; ""): empty where progress has no meaning or cannot be computed. */
  progress: number | "";
  /** BM.STATUS: a Dutch status word, or the error the function returns. */
  status: string | { error: "#VALUE!" };
}

class Unreadable extends Error {}

function number(raw: unknown): number | null {
  if (typeof raw === "number") return raw;
  const parsed = parseDutchNumber(typeof raw === "string" ? raw : null);
  if (parsed.ok) return parsed.value.value;
  if (parsed.reason === "invalid") throw new Unreadable(parsed.text);
  return null;
}

function year(raw: unknown): number | null {
  const parsed = parseYear(typeof raw === "number" || typeof raw === "string" ? raw : null);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === "invalid") throw new Unreadable(parsed.text);
  return null;
}

function direction(raw: unknown): Direction | null {
  return DIRECTIONS.find((d) => typeof raw === "string" && d.toLowerCase() === raw.trim().toLowerCase()) ?? null;
}

/** What MAXIFS + LOOKUP in the block find for an indicator: its highest year, and the last row of that year. */
function latestMeasurement(id: string, measurements: readonly SampleRow[]): SampleRow | null {
  const own = measurements.filter((m) => String(m.Indicator).toLowerCase() === id.toLowerCase() && typeof m.Jaar === "number");
  if (own.length === 0) return null;
  const maxYear = Math.max(...own.map((m) => m.Jaar as number));
  return own.filter((m) => m.Jaar === maxYear).pop() ?? null;
}

export function indicatorBlock(indicators: readonly SampleRow[], measurements: readonly SampleRow[], marginPercent: number): IndicatorBlockRow[] {
  return indicators.map((row) => {
    const id = String(row.ID);
    const measurement = latestMeasurement(id, measurements);
    const latest = measurement ? number(measurement.Waarde) : null;
    const latestYear = measurement ? (measurement.Jaar as number) : null;
    const latestFormat = measurement?._opmaak?.Waarde ?? row._opmaak?.Nulmeting;
    try {
      const baseline = number(row.Nulmeting);
      const target = number(row.Streefwaarde);
      const result = indicatorProgress({
        direction: direction(row.Richting),
        baseline,
        baselineYear: year(row["Nulmeting jaar"]),
        target,
        targetYear: year(row.Streefjaar),
        latest,
        latestYear,
        marginPercent,
      });
      return { id, latest, latestYear, latestFormat, progress: result.progress ?? "", status: STATUS_WORDS.nl[result.status] };
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      return { id, latest, latestYear, latestFormat, progress: "", status: { error: "#VALUE!" } };
    }
  });
}
