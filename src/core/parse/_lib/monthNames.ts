/** Dutch and English month names and abbreviations, as a regex source (longest first) and a lookup. */
export const MONTH_WORD_SOURCE =
  "(?:januari|january|februari|february|maart|march|april|augustus|august|september|oktober|october|" +
  "november|december|juni|june|juli|july|febr|sept|jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\\.?";

const MONTHS = new Map<string, number>([
  ["januari", 1], ["january", 1], ["jan", 1],
  ["februari", 2], ["february", 2], ["febr", 2], ["feb", 2],
  ["maart", 3], ["march", 3], ["mrt", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["mei", 5], ["may", 5],
  ["juni", 6], ["june", 6], ["jun", 6],
  ["juli", 7], ["july", 7], ["jul", 7],
  ["augustus", 8], ["august", 8], ["aug", 8],
  ["september", 9], ["sept", 9], ["sep", 9],
  ["oktober", 10], ["october", 10], ["okt", 10], ["oct", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/** 1–12 for a lower-case month word (a trailing dot is allowed), 0 when it is not a month. */
export function monthFromName(word: string): number {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return MONTHS.get(bare) ?? 0;
}
