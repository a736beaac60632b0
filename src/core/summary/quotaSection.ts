import type { QuotaPeriodReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import type { SummaryChart, SummaryDataBar } from "./summarySheet";
import { FORMATS, formatCount } from "./summaryFormat";
import { BAR_COLORS } from "./summaryStyles";

const CHART_ROWS = 18;
const CHART_LAST_COLUMN = 6;
const DUE_COLUMN = 3;
const HOUSED_COLUMN = 4;

const number = (value: number | null, style: "cell" | "total" = "cell"): Part => ({ value, style, numberFormat: FORMATS.count });

/** `2024-H2` → `2e helft 2024` (or `H2 2024`). */
export function halfYearWords(ctx: SummaryContext, period: string): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  return match ? ctx.words.quota.half(Number(match[1]), Number(match[2]) as 1 | 2) : period;
}

/** The backlog after the last half-year with a known balance: computed, and as the table states it. */
export function backlogFigures(ctx: SummaryContext): { period: QuotaPeriodReport | null; computed: number | null; stated: number | null } {
  const periods = ctx.report.quota.periods;
  const period = [...periods].reverse().find((p) => p.balance !== null) ?? null;
  const stated = period?.statedBalance ?? null;
  return { period, computed: ctx.report.quota.backlog, stated: stated === null ? null : Math.max(0, -stated) };
}

/** `berekend 48, volgens tabel 32`. */
export function backlogText(ctx: SummaryContext): string {
  const { computed, stated } = backlogFigures(ctx);
  const { words, lang } = ctx;
  return words.computedStated(formatCount(computed, lang, words.unknown), formatCount(stated, lang, words.notFilled));
}

function ledgerTable(ctx: SummaryContext): { dataBars: SummaryDataBar[]; source: string } {
  const { sheet, words, report } = ctx;
  const w = words.quota;
  const notes = new Map((ctx.model.tables.quota?.filledRows ?? []).map((r) => [r.row, r.text("note")]));
  const headerRow = sheet.line(w.columns.map((value, i) => ({ value, kind: "heading", style: "tableHeader", wrap: true, span: i === w.columns.length - 1 ? 2 : 1 })));
  for (const p of report.quota.periods) {
    const difference = p.statedBalance !== null && p.balance !== null ? p.statedBalance - p.balance : null;
    sheet.line([
      { value: p.row, numberFormat: FORMATS.year, align: "center" },
      { value: halfYearWords(ctx, p.period) },
      number(p.quota),
      number(p.due),
      number(p.housed),
      number(p.balance),
      number(p.balance === null ? null : Math.max(0, -p.balance)),
      number(p.statedDue),
      number(p.statedBalance),
      difference ? number(difference) : { value: null },
      { value: notes.get(p.row) ?? "", span: 2, wrap: true },
    ]);
  }
  const last = sheet.lastRow;
  const max = Math.max(1, ...report.quota.periods.flatMap((p) => [p.due ?? 0, p.housed ?? 0]));
  const bar = (column: number, color: string): SummaryDataBar => ({ range: sheet.range(headerRow + 1, column, last, column), min: 0, max, color });
  return {
    dataBars: [bar(DUE_COLUMN, BAR_COLORS.due), bar(HOUSED_COLUMN, BAR_COLORS.housed)],
    source: sheet.range(headerRow, 1, last, HOUSED_COLUMN),
  };
}

function backlogBlock(ctx: SummaryContext): void {
  const { words, lang, report } = ctx;
  const w = words.quota;
  ctx.sheet.keyValue(w.opening, { value: report.quota.openingBalance, numberFormat: FORMATS.count }, w.openingNote);
  const { period } = backlogFigures(ctx);
  const difference = report.quota.periods.find((p) => p.statedBalance !== null && p.balance !== null && p.statedBalance !== p.balance);
  const differenceNote = difference
    ? w.firstDifference(halfYearWords(ctx, difference.period), difference.row, formatCount(difference.statedBalance, lang, ""), formatCount(difference.balance, lang, ""))
    : "";
  const label = period ? w.backlogLabel(halfYearWords(ctx, period.period)) : words.header.backlogNone;
  ctx.sheet.keyValue(label, { value: backlogText(ctx), style: "total" }, [w.backlogNote, differenceNote].filter(Boolean).join(" "));
}

function projectionBlock(ctx: SummaryContext): void {
  const { sheet, words, lang, report } = ctx;
  const w = words.quota;
  const projection = report.quota.projection ?? null;
  if (!projection) {
    sheet.line([{ value: w.noProjection, style: "note", span: sheet.columnWidths.length }]);
    return;
  }
  const peilmoment = formatDate(projection.peilmoment, lang);
  sheet.line([{ value: w.projection(peilmoment, halfYearWords(ctx, projection.period)), kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  const [, computed, stated] = w.projectionColumns;
  sheet.line([{ value: "", style: "tableHeader", span: 2 }, { value: computed, kind: "heading", style: "tableHeader" }, { value: stated, kind: "heading", style: "tableHeader" }]);
  const pair = (label: string, a: number | null, b: number | null, style: "cell" | "total" = "cell") =>
    sheet.line([{ value: label, style: style === "total" ? "total" : "label", span: 2, wrap: true }, number(a, style), number(b, style)]);
  pair(w.due, projection.due, projection.statedDue);
  const realised: Part = projection.realised === null ? { value: w.realisedUnknown, span: 2 } : { ...number(projection.realised), span: 2 };
  sheet.line([{ value: w.realised, style: "label", span: 2, wrap: true }, realised]);
  const high = projection.plannedMax ?? projection.planned;
  sheet.line([
    { value: w.planned, style: "label", span: 2, wrap: true },
    { ...number(projection.planned), span: 2 },
    { value: high > projection.planned ? w.plannedRange(projection.planned, high) : "", style: "note", span: 4 },
  ]);
  pair(w.shortfall(peilmoment), projection.shortfall, projection.shortfallStated, "total");
}

export function quotaSection(ctx: SummaryContext): { dataBars: SummaryDataBar[]; chart: SummaryChart | null } {
  const { sheet, words, report } = ctx;
  const w = words.quota;
  sheet.startSection("quota", w.section);
  sheet.banner(w.section, "sectionHeading", { height: 22 });
  if (report.quota.periods.length === 0) {
    sheet.line([{ value: w.none, style: "note", span: sheet.columnWidths.length }]);
    return { dataBars: [], chart: null };
  }
  sheet.skip();
  sheet.line([{ value: w.ledger, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  const { dataBars, source } = ledgerTable(ctx);
  sheet.skip();
  backlogBlock(ctx);
  sheet.skip();
  projectionBlock(ctx);
  sheet.skip();
  const top = sheet.row;
  sheet.skip(CHART_ROWS);
  const chart: SummaryChart = {
    type: "columnClustered",
    title: w.chartTitle,
    source,
    from: sheet.address(top, 0),
    to: sheet.address(top + CHART_ROWS - 1, CHART_LAST_COLUMN),
    cliNote: { row: top, column: 0, span: sheet.columnWidths.length, text: w.cliNote },
  };
  return { dataBars, chart };
}
