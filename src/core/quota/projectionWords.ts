import type { YearMonth } from "../parse/parseMonth";
import { formatNumber } from "../rules/renderMessage";
import type { Localized } from "../rules/types";
import { monthWords } from "./monthWords";
import type { QuotaProjection } from "./projection";

/*
 * A projection in words, one piece each, in both languages: the check's finding, the text report and the
 * summary say it the same way. The stated figure (the official one) leads; a different computed one follows.
 */

const months = (keys: readonly string[]): YearMonth[] => keys.map((k) => ({ year: Number(k.slice(0, 4)), month: Number(k.slice(5, 7)) }));
const n = (value: number, lang: "nl" | "en") => formatNumber(value, lang);

function both(make: (lang: "nl" | "en") => string): Localized {
  return { nl: make("nl"), en: make("en") };
}

/** `15 volgens de tabel (berekend 31)`, or one figure when the stated and the computed agree or one is missing. */
function pair(stated: number | null, computed: number | null, lang: "nl" | "en"): string {
  if (stated === null) return computed === null ? "?" : `${n(computed, lang)}${lang === "nl" ? " (berekend)" : " (computed)"}`;
  if (computed === null || computed === stated) return n(stated, lang);
  return `${n(stated, lang)} ${lang === "nl" ? "volgens de tabel (berekend" : "as stated (computed"} ${n(computed, lang)})`;
}

export function realisedWords(p: QuotaProjection): Localized {
  const list = monthWords(months(p.realisedMonths));
  return both((lang) => {
    if (p.realisedSource === "months") return lang === "nl" ? `gerealiseerd ${n(p.realised ?? 0, lang)} (${list.nl})` : `realised ${n(p.realised ?? 0, lang)} (${list.en})`;
    if (p.realisedSource === "housed") return lang === "nl" ? `al gehuisvest ${n(p.realised ?? 0, lang)}` : `housed so far ${n(p.realised ?? 0, lang)}`;
    return lang === "nl" ? "nog niets gerealiseerd" : "nothing realised yet";
  });
}

export function plannedWords(p: QuotaProjection): Localized {
  const list = monthWords(months(p.plannedMonths));
  return both((lang) => {
    if (p.plannedMonths.length === 0) return lang === "nl" ? "niets meer gepland" : "nothing more planned";
    const amount = p.plannedMax > p.planned ? `${n(p.planned, lang)} ${lang === "nl" ? "tot" : "to"} ${n(p.plannedMax, lang)}` : n(p.planned, lang);
    return `${lang === "nl" ? "gepland" : "planned"} ${amount} (${list[lang]})`;
  });
}

export function missingWords(p: QuotaProjection): Localized {
  if (p.missingMonths.length === 0) return { nl: "", en: "" };
  const list = monthWords(months(p.missingMonths));
  if (p.missingMonths.length === 1) {
    return { nl: ` Voor ${list.nl} is de realisatie nog niet ingevuld; die maand telt met het plan.`, en: ` The realisation of ${list.en} is not filled in yet; that month counts as planned.` };
  }
  return { nl: ` Voor ${list.nl} is de realisatie nog niet ingevuld; die maanden tellen met het plan.`, en: ` The realisation of ${list.en} is not filled in yet; those months count as planned.` };
}

export function shortfallWords(p: QuotaProjection): Localized {
  return both((lang) => {
    const main = pair(p.shortfallStated, p.shortfall, lang);
    const differs = p.shortfallStatedAtMax !== p.shortfallStated || p.shortfallAtMax !== p.shortfall;
    if (p.plannedMax <= p.planned || !differs) return main;
    return `${main}; ${lang === "nl" ? "bij de hoge schatting" : "at the high estimate"} ${pair(p.shortfallStatedAtMax, p.shortfallAtMax, lang)}`;
  });
}

/** `76 volgens de tabel (berekend 92)`. */
export function dueWords(p: QuotaProjection): Localized {
  return both((lang) => pair(p.statedDue, p.due, lang));
}
