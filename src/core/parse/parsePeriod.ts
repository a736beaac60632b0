import { isBlank, type CellValue } from "../cell";
import { isPlaceholder } from "./isPlaceholder";
import type { Period } from "./period";
import type { ParseResult } from "./result";
import { toMatchText } from "./_lib/matchText";
import { fail, ok } from "./_lib/outcome";
import { combinePeriods } from "./_lib/period/combinePeriods";
import { readFragment } from "./_lib/period/readFragment";
import { readMoments } from "./_lib/period/readMoments";
import { readRecurrence } from "./_lib/period/readRecurrence";
import { readSchema } from "./_lib/period/readSchema";
import { splitFragments } from "./_lib/period/splitFragments";
import { isPlausibleYear } from "./_lib/yearBounds";

const MOMENT_LIST = /^\s*:\s*(.+)$/;
const MOMENT_SEPARATOR = /\s*;\s*/;
const MAX_LENGTH = 300;

/**
 * @name parsePeriod
 * @summary Reads a Planning/Uitvoering timing text into a period — or says it cannot.
 *
 * @description
 * Forms read (case and accents ignored):
 * - one year, or part of it: `2026`, `In 2026`, `Q2 2026`, `2026-H1`, `eerste helft 2026`,
 *   `In de eerste helft van 2026`, `Begin 2026`, `medio 2026`, `half 2026`, `eind 2026`, `najaar 2026`,
 *   `In september 2026` → kind `jaar`; a number cell 1900–2100 is a year too;
 * - ranges: `2025 - 2028`, `2025 t/m 2028`, `van 2026 tot en met 2029`, `in de periode 2026-2029`,
 *   `Eind 2025 / half 2026`, `jan-mrt 2026`, `2025 en 2026` (consecutive years only) → `bereik`;
 *   an end only: `t/m 2030`, `uiterlijk eind 2026`, `- 2019` → `bereik` with `start: null`;
 * - open ends: `vanaf 2025`, `2025 en verder`, `Voor 2027 en verder`, `2025 e.v.` → `open`;
 * - recurrences, optionally with moments or dates: `Jaarlijks`, `jaarlijks in oktober/november`,
 *   `elk jaar voor 1 juli`, `elk kwartaal`, `eens per 4 maanden`,
 *   `Drie keer per jaar: in het voorjaar; in september; in december` → `jaarlijks` / `terugkerend`;
 * - `Doorlopend`, `Continu` → `doorlopend`; `Bij ieder nieuwbouwproject` → `gebeurtenis` with `trigger`;
 * - schedules `2025: ca. 140 won. 2026 - 2028: ca 80 won.` → `schema` with `segments`;
 * - extras: `…, met de intentie om …` → `intention`; a trailing `(label: period)` → `sub`; a trailing
 *   `(note)` without digits is ignored.
 *
 * Fragments joined by `;` are combined into their envelope only when every fragment is readable.
 * Anything read without confidence is `invalid`, never a guess: `tot 2028` (in- or exclusive?),
 * `binnen 6 maanden`, `Daarna`, `2025 en 2027`, a part of a year without a year (`in het voorjaar`).
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
 * parsePeriod("binnen 6 maanden") //=> { ok: false, reason: "invalid", text: "binnen 6 maanden" }
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

  const parts: Period[] = [];
  for (const [from, to] of splitFragments(key)) {
    const part = readFragment(orig.slice(from, to), key.slice(from, to));
    if (!part) return null;
    parts.push(part);
  }
  return parts.length === 0 ? null : combinePeriods(parts);
}
