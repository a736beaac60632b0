import type { IndicatorReport } from "../indicators/indicatorReport";
import type { SummaryDataBar } from "./summarySheet";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import { FORMATS, formatIndicatorValue } from "./summaryFormat";
import { STATUS_LIGHTS, statusWord, UNKNOWN_REASONS } from "./indicatorLights";
import { BAR_COLORS } from "./summaryStyles";

const PROGRESS_COLUMN = 9;

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

function valuePart(value: number | null, percent: boolean, raw: string): Part {
  if (value === null) return raw ? { value: raw, wrap: true } : { value: null };
  if (percent) return { value, kind: "percent", numberFormat: FORMATS.percent };
  return { value, numberFormat: Number.isInteger(value) ? FORMATS.count : FORMATS.decimal };
}

const year = (value: number | null): Part => ({ value, numberFormat: FORMATS.year });

function explanation(ctx: SummaryContext, indicator: IndicatorReport): string {
  if (indicator.reason) return UNKNOWN_REASONS[indicator.reason][ctx.lang];
  if (indicator.bound === "keep" && indicator.target !== null && indicator.status === "achter") {
    return ctx.words.indicators.keepLevel(formatIndicatorValue(indicator.target, indicator.percent, ctx.lang));
  }
  if (indicator.expected !== null && (indicator.status === "achter" || indicator.status === "op-koers")) {
    return ctx.words.indicators.expected(formatIndicatorValue(indicator.expected, indicator.percent, ctx.lang));
  }
  return "";
}

function indicatorLine(ctx: SummaryContext, indicator: IndicatorReport): void {
  const raw = ctx.model.tables.indicators?.filledRows.find((r) => r.row === indicator.row);
  const text = (key: string) => raw?.text(key) ?? "";
  const { light } = STATUS_LIGHTS[indicator.status];
  ctx.sheet.line([
    { value: indicator.id },
    { value: indicator.name, wrap: true },
    { value: indicator.direction ?? text("direction") },
    valuePart(indicator.baseline, indicator.percent, text("baseline")),
    year(indicator.baselineYear),
    valuePart(indicator.target, indicator.percent, text("target")),
    year(indicator.targetYear),
    valuePart(indicator.latest, indicator.percent, ""),
    year(indicator.latestYear),
    indicator.progress === null ? { value: null } : { value: Math.round(indicator.progress * 1e4) / 1e4, kind: "percent", numberFormat: FORMATS.progress },
    { value: statusWord(indicator.status, ctx.lang), style: `trafficLight-${light}` },
    { value: explanation(ctx, indicator), wrap: true },
  ]);
}

export function indicatorsSection(ctx: SummaryContext): SummaryDataBar[] {
  const { sheet, words } = ctx;
  const w = words.indicators;
  sheet.startSection("indicators", w.section);
  sheet.banner(w.section, "sectionHeading", { height: 22 });
  if (ctx.report.indicators.length === 0) {
    sheet.line([{ value: w.none, style: "note", span: sheet.columnWidths.length }]);
    return [];
  }
  const first = sheet.row;
  for (const [programme, indicators] of indicatorsByProgramme(ctx.report.indicators, w.noProgramme)) {
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
