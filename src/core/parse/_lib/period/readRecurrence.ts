import type { Recurrence } from "./types";

const EVERY = "(?:elk|elke|ieder|iedere|per|eens\\s+per|een\\s+keer\\s+per|eenmaal\\s+per|1\\s*x\\s+per|1\\s+keer\\s+per)";
const TIMES_A_YEAR = "\\s*(?:keer|x|maal)\\s+per\\s+jaar";
const END = "(?=$|[\\s:,;(])";

/** Longer forms first: `halfjaarlijks` before `jaarlijks`, `per 4 maanden` before `per maand`. */
const RECURRENCES: readonly (readonly [RegExp, Recurrence])[] = [
  [new RegExp("^(?:halfjaarlijks|" + EVERY + "\\s+half\\s*jaar|(?:twee|2)" + TIMES_A_YEAR + "|tweemaal\\s+per\\s+jaar)" + END), "halfjaarlijks"],
  [new RegExp("^(?:" + EVERY + "\\s+kwartaal|driemaandelijks|(?:vier|4)" + TIMES_A_YEAR + "|viermaal\\s+per\\s+jaar)" + END), "per-kwartaal"],
  [new RegExp("^(?:(?:eens\\s+|een\\s+keer\\s+|1\\s*x\\s+)?(?:per|elke|iedere|om\\s+de)\\s+(?:4|vier)\\s+maanden|viermaandelijks)" + END), "per-4-maanden"],
  [new RegExp("^(?:(?:drie|3)" + TIMES_A_YEAR + "|driemaal\\s+per\\s+jaar)" + END), "3x-per-jaar"],
  [new RegExp("^(?:maandelijks|" + EVERY + "\\s+maand|(?:twaalf|12)" + TIMES_A_YEAR + ")" + END), "maandelijks"],
  [new RegExp("^(?:jaarlijks|" + EVERY + "\\s+jaar)" + END), "jaarlijks"],
];

/** A recurrence at the start of a key, and what follows it (untrimmed). */
export function readRecurrence(key: string): { recurrence: Recurrence; rest: string } | null {
  for (const [pattern, recurrence] of RECURRENCES) {
    const match = pattern.exec(key);
    if (match) return { recurrence, rest: key.slice(match[0].length) };
  }
  return null;
}
