import type { Period, PeriodPoint } from "./types";
import { isoFromDays, daysFromCivil } from "../calendar";
import { isPlausibleYear } from "../yearBounds";
import { DAY_SOURCE, PART_SOURCE, POINT_SOURCE, RANGE_SEPARATOR_SOURCE } from "./patterns";
import { pointEnd, pointStart } from "./pointDates";
import { readPartOfYear, readPoint } from "./readPoint";

const P = "(" + POINT_SOURCE + ")";
const SINCE = new RegExp(
  "^(?:vanaf|v\\.a\\.?|per|met\\s+ingang\\s+van|m\\.i\\.v\\.?)\\s+" + P + "(?:\\s+(?:en\\s+verder|en\\s+daarna|en\\s+later|e\\.v\\.?))?$",
);
const ONWARDS = new RegExp(
  "^(?:voor\\s+|in\\s+|van\\s+)?" + P + "\\s*(?:en\\s+verder|en\\s+daarna|en\\s+later|en\\s+volgende(?:\\s+jaren)?|e\\.v\\.?|-)$",
);
const UNTIL = new RegExp("^(?:t\\/m|tot\\s+en\\s+met|uiterlijk(?:\\s+op|\\s+in)?|niet\\s+later\\s+dan|deadline:?|-)\\s*" + P + "$");
/** `vóór 1 juli 2026`, `voor de zomer van 2027`, `voor 2027`: done before that moment (accents are folded in the key). */
const BEFORE = new RegExp("^(?:(?:ruim\\s+|ergens\\s+|nog\\s+)?voor|uiterlijk\\s+voor|tot)\\s+" + P + "$");
/** `per 1 januari 2026`, `per eind 2025`: in place by then. `per 2026` stays a start (see SINCE). */
const BY = new RegExp("^per\\s+(" + DAY_SOURCE + "|(?:het\\s+)?(?:einde?|ultimo)\\s+(?:van\\s+)?(?:het\\s+jaar\\s+)?\\d{4})$");
/** `2025 tot 2028`: `tot` without `en met` ends before its point. */
const RANGE_UNTIL = new RegExp("^(?:van\\s+|vanaf\\s+)?" + P + "\\s+tot\\s+" + P + "$");
const RANGE = new RegExp(
  "^(?:van\\s+|vanaf\\s+|(?:in\\s+)?(?:de\\s+)?periode\\s+|gedurende\\s+|in\\s+)?" + P + RANGE_SEPARATOR_SOURCE + P + "$",
);
const PARTS_OF_ONE_YEAR = new RegExp(
  "^(?:in\\s+|van\\s+)?(" + PART_SOURCE + ")" + RANGE_SEPARATOR_SOURCE + "(" + PART_SOURCE + ")\\s+(?:van\\s+)?(\\d{4})$",
);
const YEAR_LIST = /^(?:in\s+)?(\d{4})((?:\s*,\s*\d{4})*)\s+en\s+(\d{4})$/;
const LIST_SEPARATOR = /\s*,\s*/;
const SINGLE = new RegExp(
  "^(?:in\\s+|gedurende\\s+|tijdens\\s+|in\\s+het\\s+jaar\\s+|in\\s+de\\s+loop\\s+van\\s+(?:het\\s+jaar\\s+)?|op\\s+|rond\\s+|omstreeks\\s+)?" + P + "$",
);

/** A timing key with dates only (kinds `jaar`, `bereik`, `open`), or `null`. */
export function readDated(key: string): Period | null {
  let m = RANGE.exec(key);
  if (m) return range(readPoint(m[1]), readPoint(m[2]));
  m = SINGLE.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    return point && { kind: "jaar", start: point, end: copy(point) };
  }
  m = BY.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    return point && { kind: "bereik", start: null, end: point };
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
  m = BEFORE.exec(key);
  if (m) {
    const point = readPoint(m[1]);
    const end = point && lastDayBefore(point);
    return end && { kind: "bereik", start: null, end };
  }
  m = RANGE_UNTIL.exec(key);
  if (m) {
    const end = readPoint(m[2]);
    return range(readPoint(m[1]), end && lastDayBefore(end));
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
  const part = point.part;
  if (typeof part !== "object") return { year: point.year, part };
  return { year: point.year, part: part.day === undefined ? { month: part.month } : { month: part.month, day: part.day } };
}

/**
 * The last day before a moment, as a point: `vóór 1 juli 2026` → 30 June 2026, `vóór de zomer van 2027` →
 * 31 May 2027, `vóór 2027` → 2026. Before `eind` a year means by its end, before `medio` by 30 June.
 */
function lastDayBefore(point: PeriodPoint): PeriodPoint | null {
  if (point.part === "eind") return { year: point.year };
  if (point.part === "medio") return { year: point.year, part: { month: 6, day: 30 } };
  const start = pointStart(point);
  if (!start) return null;
  const day = isoFromDays(daysFromCivil(+start.slice(0, 4), +start.slice(5, 7), +start.slice(8, 10)) - 1);
  if (!day) return null;
  const [year, month, date] = [+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10)];
  if (!isPlausibleYear(year)) return null;
  return month === 12 && date === 31 ? { year } : { year, part: { month, day: date } };
}
