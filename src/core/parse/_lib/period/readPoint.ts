import type { PeriodPoint } from "./types";
import { formatYmd } from "../calendar";
import { monthFromName, MONTH_WORD_SOURCE } from "../monthNames";
import { isPlausibleYear } from "../yearBounds";
import { PART_SOURCE } from "./patterns";
import { readPart } from "./readPart";

const PART_THEN_YEAR = new RegExp("^(?:(" + PART_SOURCE + ")\\s*(?:van\\s+)?(?:het\\s+jaar\\s+)?)?(\\d{4})$");
const YEAR_THEN_PART = /^(\d{4})\s*-?\s*(q[1-4]|h[12])$/;
const DAY_MONTH_NAME = new RegExp("^(\\d{1,2})(?:e|ste|de)?\\s+(" + MONTH_WORD_SOURCE + ")\\s+(\\d{4})$");
const DAY_MONTH_NUMBER = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/** A day as a point (`1 juli 2026`, `1-7-2026`), or `null` when it is no date of the calendar. */
function readDay(text: string): PeriodPoint | null {
  const named = DAY_MONTH_NAME.exec(text);
  const numbered = named ? null : DAY_MONTH_NUMBER.exec(text);
  if (!named && !numbered) return null;
  const [day, month, year] = named ? [+named[1], monthFromName(named[2]), +named[3]] : [+numbered![1], +numbered![3], +numbered![4]];
  if (!isPlausibleYear(year) || formatYmd(year, month, day) === null) return null;
  return { year, part: { month, day } };
}

/** A matched `POINT_SOURCE` text as a point: `2026`, `eind 2026`, `de eerste helft van 2026`, `2026-Q2`. */
export function readPoint(text: string): PeriodPoint | null {
  const day = readDay(text);
  if (day) return day;
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
