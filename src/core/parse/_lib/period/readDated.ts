import type { Period, PeriodPoint } from "./types";
import { isPlausibleYear } from "../yearBounds";
import { PART_SOURCE, POINT_SOURCE, RANGE_SEPARATOR_SOURCE } from "./patterns";
import { pointEnd, pointStart } from "./pointDates";
import { readPartOfYear, readPoint } from "./readPoint";

const P = "(" + POINT_SOURCE + ")";
const SINCE = new RegExp(
  "^(?:vanaf|v\\.a\\.?|per|met\\s+ingang\\s+van|m\\.i\\.v\\.?)\\s+" + P + "(?:\\s+(?:en\\s+verder|en\\s+daarna|en\\s+later|e\\.v\\.?))?$",
);
const ONWARDS = new RegExp(
  "^(?:voor\\s+|in\\s+|van\\s+)?" + P + "\\s*(?:en\\s+verder|en\\s+daarna|en\\s+later|en\\s+volgende(?:\\s+jaren)?|e\\.v\\.?|-)$",
);
const UNTIL = new RegExp("^(?:t\\/m|tot\\s+en\\s+met|uiterlijk|-)\\s*" + P + "$");
const RANGE = new RegExp(
  "^(?:van\\s+|vanaf\\s+|(?:in\\s+)?(?:de\\s+)?periode\\s+|gedurende\\s+|in\\s+)?" + P + RANGE_SEPARATOR_SOURCE + P + "$",
);
const PARTS_OF_ONE_YEAR = new RegExp(
  "^(?:in\\s+|van\\s+)?(" + PART_SOURCE + ")" + RANGE_SEPARATOR_SOURCE + "(" + PART_SOURCE + ")\\s+(?:van\\s+)?(\\d{4})$",
);
const YEAR_LIST = /^(?:in\s+)?(\d{4})((?:\s*,\s*\d{4})*)\s+en\s+(\d{4})$/;
const LIST_SEPARATOR = /\s*,\s*/;
const SINGLE = new RegExp("^(?:in\\s+|gedurende\\s+|tijdens\\s+|in\\s+het\\s+jaar\\s+)?" + P + "$");

/** A timing key with dates only (kinds `jaar`, `bereik`, `open`), or `null`. */
export function readDated(key: string): Period | null {
  let m = RANGE.exec(key);
  if (m) return range(readPoint(m[1]), readPoint(m[2]));
  m = SINGLE.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    return point && { kind: "jaar", start: point, end: copy(point) };
  }
  m = SINCE.exec(key) ?? ONWARDS.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    return point && { kind: "open", start: point, end: null };
  }
  m = UNTIL.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    return point && { kind: "bereik", start: null, end: point };
  }
  m = PARTS_OF_ONE_YEAR.exec(key);
  if (m) return range(readPartOfYear(m[1], +m[3]), readPartOfYear(m[2], +m[3]));
  m = YEAR_LIST.exec(key);
  if (m) return consecutiveYears(m);
  return null;
}

function range(start: PeriodPoint | null, end: PeriodPoint | null): Period | null {
  if (!start || !end) return null;
  const s1 = pointStart(start);
  const s2 = pointStart(end);
  const e1 = pointEnd(start);
  const e2 = pointEnd(end);
  // A reversed range (`2028 - 2025`) is still read as written: the rule planning-end-before-start reports it.
  if (!s1 || !s2 || !e1 || !e2) return null;
  return { kind: "bereik", start, end };
}

/** `2025 en 2026`, `2025, 2026 en 2027`: only years that follow each other form a range. */
function consecutiveYears(m: RegExpExecArray): Period | null {
  const first = +m[1];
  let previous = first;
  if (m[2]) {
    for (const text of m[2].split(LIST_SEPARATOR)) {
      if (text === "") continue;
      if (+text !== previous + 1) return null;
      previous = +text;
    }
  }
  const last = +m[3];
  if (last !== previous + 1 || !isPlausibleYear(first) || !isPlausibleYear(last)) return null;
  return { kind: "bereik", start: { year: first }, end: { year: last } };
}

function copy(point: PeriodPoint): PeriodPoint {
  if (point.part === undefined) return { year: point.year };
  return { year: point.year, part: typeof point.part === "object" ? { month: point.part.month } : point.part };
}
