import type { PeriodPoint } from "./types";
import { isPlausibleYear } from "../yearBounds";
import { PART_SOURCE } from "./patterns";
import { readPart } from "./readPart";

const PART_THEN_YEAR = new RegExp("^(?:(" + PART_SOURCE + ")\\s*(?:van\\s+)?(?:het\\s+jaar\\s+)?)?(\\d{4})$");
const YEAR_THEN_PART = /^(\d{4})\s*-?\s*(q[1-4]|h[12])$/;

/** A matched `POINT_SOURCE` text as a point: `2026`, `eind 2026`, `de eerste helft van 2026`, `2026-Q2`. */
export function readPoint(text: string): PeriodPoint | null {
  let year: number;
  let partText: string | undefined;
  const before = PART_THEN_YEAR.exec(text);
  if (before) {
    year = +before[2];
    partText = before[1];
  } else {
    const after = YEAR_THEN_PART.exec(text);
    if (!after) return null;
    year = +after[1];
    partText = after[2];
  }
  if (!isPlausibleYear(year)) return null;
  if (partText === undefined) return { year };
  const part = readPart(partText);
  return part === null ? null : { year, part };
}

/** A point with a part given apart from its year (`jan` … `2026` in `jan-mrt 2026`). */
export function readPartOfYear(partText: string, year: number): PeriodPoint | null {
  if (!isPlausibleYear(year)) return null;
  const part = readPart(partText);
  return part === null ? null : { year, part };
}
