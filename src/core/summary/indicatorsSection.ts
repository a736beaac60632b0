import type { IndicatorReport } from "../indicators/indicatorReport";
import { indicatorTrend } from "../indicators/trend";
import { formatNumber } from "../format/formatNumber";
import type { SummaryDataBar } from "./summarySheet";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import { FORMATS, formatIndicatorValue } from "./summaryFormat";
import { STATUS_LIGHTS, statusWord, UNKNOWN_REASONS } from "./indicatorLights";
import { BAR_COLORS } from "./summaryStyles";

const PROGRESS_COLUMN = 8;
/** A number with its year in one cell (`7,9% (2024)`) fits a 12-wide column up to about this many characters. */
const MAX_VALUE_WITH_YEAR = 13;

/** Programmes in the order the table first names them, those without one last; worst status first within each. */
export function indicatorsByProgramme(indicators: readonly IndicatorReport[], noProgramme: string): Map<string, IndicatorReport[]> {
  const groups = new Map<string, IndicatorReport[]>();
  const sorted = [...indicators].sort((a, b) => Number(a.programme === null) - Number(b.programme === null));
  for (const indicator of sorted) {
    const key = indicator.programme ?? noProgramme;
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  for (const list of groups.values()) list.sort((a, b) => STATUS_LIGHTS[a.status].rank - STATUS_LIGHTS[b.status].rank || a.row - b.row);
  return groups;
}

/**
 * A value and its year in one cell: still a number (a percentage stays a fraction), the year shown by the number
 * format (`0.0%" (2024)"`), so the column stays narrow. A value too long for that, or typed as words, is text.
 */
function valuePart(ctx: SummaryContext, value: number | null, year: number | null, percent: boolean, raw: string): Part {
  if (value === null) {
    if (!raw) return { value: null };
    return { value: year === null || raw.includes(String(year)) ? raw : `${raw} (${year})`, wrap: true };
  }
  const base = percent ? FORMATS.percent : Number.isInteger(value) ? FORMATS.count : FORMATS.decimal;
  const shown = formatIndicatorValue(value, percent, ctx.lang);
  if (year === null) return { value, kind: percent ? "percent" : "number", numberFormat: base };
  if (shown.length + 7 > MAX_VALUE_WITH_YEAR) return { value: `${shown} (${year})`, wrap: true, align: "right" };
  return { value, kind: percent ? "percent" : "number", numberFormat: `${base}" (${year})"` };
}

/** How far the latest measurement moved from the baseline, in the indicator's own terms (procentpunten for a percentage). */
function changeText(ctx: SummaryContext, indicator: IndicatorReport): string {
  const difference = Math.abs((indicator.latest ?? 0) - (indicator.baseline ?? 0));
  if (!indicator.percent) return formatNumber(Math.round(difference * 1e3) / 1e3, ctx.lang);
  const points = Math.round(difference * 1e4) / 1e2;
  return ctx.words.indicators.points(formatNumber(points, ctx.lang), points === 1);
}

function explanation(ctx: SummaryContext, indicator: IndicatorReport): string {
  const w = ctx.words.indicators;
  if (indicator.reason) return UNKNOWN_REASONS[indicator.reason][ctx.lang];
  if (indicator.bound === "keep" && indicator.target !== null && indicator.status === "achter") {
    return w.keepLevel(formatIndicatorValue(indicator.target, indicator.percent, ctx.lang));
  }
  const expected = indicator.expected !== null && (indicator.status === "achter" || indicator.status === "op-koers") ? w.expected(formatIndicatorValue(indicator.expected, indicator.percent, ctx.lang)) : "";
  if (indicator.progress !== null && indicator.progress < 0 && indicator.latest !== null && indicator.baseline !== null) {
    return [w.wrongWay(changeText(ctx, indicator), indicator.latest > indicator.baseline), expected].filter(Boolean).join("; ");
  }
  return expected;
}

/**
 * Progress as the contract computes it, (M − B) / (T − B). Below zero the latest measurement lies on the wrong side of
 * the baseline: the sheet says *achteruit* and the explanation gives the change in the indicator's own terms, rather
 * than a figure such as −100% that a target one point away makes look like a collapse.
 */
function progressPart(ctx: SummaryContext, progress: number | null): Part {
  if (progress === null) return { value: null };
  if (progress < 0) return { value: ctx.words.indicators.backwards, align: "right" };
  return { value: Math.round(progress * 1e4) / 1e4, kind: "percent", numberFormat: FORMATS.progress };
}

function trendPart(ctx: SummaryContext, indicator: IndicatorReport): Part {
  const from = indicator.previous ?? (indicator.latestYear !== null && indicator.baselineYear !== null && indicator.latestYear > indicator.baselineYear ? indicator.baseline : null);
  const trend = indicatorTrend(indicator.direction, from, indicator.latest, indicator.baseline);
  if (trend === null || from === null || indicator.latest === null) return { value: null };
  const arrow = trend === "gelijk" ? "=" : indicator.latest > from ? "↑" : "↓";
  return { value: `${arrow} ${ctx.words.indicators.trend[trend]}`, align: "center" };
}

function indicatorLine(ctx: SummaryContext, indicator: IndicatorReport): void {
  const raw = ctx.model.tables.indicators?.filledRows.find((r) => r.row === indicator.row);
  const text = (key: string) => raw?.text(key) ?? "";
  const { light } = STATUS_LIGHTS[indicator.status];
  const { percent } = indicator;
  ctx.sheet.line([
    { value: indicator.id },
    { value: indicator.name, wrap: true },
    { value: indicator.direction ?? text("direction") },
    valuePart(ctx, indicator.baseline, indicator.baselineYear, percent, text("baseline")),
    valuePart(ctx, indicator.target, indicator.targetYear, percent, text("target")),
    valuePart(ctx, indicator.previous, indicator.previousYear, percent, ""),
    valuePart(ctx, indicator.latest, indicator.latestYear, percent, ""),
    trendPart(ctx, indicator),
    progressPart(ctx, indicator.progress),
    { value: statusWord(indicator.status, ctx.lang), style: `trafficLight-${light}`, wrap: true },
    { value: indicator.latestSource ?? text("source"), style: "small", wrap: true },
    { value: explanation(ctx, indicator), style: "small", wrap: true },
  ]);
}

export function indicatorsSection(ctx: SummaryContext): SummaryDataBar[] {
  const { sheet, words } = ctx;
  const w = words.indicators;
  const title = ctx.numbered(w.section);
  sheet.startSection("indicators", title);
  sheet.banner(title, "sectionHeading", { height: 22 });
  if (ctx.indicators.length === 0) {
    sheet.line([{ value: ctx.report.indicators.length > 0 ? w.noneChosen : w.none, style: "note", span: sheet.columnWidths.length }]);
    return [];
  }
  const first = sheet.row;
  for (const [programme, indicators] of indicatorsByProgramme(ctx.indicators, w.noProgramme)) {
    sheet.skip();
    sheet.line([{ value: programme, style: "subheading", span: sheet.columnWidths.length }]);
    sheet.line(w.columns.map((value) => ({ value, kind: "heading", style: "tableHeader", wrap: true })));
    for (const indicator of indicators) indicatorLine(ctx, indicator);
  }
  const last = sheet.lastRow;
  sheet.skip();
  sheet.line([{ value: w.legend, style: "note", span: sheet.columnWidths.length, wrap: true }]);
  return [{ range: sheet.range(first, PROGRESS_COLUMN, last, PROGRESS_COLUMN), min: 0, max: 1, color: BAR_COLORS.progress }];
}
