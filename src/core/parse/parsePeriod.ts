import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import { periodEndDate, periodStartDate, type Period } from "./period";
import type { ParseResult } from "./result";
import { toMatchText } from "./_lib/matchText";
import { fail, ok } from "./_lib/outcome";
import { combinePeriods } from "./_lib/period/combinePeriods";
import { readFragment } from "./_lib/period/readFragment";
import { readMoments } from "./_lib/period/readMoments";
import { readRecurrence } from "./_lib/period/readRecurrence";
import { readLooseFragment, readWithYear, type LoosePart } from "./_lib/period/readLoose";
import { readSchema } from "./_lib/period/readSchema";
import { splitFragments } from "./_lib/period/splitFragments";
import { isPlausibleYear } from "./_lib/yearBounds";

const MOMENT_LIST = /^\s*:\s*(.+)$/;
const MOMENT_SEPARATOR = /\s*;\s*/;
const MAX_LENGTH = 300;
const TRAILING_PUNCTUATION = /[\s.,;:!]+$/;

/**
 * @name parsePeriod
 * @summary Reads a Planning/Uitvoering timing text into a period — or says it cannot.
 *
 * @description
 * A text that says when, however loosely, is a period; only a text with no time in it at all is `invalid`.
 * Forms read (case and accents ignored):
 * - one year, or part of it: `2026`, `In 2026`, `in de loop van 2026`, `Q2 2026`, `2026-H1`, `eerste helft 2026`,
 *   `In de eerste helft van 2026`, `Begin 2026`, `medio 2026`, `half 2026`, `eind 2026`, `najaar 2026`,
 *   `zomer 2026`, `In september 2026`, a day `1 juli 2026` → kind `jaar`; a number cell 1900–2100 is a year too;
 * - ranges: `2025 - 2028`, `2025 t/m 2028`, `van 2026 tot en met 2029`, `in de periode 2026-2029`,
 *   `Eind 2025 / half 2026`, `jan-mrt 2026`, `2025 en 2026` → `bereik`; `tot` ends before its point
 *   (`2025 tot 2028` ends in 2027); an end only: `t/m 2030`, `uiterlijk eind 2026`, `- 2019` → `bereik` with
 *   `start: null`;
 * - deadlines: `uiterlijk 1 februari 2025`, `per 1 januari 2026`, `per eind 2025` (by then), `vóór 1 juli 2026`,
 *   `voor de zomer van 2027`, `voor 2027` (the day before) → `bereik` with `start: null`;
 * - open ends: `vanaf 2025`, `per 2026`, `2025 en verder`, `Voor 2027 en verder`, `2025 e.v.` → `open`;
 * - recurrences, optionally with moments or dates: `Jaarlijks`, `jaarlijks in oktober/november`,
 *   `elk jaar voor 1 juli`, `elk kwartaal`, `eens per 4 maanden`,
 *   `Drie keer per jaar: in het voorjaar; in september; in december` → `jaarlijks` / `terugkerend`;
 * - `Doorlopend`, `Continu` → `doorlopend`; `Bij ieder nieuwbouwproject`, `na vaststelling van de visie`,
 *   `Afhankelijk van de ingangsdatum van de wet`, and a time relative to something (`binnen 6 maanden`,
 *   `Daarna`) → `gebeurtenis` with `trigger`; a time of year without a year (`in het voorjaar`) → `moment`;
 * - schedules `2025: ca. 140 won. 2026 - 2028: ca 80 won.` → `schema` with `segments`;
 * - extras: `…, met de intentie om …` → `intention`; a trailing `(label: period)` → `sub`; a trailing
 *   `(note)` without digits is ignored.
 *
 * Parts joined by `;` are read each on their own and combined into their envelope; a part without a year
 * (`in het voorjaar`) takes the year of the part before it. Dates inside running text are found
 * (`in 2026 aan de slag`); the words around them, and parts with no date to place (`binnen 6 maanden`,
 * `Daarna`), are kept in `notes` and do not move the dates. A reversed part of a list is kept in `reversed`.
 *
 * @param value - the cell
 * @returns the period, or `empty`, `placeholder` or `invalid`
 *
 * @example
 * parsePeriod("2025 - 2028") //=> { ok: true, value: { kind: "bereik", start: { year: 2025 }, end: { year: 2028 } } }
 * @example
 * parsePeriod("Vanaf 2025") //=> { ok: true, value: { kind: "open", start: { year: 2025 }, end: null } }
 * @example
 * parsePeriod("elk kwartaal") //=> { ok: true, value: { kind: "terugkerend", start: null, end: null, recurrence: "per-kwartaal" } }
 * @example
 * parsePeriod("uiterlijk 1 februari 2025") //=> { ok: true, value: { kind: "bereik", start: null, end: { year: 2025, part: { month: 2, day: 1 } } } }
 * @example
 * parsePeriod("In 2026; binnen 6 maanden") //=> { ok: true, value: { kind: "jaar", start: { year: 2026 }, end: { year: 2026 }, notes: ["binnen 6 maanden"] } }
 * @example
 * parsePeriod("zo snel mogelijk") //=> { ok: false, reason: "invalid", text: "zo snel mogelijk" }
 */
export function parsePeriod(value: CellValue): ParseResult<Period> {
  if (isBlank(value)) return fail("empty", value);
  if (typeof value === "number") {
    return isPlausibleYear(value) ? ok({ kind: "jaar", start: { year: value }, end: { year: value } }) : fail("invalid", value);
  }
  if (typeof value !== "string") return fail("invalid", value);
  if (isPlaceholder(value)) return fail("placeholder", value);
  if (value.length > MAX_LENGTH) return fail("invalid", value);
  const { orig, key } = toMatchText(value);
  const period = readPeriodText(orig, key);
  return period ? ok(period) : fail("invalid", value);
}

function readPeriodText(orig: string, key: string): Period | null {
  const schema = readSchema(orig, key);
  if (schema) return schema;

  const recurring = readRecurrence(key);
  const list = recurring && MOMENT_LIST.exec(recurring.rest);
  if (recurring && list && list[1].split(MOMENT_SEPARATOR).every((m) => m === "" || readMoments(m))) {
    const { recurrence } = recurring;
    return { kind: recurrence === "jaarlijks" ? "jaarlijks" : "terugkerend", start: null, end: null, recurrence };
  }

  const fragments = splitFragments(key).map(([from, to]) => ({ orig: orig.slice(from, to), key: key.slice(from, to) }));
  if (fragments.length === 0) return null;
  const strict = fragments.map((f) => readFragment(f.orig, f.key));
  if (strict.every((p) => p !== null)) {
    const read = strict as Period[];
    return withReversedPart(combinePeriods(read) ?? firstWithOthers(read), fragments, read);
  }
  return readLoosely(orig, fragments, strict);
}

/**
 * A text that says when, however loosely, is a period: each `;`-part on its own, dates found inside running
 * text, a time of year that takes its year from another part, the rest kept as `notes`. A text whose parts
 * only say when relative to something (`binnen 6 maanden`) is an event; one with no time at all is `null`.
 */
function readLoosely(orig: string, fragments: readonly { orig: string; key: string }[], strict: readonly (Period | null)[]): Period | null {
  const parts: LoosePart[] = fragments.map((f, i) => (strict[i] ? { type: "period", period: strict[i]!, notes: [] } : readLooseFragment(f.orig, f.key)));
  const periods: (Period | null)[] = parts.map((p) => (p.type === "period" ? p.period : null));
  parts.forEach((part, i) => {
    if (part.type !== "yearless") return;
    const year = contextYear(periods, i);
    periods[i] = (year === null ? null : readWithYear(part.key, year)) ?? { kind: "moment", start: null, end: null };
  });
  const notes = parts.flatMap((p) => (p.type === "words" ? [p.text] : p.notes)).filter((n) => n !== "");
  const read = periods.filter((p): p is Period => p !== null);
  if (read.length === 0) {
    const saysWhen = parts.some((p) => p.type === "words" && p.saysWhen);
    return saysWhen ? { kind: "gebeurtenis", start: null, end: null, trigger: orig.replace(TRAILING_PUNCTUATION, "") } : null;
  }
  const combined = combinePeriods(read) ?? firstWithOthers(read);
  const result = withReversedPart(combined, fragments, periods);
  if (result && notes.length > 0) result.notes = [...(result.notes ?? []), ...notes];
  return result;
}

/** The year of the nearest part before (else after) that lies within one year. */
function contextYear(periods: readonly (Period | null)[], index: number): number | null {
  const yearOf = (p: Period | null) => (p && p.start && p.end && p.start.year === p.end.year ? p.start.year : null);
  for (let i = index - 1; i >= 0; i--) if (yearOf(periods[i]) !== null) return yearOf(periods[i]);
  for (let i = index + 1; i < periods.length; i++) if (yearOf(periods[i]) !== null) return yearOf(periods[i]);
  return null;
}

/** Parts without dates that say different things (`Jaarlijks; Doorlopend`): the first, with the others' recurrence or event. */
function firstWithOthers(parts: readonly Period[]): Period {
  const first = { ...parts[0] };
  first.recurrence ??= parts.find((p) => p.recurrence !== undefined)?.recurrence;
  first.trigger ??= parts.find((p) => p.trigger !== undefined)?.trigger;
  if (first.recurrence === undefined) delete first.recurrence;
  if (first.trigger === undefined) delete first.trigger;
  return first;
}

/** Issue 12: a reversed part of a `;`-list (`2028 - 2025; 2025 - 2028`) is kept, so the check can report it. */
function withReversedPart(combined: Period | null, fragments: readonly { orig: string }[], parts: readonly (Period | null)[]): Period | null {
  if (!combined || parts.length < 2) return combined;
  parts.forEach((part, i) => {
    if (combined.reversed || !part?.start || !part.end) return;
    const start = periodStartDate(part);
    const end = periodEndDate(part);
    if (start && end && end < start) combined.reversed = { text: fragments[i].orig, start: part.start, end: part.end };
  });
  return combined;
}
