import type { QuotaPeriodReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import type { YearMonth } from "../parse/parseMonth";
import { monthWords } from "../quota/monthWords";
import type { QuotaProjection } from "../quota/projection";
import { missingWords } from "../quota/projectionWords";
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

/** The headline backlog: as the table states it (the official figure) and as computed, at the same half-year. */
export function backlogFigures(ctx: SummaryContext): { period: QuotaPeriodReport | null; computed: number | null; stated: number | null } {
  const { headline, periods, backlog } = ctx.report.quota;
  const period = periods.find((p) => p.period === headline.period) ?? [...periods].reverse().find((p) => p.balance !== null) ?? null;
  if (headline.period === null) return { period, computed: backlog, stated: null };
  return { period, computed: headline.computedBacklog, stated: headline.statedBacklog };
}

/** `32 volgens de tabel (berekend 48)`: the stated figure first. */
export function backlogText(ctx: SummaryContext): string {
  const { computed, stated } = backlogFigures(ctx);
  const { words, lang } = ctx;
  if (stated === null) return words.computedStated(formatCount(computed, lang, words.unknown), words.notFilled);
  return words.statedFirst(formatCount(stated, lang, words.unknown), formatCount(computed, lang, words.unknown));
}

/** `15 volgens de tabel (berekend 31)` for a projection's expected shortfall. */
export function shortfallText(ctx: SummaryContext, projection: QuotaProjection): string {
  const { words, lang } = ctx;
  const computed = formatCount(projection.shortfall, lang, words.unknown);
  if (projection.shortfallStated === null) return words.computedStated(computed, words.notFilled);
  return words.statedFirst(formatCount(projection.shortfallStated, lang, words.unknown), computed);
}

function ledgerTable(ctx: SummaryContext): { dataBars: SummaryDataBar[]; source: string } {
  const { sheet, words, report } = ctx;
  const w = words.quota;
  const notes = new Map((ctx.model.tables.quota?.filledRows ?? []).map((r) => [r.row, r.text("note")]));
  // No internal columns (row numbers, differences): the reader compares the pairs; the first column stays empty so
  // the half-year sits where the chart reads its categories.
  const headerRow = sheet.line(w.columns.map((value) => ({ value, kind: "heading", style: "tableHeader", wrap: true })));
  for (const p of report.quota.periods) {
    sheet.line([
      { value: "" },
      { value: halfYearWords(ctx, p.period) },
      number(p.quota),
      number(p.due),
      number(p.housed),
      number(p.balance),
      number(p.balance === null ? null : Math.max(0, -p.balance)),
      number(p.statedDue),
      number(p.statedBalance),
    ]);
  }
  const last = sheet.lastRow;
  // The table's own notes below the ledger, not in it: a wrapped note would stretch its row and the data bars with it.
  const noted = report.quota.periods.filter((p) => (notes.get(p.row) ?? "") !== "");
  if (noted.length > 0) {
    sheet.line([{ value: w.notesTitle, style: "label", span: 2 }]);
    for (const p of noted) sheet.line([{ value: halfYearWords(ctx, p.period), style: "note" }, { value: notes.get(p.row)!, style: "note", span: sheet.columnWidths.length - 2, wrap: true }], 1);
  }
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
  const { headline } = report.quota;
  const cause = headline.statedBacklog !== headline.computedBacklog ? headline.explainedBy[0] : undefined;
  const differenceNote = cause
    ? w.explained(`${cause.sheet} ${cause.cell}`, cause.column, formatCount(cause.value, lang, ""), formatCount(cause.expected, lang, ""))
    : "";
  const label = period ? w.backlogLabel(halfYearWords(ctx, period.period)) : words.header.backlogNone;
  ctx.sheet.keyValue(label, { value: backlogText(ctx), style: "total" }, [w.backlogNote, differenceNote].filter(Boolean).join(" "));
}

function projectionBlock(ctx: SummaryContext): void {
  const { sheet, words, lang, report } = ctx;
  const w = words.quota;
  if (report.quota.projections.length === 0) {
    sheet.line([{ value: w.noProjection, style: "note", span: sheet.columnWidths.length }]);
    return;
  }
  report.quota.projections.forEach((projection, i) => {
    if (i > 0) sheet.skip();
    const peilmoment = formatDate(projection.peilmoment, lang);
    const period = halfYearWords(ctx, projection.period);
    sheet.line([{ value: w.projection(peilmoment, period), kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
    if (projection.quota === null && projection.statedDue === null) {
      sheet.line([{ value: w.noQuota(period), style: "note", span: sheet.columnWidths.length, wrap: true }]);
      return;
    }
    const [, stated, computed] = w.projectionColumns;
    sheet.line([{ value: "", style: "tableHeader", span: 2 }, { value: stated, kind: "heading", style: "tableHeader", wrap: true }, { value: computed, kind: "heading", style: "tableHeader", wrap: true }]);
    const pair = (label: string, a: number | null, b: number | null, style: "cell" | "total" = "cell") =>
      sheet.line([{ value: label, style: style === "total" ? "total" : "label", span: 2, wrap: true }, number(a, style), number(b, style)]);
    pair(w.due, projection.statedDue, projection.due);
    const realisedMonths = projection.realisedSource === "months" ? monthWords(months(projection.realisedMonths))[lang] : "";
    const realised: Part = projection.realised === null ? { value: w.realisedUnknown, span: 2 } : { ...number(projection.realised), span: 2 };
    sheet.line([{ value: w.realised(realisedMonths), style: "label", span: 2, wrap: true }, realised]);
    const high = projection.plannedMax ?? projection.planned;
    sheet.line([
      { value: w.planned(monthWords(months(projection.plannedMonths))[lang]), style: "label", span: 2, wrap: true },
      { ...number(projection.planned), span: 2 },
      { value: high > projection.planned ? w.plannedRange(projection.planned, high) : "", style: "note", span: 4 },
    ]);
    pair(w.shortfall(peilmoment), projection.shortfallStated, projection.shortfall, "total");
    const missing = missingWords(projection)[lang].trim();
    if (missing) sheet.line([{ value: missing, style: "note", span: sheet.columnWidths.length, wrap: true }]);
  });
}

const months = (keys: readonly string[]): YearMonth[] => keys.map((k) => ({ year: Number(k.slice(0, 4)), month: Number(k.slice(5, 7)) }));

export function quotaSection(ctx: SummaryContext): { dataBars: SummaryDataBar[]; chart: SummaryChart | null } {
  const { sheet, words, report } = ctx;
  const w = words.quota;
  const title = ctx.numbered(w.section);
  sheet.startSection("quota", title);
  sheet.banner(title, "sectionHeading", { height: 22 });
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
