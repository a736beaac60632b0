import { formatDate } from "../format/formatDate";
import { countLabel, SEVERITIES } from "../i18n/labels";
import { isoToExcelSerial } from "../parse/isoDate";
import { attentionItems } from "./activitiesSection";
import { STATUS_ORDER, statusWord } from "./indicatorLights";
import { ruleName } from "../rules/ruleName";
import { activityStatus, isOverdue } from "../activities/activityTiming";
import { discussionPoints, type DiscussionScope } from "./discussionPoints";
import { leftOutLine } from "./summaryChoice";
import { headlineFigures } from "./headline";
import type { SummaryContext } from "./summaryContext";
import { FORMATS, longDateFormat, formatTimestamp } from "./summaryFormat";

/** Rows 1 and 2, repeated at the top of every printed page. */
export const TITLE_ROWS = { first: 1, last: 2 };

function facts(ctx: SummaryContext): void {
  const { report, words, lang, sheet, options } = ctx;
  const w = words.header;
  const date = (iso: string) => ({ value: isoToExcelSerial(iso), kind: "date" as const, numberFormat: longDateFormat(lang) });
  sheet.keyValue(w.municipality, report.municipality ? { value: report.municipality } : { value: w.municipalityMissing, style: "note" });
  sheet.keyValue(w.meeting, date(options.meetingDate));
  sheet.keyValue(w.reference, date(report.referenceDate), w.referenceSource[report.referenceDateSource]);
  const stamp = formatTimestamp(options.generatedAt, lang);
  sheet.keyValue(w.generatedAt, { value: stamp.time ? words.at(stamp.date, stamp.time) : stamp.date }, w.snapshot);
  const state = SEVERITIES.map((s) => countLabel(report.counts[s], s, lang)).join(" · ");
  // One modest line: the alderman reads the figures; the Controle sheet is for whoever keeps the workbook.
  sheet.keyValue(w.checkState, { value: state, align: "left" }, w.checkHint);
  if (report.disabledRules.length > 0) sheet.keyValue(w.disabled, { value: report.disabledRules.map((id) => ruleName(id, lang)).join(", "), wrap: true });
}

function keyFigures(ctx: SummaryContext): void {
  const { report, words, lang, sheet, shows } = ctx;
  const w = words.header;
  sheet.line([{ value: w.keyFigures, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  if (shows("activities")) sheet.keyValue(w.activities, { value: ctx.activityRows.length, numberFormat: FORMATS.count }, w.attention(attentionItems(ctx).length));
  if (shows("indicators")) {
    const byStatus = STATUS_ORDER.map((status) => [status, ctx.indicators.filter((i) => i.status === status).length] as const).filter(([, n]) => n > 0);
    sheet.keyValue(w.indicators, { value: ctx.indicators.length, numberFormat: FORMATS.count }, byStatus.map(([s, n]) => `${statusWord(s, lang)} ${n}`).join(" · "));
  }
  // The same figures lead the task pane (headlineFigures).
  if (shows("quota")) for (const figure of headlineFigures(report, lang)) sheet.keyValue(figure.label, { value: figure.value }, figure.note);
  if (shows("missing")) {
    const items = report.todo.reduce((sum, t) => sum + t.items.length, 0);
    sheet.keyValue(w.missing, { value: w.missingValue(items, report.todo.length) });
  }
}

/** The points follow the choice: nothing about a section, programme or theme the meeting left out. */
function scope(ctx: SummaryContext): DiscussionScope {
  const { shows } = ctx;
  const referenceDate = ctx.report.referenceDate;
  const activities = {
    delayed: ctx.activityRows.filter((r) => activityStatus(r) === "Vertraagd").length,
    overdue: ctx.activityRows.filter((r) => isOverdue(r, referenceDate)).length,
  };
  return { quota: shows("quota"), indicators: shows("indicators") ? ctx.indicators : null, activities: shows("activities") ? activities : null };
}

export function headerSection(ctx: SummaryContext): void {
  const { report, words, lang, sheet, options } = ctx;
  sheet.startSection("header", words.header.section);
  sheet.banner(words.title(formatDate(options.meetingDate, lang)), "title", { height: 28 });
  sheet.banner(words.subtitle(words.place(report.municipality), formatDate(report.referenceDate, lang)), "subtitle", { height: 18 });
  sheet.skip();
  facts(ctx);
  sheet.skip();
  const leftOut = leftOutLine(ctx.choice, ctx.candidates, lang);
  // One modest line, before the figures it qualifies.
  if (leftOut) {
    sheet.line([{ value: leftOut, style: "note", span: sheet.columnWidths.length, wrap: true }]);
    sheet.skip();
  }
  keyFigures(ctx);
  sheet.skip();
  sheet.line([{ value: words.header.discussion, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  for (const point of discussionPoints(report, lang, scope(ctx))) sheet.line([{ value: `• ${point}`, span: sheet.columnWidths.length, wrap: true }]);
}
