import type { Period, PeriodSegment } from "./types";
import { APPROX_SOURCE, plainNumberString, UNSIGNED_NUMBER_SOURCE } from "../numberPatterns";
import { classifyUnit } from "../unitWords";
import { isPlausibleYear } from "../yearBounds";

const WORD = "\\p{L}[\\p{L}\\p{M}.\\/'-]*";
const SEGMENT = new RegExp(
  "\\s*(\\d{4})(?:\\s*(?:-|t\\/m|tot\\s+en\\s+met)\\s*(\\d{4}))?\\s*:\\s*" +
    "(" + APPROX_SOURCE + "\\s*)?(" + UNSIGNED_NUMBER_SOURCE + ")" +
    "((?:\\s*" + WORD + "(?:\\s+" + WORD + ")*)?)" +
    "(\\s*[.,;]?\\s*)",
  "uy",
);
const HINT = /\d{4}\s*:/;

/**
 * A schedule such as `2025: ca. 140 won. 2026 - 2028: ca 80 won.`: years (or a year range) with a colon,
 * a quantity and optional unit words, one after another. The whole text must be segments.
 */
export function readSchema(orig: string, key: string): Period | null {
  if (!HINT.test(key)) return null;
  const segments: PeriodSegment[] = [];
  let first = Infinity;
  let last = -Infinity;
  let position = 0;
  while (position < key.length) {
    SEGMENT.lastIndex = position;
    const m = SEGMENT.exec(key);
    if (!m || m[0].length === 0) return null;
    const [, from, to, approx, digits, unitKey, tail] = m;
    const start = +from;
    const end = to === undefined ? start : +to;
    const quantity = Number(plainNumberString(digits));
    if (!isPlausibleYear(start) || !isPlausibleYear(end) || start > end || !Number.isFinite(quantity)) return null;
    if (classifyUnit(unitKey) === "qualifier") return null;
    const unitStart = m.index + m[0].length - tail.length - unitKey.length;
    const unit = orig.slice(unitStart, unitStart + unitKey.length).trim();
    const segment: PeriodSegment = { start: { year: start }, end: { year: end }, quantity, approx: Boolean(approx) };
    if (unit !== "") segment.unit = unit;
    segments.push(segment);
    if (start < first) first = start;
    if (end > last) last = end;
    position = m.index + m[0].length;
  }
  if (segments.length === 0) return null;
  return { kind: "schema", start: { year: first }, end: { year: last }, segments };
}
