import type { CheckReport } from "../engine/checkWorkbook";
import type { IndicatorReport } from "../indicators/indicatorReport";
import type { Lang } from "../rules/types";
import { backlogFigure, shortfallFigure } from "./headline";
import { statusWord } from "./indicatorLights";

const WORDS = {
  nl: {
    shortfall: (label: string, value: string) => `${label}: ${value}. Wat is nodig om dat in te lopen?`,
    contradiction: (value: string, note: string) => `De cijfers van de taakstelling spreken elkaar tegen: achterstand ${value}; ${note}. Welk cijfer geldt?`,
    indicators: (status: string, list: string) => `Indicatoren ${status}: ${list}.`,
    activities: (delayed: number, overdue: number) =>
      `${[delayed > 0 ? `${delayed} ${delayed === 1 ? "activiteit vertraagd" : "activiteiten vertraagd"}` : "", overdue > 0 ? `${overdue} over de geplande einddatum` : ""].filter(Boolean).join(", ")} (zie Activiteiten).`,
    none: "Geen bijzonderheden: geen tekort verwacht, geen indicator achter en geen activiteit vertraagd.",
  },
  en: {
    shortfall: (label: string, value: string) => `${label}: ${value}. What is needed to make it up?`,
    contradiction: (value: string, note: string) => `The quota figures contradict each other: backlog ${value}; ${note}. Which figure holds?`,
    indicators: (status: string, list: string) => `Indicators ${status}: ${list}.`,
    activities: (delayed: number, overdue: number) =>
      `${[delayed > 0 ? `${delayed} ${delayed === 1 ? "activity delayed" : "activities delayed"}` : "", overdue > 0 ? `${overdue} past their planned end` : ""].filter(Boolean).join(", ")} (see Activities).`,
    none: "Nothing in particular: no shortfall expected, no indicator behind and no activity delayed.",
  },
} as const;

/** What the points may be about: only the sections (and programmes, themes) the summary shows. */
export interface DiscussionScope {
  quota: boolean;
  /** The indicators shown; null when the section is left out. */
  indicators: readonly IndicatorReport[] | null;
  /** Delayed and overdue among the activities shown; null when the section is left out. */
  activities: { delayed: number; overdue: number } | null;
}

/** Everything in the report: the whole workbook. */
export function fullScope(report: CheckReport): DiscussionScope {
  return { quota: true, indicators: report.indicators, activities: { delayed: report.activities.byStatus["Vertraagd"] ?? 0, overdue: report.activities.overdue } };
}

/**
 * The *Bespreekpunten* for page 1, derived from the figures and the findings: an expected shortfall at the next
 * peilmoment, a contradiction in the quota figures, indicators *achter* or *niet behaald*, delayed activities; each
 * only when its section is in the summary (no point about an indicator the meeting left out).
 */
export function discussionPoints(report: CheckReport, lang: Lang, scope: DiscussionScope = fullScope(report)): string[] {
  const w = WORDS[lang];
  const points: string[] = [];
  if (scope.quota) {
    const next = report.quota.projections.find((p) => (p.shortfallStated ?? p.shortfall ?? 0) > 0);
    if (next) {
      const figure = shortfallFigure(next, lang);
      points.push(w.shortfall(figure.label, figure.value));
    }
    const { headline } = report.quota;
    if (headline.statedBacklog !== null && headline.computedBacklog !== null && headline.statedBacklog !== headline.computedBacklog) {
      const backlog = backlogFigure(report, lang);
      if (backlog.note) points.push(w.contradiction(backlog.value, backlog.note));
    }
  }
  for (const status of ["niet-behaald", "achter"] as const) {
    const list = (scope.indicators ?? []).filter((i) => i.status === status);
    if (list.length > 0) points.push(w.indicators(statusWord(status, lang), list.map((i) => `${i.id} ${i.name}`.trim()).join("; ")));
  }
  const { delayed, overdue } = scope.activities ?? { delayed: 0, overdue: 0 };
  if (delayed > 0 || overdue > 0) points.push(w.activities(delayed, overdue));
  return points.length > 0 ? points : [w.none];
}
