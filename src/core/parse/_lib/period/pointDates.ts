import type { IsoDate } from "../../isoDate";
import type { PartOfYear, PeriodPoint } from "./types";
import { daysInMonth, formatYmd } from "../calendar";

/** [start month, start day, end month, end day] of each named part; documented on `PartOfYear`. */
const PART_BOUNDS = new Map<string, readonly [number, number, number, number]>([
  ["begin", [1, 1, 3, 31]],
  ["eerste-helft", [1, 1, 6, 30]],
  ["medio", [6, 1, 7, 31]],
  ["tweede-helft", [7, 1, 12, 31]],
  ["eind", [10, 1, 12, 31]],
  ["voorjaar", [3, 1, 5, 31]],
  ["zomer", [6, 1, 8, 31]],
  ["najaar", [9, 1, 11, 30]],
  ["Q1", [1, 1, 3, 31]],
  ["Q2", [4, 1, 6, 30]],
  ["Q3", [7, 1, 9, 30]],
  ["Q4", [10, 1, 12, 31]],
]);
const WHOLE_YEAR = [1, 1, 12, 31] as const;

function bounds(year: number, part: PartOfYear | undefined): readonly [number, number, number, number] | null {
  if (part === undefined) return WHOLE_YEAR;
  if (typeof part === "string") return PART_BOUNDS.get(part) ?? null;
  if (part === null || typeof part !== "object") return null;
  const m = part.month;
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  if (part.day === undefined) return [m, 1, m, daysInMonth(year, m)];
  const d = part.day;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(year, m) ? [m, d, m, d] : null;
}

/** First day of a point; `null` for a malformed point. */
export function pointStart(p: PeriodPoint): IsoDate | null {
  const b = bounds(p.year, p.part);
  return b ? formatYmd(p.year, b[0], b[1]) : null;
}

/** Last day of a point; `null` for a malformed point. */
export function pointEnd(p: PeriodPoint): IsoDate | null {
  const b = bounds(p.year, p.part);
  return b ? formatYmd(p.year, b[2], b[3]) : null;
}
