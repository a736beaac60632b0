import type { YearMonth } from "../parse/parseMonth";
import type { Localized } from "../rules/types";

const SHORT: Record<"nl" | "en", readonly string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

function index(m: YearMonth): number {
  return m.year * 12 + m.month - 1;
}

/**
 * Months as a reader names them: runs of consecutive months as `jan t/m apr 2025`, the rest listed
 * (`jan t/m mrt en mei 2025`); the year once at the end when all share it. "" for no months.
 *
 * @example
 * monthWords([{ year: 2025, month: 1 }, { year: 2025, month: 2 }, { year: 2025, month: 3 }, { year: 2025, month: 5 }]).nl //=> "jan t/m mrt en mei 2025"
 */
export function monthWords(months: readonly YearMonth[]): Localized {
  return { nl: words(months, "nl"), en: words(months, "en") };
}

function words(months: readonly YearMonth[], lang: "nl" | "en"): string {
  if (months.length === 0) return "";
  const sorted = [...months].sort((a, b) => index(a) - index(b));
  const oneYear = sorted.every((m) => m.year === sorted[0].year);
  const name = (m: YearMonth) => (oneYear ? SHORT[lang][m.month - 1] : `${SHORT[lang][m.month - 1]} ${m.year}`);
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && index(sorted[i]) === index(sorted[i - 1]) + 1) continue;
    const [first, last] = [sorted[start], sorted[i - 1]];
    const through = lang === "nl" ? "t/m" : "to";
    runs.push(i - 1 === start ? name(first) : i - 1 === start + 1 ? `${name(first)}, ${name(last)}` : `${name(first)} ${through} ${name(last)}`);
    start = i;
  }
  const and = lang === "nl" ? " en " : " and ";
  const list = runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(", ")}${and}${runs[runs.length - 1]}`;
  return oneYear ? `${list} ${sorted[0].year}` : list;
}
