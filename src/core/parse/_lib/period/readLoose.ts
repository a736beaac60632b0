import type { Period } from "./types";
import { isPlausibleYear } from "../yearBounds";
import { combinePeriods } from "./combinePeriods";
import { PART_SOURCE } from "./patterns";
import { readDated } from "./readDated";
import { readCore, splitFragment } from "./readFragment";
import { readRecurrence } from "./readRecurrence";

/** What a fragment holds when read leniently: a period (with words around it), a time of year without a year, or only words. */
export type LoosePart =
  | { type: "period"; period: Period; notes: string[] }
  | { type: "yearless"; key: string; orig: string; notes: string[] }
  | { type: "words"; text: string; saysWhen: boolean };

const YEAR_TOKEN = /(?:^|\D)(\d{4})(?:\D|$)/;
const EDGE_PUNCTUATION = /^[\s,.;:!()/-]+|[\s,.;:!()/-]+$/g;
/** Leftovers that carry no meaning once the dates around them are read: `en`, `of`, a dash. */
const FILLER = /^(?:en|of|en\/of|tot|t\/m|[-,.;:()/]|\s)*$/;
const BEFORE_ANCHOR = 6;
const AFTER_ANCHOR = 4;
/** A part of the year named somewhere in a text: a season, a quarter, a month, `begin`, `eind`. */
const NAMES_PART = new RegExp("(?:^|[^a-z])" + PART_SOURCE + "(?=$|[^a-z])");
/** A probe year to test whether a text names a time of year and only lacks the year. */
const PROBE_YEAR = 2000;

/**
 * Words that say when without a date: a duration, a term after something (`binnen 6 maanden`, `een jaar
 * na realisatie`), an order (`daarna`), a dependence on a date (`afhankelijk van de ingangsdatum`).
 */
const SAYS_WHEN =
  /(?:^|[^\p{L}])(?:\d+\s*(?:dagen|dag|weken|week|maanden|maand|jaren|jaar|kwartalen|kwartaal)|(?:een|twee|drie|vier|vijf|zes|half)\s+(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|kwartaal)|daarna|daarvoor|vervolgens|aansluitend|direct|meteen|binnenkort|tijdig|binnen|looptijd|termijn|zodra|ingangsdatum|datum|deadline|jaarlijks|maandelijks|wekelijks|periodiek|fase)(?=$|[^\p{L}])/u;

interface Token {
  start: number;
  end: number;
}

function tokens(key: string): Token[] {
  const out: Token[] = [];
  for (const m of key.matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function trimmed(text: string): string {
  return text.replace(EDGE_PUNCTUATION, "");
}

/**
 * Dates inside running text (`in 2026 aan de slag`, `vanaf 2027 met het SMP gewerkt`): around each year, the
 * longest stretch of words that reads as dates. What is left over is kept as words, as typed.
 */
function datesInText(orig: string, key: string): { periods: Period[]; notes: string[] } {
  const words = tokens(key);
  const periods: Period[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  let from = 0;
  for (let a = 0; a < words.length; a++) {
    const year = YEAR_TOKEN.exec(key.slice(words[a].start, words[a].end));
    if (!year || !isPlausibleYear(+year[1]) || a < from) continue;
    let best: { i: number; j: number; period: Period } | null = null;
    for (let i = Math.max(from, a - BEFORE_ANCHOR); i <= a; i++) {
      for (let j = Math.min(words.length - 1, a + AFTER_ANCHOR); j >= a; j--) {
        if (best && j - i <= best.j - best.i) break;
        const period = readDated(trimmed(key.slice(words[i].start, words[j].end)));
        if (period) best = { i, j, period };
      }
    }
    if (!best) continue;
    periods.push(best.period);
    for (let t = best.i; t <= best.j; t++) used[t] = true;
    from = best.j + 1;
    a = best.j;
  }
  const notes: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = trimmed(orig.slice(run[0].start, run[run.length - 1].end));
    if (!FILLER.test(text.toLowerCase())) notes.push(text);
    run = [];
  };
  words.forEach((word, t) => (used[t] ? flush() : run.push(word)));
  flush();
  return { periods, notes };
}

/**
 * One `;`-fragment read leniently, after the strict reading failed: a time of year that only lacks its year
 * (`in het voorjaar`), dates inside running text, or else words (which may still say when, relatively).
 */
export function readLooseFragment(orig: string, key: string): LoosePart {
  const parts = splitFragment(orig, key);
  const notes = parts.aside ? [parts.aside] : [];
  const withExtras = (period: Period): Period => {
    if (parts.sub) period.sub = parts.sub;
    if (parts.intention) period.intention = parts.intention;
    return period;
  };
  const core = readCore(parts.orig, parts.key);
  if (core) return { type: "period", period: withExtras(core), notes };
  if (!/\d{4}/.test(parts.key) && NAMES_PART.test(parts.key) && readDated(`${parts.key} ${PROBE_YEAR}`)) {
    return { type: "yearless", key: parts.key, orig: parts.orig, notes };
  }
  // A recurrence keeps its kind when the dates after it are loose (`jaarlijks in 2025 en 2027`).
  const recurring = readRecurrence(parts.key);
  const offset = recurring ? parts.key.length - recurring.rest.length : 0;
  const found = datesInText(parts.orig.slice(offset), parts.key.slice(offset));
  if (found.periods.length > 0) {
    const dated = found.periods.length === 1 ? found.periods[0] : combinePeriods(found.periods);
    if (dated) {
      const period: Period = recurring
        ? { kind: recurring.recurrence === "jaarlijks" ? "jaarlijks" : "terugkerend", start: dated.start, end: dated.end, recurrence: recurring.recurrence }
        : dated;
      return { type: "period", period: withExtras(period), notes: [...found.notes, ...notes] };
    }
  }
  const text = trimmed(orig);
  return { type: "words", text, saysWhen: SAYS_WHEN.test(key) };
}

/** A time of year given its year from elsewhere in the text (`In 2026; in het voorjaar`). */
export function readWithYear(key: string, year: number): Period | null {
  return readDated(`${key} ${year}`);
}
