import type { CheckReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import type { QuotaProjection } from "../quota/projection";
import type { Lang } from "../rules/types";
import { formatCount } from "./summaryFormat";
import { SUMMARY_WORDS } from "./summaryWords";

/** One key figure as the summary's page 1 and the task pane both show it. */
export interface HeadlineFigure {
  label: string;
  value: string;
  /** Which cell explains a difference between the stated and the computed figure, when there is one. */
  note?: string;
}

/** `2024-H2` → `2e helft 2024`. */
export function halfYearLabel(period: string, lang: Lang): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  return match ? SUMMARY_WORDS[lang].quota.half(Number(match[1]), Number(match[2]) as 1 | 2) : period;
}

function pair(stated: number | null, computed: number | null, lang: Lang): string {
  const words = SUMMARY_WORDS[lang];
  const computedText = formatCount(computed, lang, words.unknown);
  if (stated === null) return words.computedStated(computedText, words.notFilled);
  return words.statedFirst(formatCount(stated, lang, words.unknown), computedText);
}

/** The headline backlog: the half-year it is after, and the stated figure (the official one) with the computed beside it. */
export function backlogFigure(report: CheckReport, lang: Lang): HeadlineFigure {
  const w = SUMMARY_WORDS[lang].header;
  const { headline, periods, backlog } = report.quota;
  const period = periods.find((p) => p.period === headline.period) ?? [...periods].reverse().find((p) => p.balance !== null) ?? null;
  const label = period ? w.backlog(halfYearLabel(period.period, lang)) : w.backlogNone;
  if (headline.period === null) return { label, value: pair(null, backlog, lang) };
  const cause = headline.explainedBy[0];
  const differs = headline.statedBacklog !== headline.computedBacklog;
  const note = cause && differs ? SUMMARY_WORDS[lang].headlineCause(`${cause.sheet} ${cause.cell}`) : undefined;
  return { label, value: pair(headline.statedBacklog, headline.computedBacklog, lang), ...(note ? { note } : {}) };
}

/** The expected shortfall at a peilmoment: `15 volgens de tabel (berekend 31)`. */
export function shortfallFigure(projection: QuotaProjection, lang: Lang): HeadlineFigure {
  return { label: SUMMARY_WORDS[lang].header.shortfall(formatDate(projection.peilmoment, lang)), value: pair(projection.shortfallStated, projection.shortfall, lang) };
}

/**
 * The quota's key figures, the same on the summary's page 1 and at the top of the task pane: the backlog after the
 * last half-year with figures, and the expected shortfall at the next peilmomenten. Empty without a quota table.
 */
export function headlineFigures(report: CheckReport, lang: Lang): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [];
  if (report.quota.periods.length > 0) figures.push(backlogFigure(report, lang));
  for (const projection of report.quota.projections) {
    if (projection.shortfall === null && projection.shortfallStated === null) continue;
    figures.push(shortfallFigure(projection, lang));
  }
  return figures;
}
