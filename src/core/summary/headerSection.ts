import { formatDate } from "../format/formatDate";
import { countLabel, SEVERITIES } from "../i18n/labels";
import { isoToExcelSerial } from "../parse/isoDate";
import { attentionItems } from "./activitiesSection";
import { STATUS_ORDER, statusWord } from "./indicatorLights";
import { headlineFigures } from "./headline";
import type { SummaryContext } from "./summaryContext";
import { FORMATS, longDateFormat, formatTimestamp } from "./summaryFormat";

/** Rows 1 and 2, repeated at the top of every printed page. */
export const TITLE_ROWS = { first: 1, last: 2 };

function banner(ctx: SummaryContext): void {
  const { report, words, lang, sheet } = ctx;
  const errors = countLabel(report.counts.error, "error", lang);
  const warnings = countLabel(report.counts.warning, "warning", lang);
  if (report.counts.error > 0) sheet.banner(words.errorBanner(errors, warnings), "warningBanner", { wrap: true });
  else if (report.counts.warning > 0) sheet.banner(words.warningBanner(warnings), "okBanner");
  else sheet.banner(words.cleanBanner, "okBanner");
}

function facts(ctx: SummaryContext): void {
  const { report, words, lang, sheet, options } = ctx;
  const w = words.header;
  const date = (iso: string) => ({ value: isoToExcelSerial(iso), kind: "date" as const, numberFormat: longDateFormat(lang) });
  sheet.keyValue(w.municipality, report.municipality ? { value: report.municipality } : { value: w.municipalityMissing, style: "note" });
  sheet.keyValue(w.meeting, date(options.meetingDate));
  sheet.keyValue(w.reference, date(report.referenceDate), w.referenceSource[report.referenceDateSource]);
  const stamp = formatTimestamp(options.generatedAt, lang);
  sheet.keyValue(w.generatedAt, { value: stamp.time ? words.at(stamp.date, stamp.time) : stamp.date });
  sheet.keyValue(w.generatedBy, { value: options.generator }, w.snapshot);
  const state = SEVERITIES.map((s) => countLabel(report.counts[s], s, lang)).join(" · ");
  sheet.keyValue(w.checkState, { value: state, style: report.counts.error > 0 ? "trafficLight-red" : "cell", align: "left" }, w.checkHint);
  if (report.disabledRules.length > 0) sheet.keyValue(w.disabled, { value: report.disabledRules.join(", "), wrap: true });
}

function keyFigures(ctx: SummaryContext): void {
  const { report, words, lang, sheet } = ctx;
  const w = words.header;
  sheet.line([{ value: w.keyFigures, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  sheet.keyValue(w.activities, { value: report.activities.total, numberFormat: FORMATS.count }, w.attention(attentionItems(ctx).length));
  const byStatus = STATUS_ORDER.map((status) => [status, report.indicators.filter((i) => i.status === status).length] as const).filter(([, n]) => n > 0);
  sheet.keyValue(w.indicators, { value: report.indicators.length, numberFormat: FORMATS.count }, byStatus.map(([s, n]) => `${statusWord(s, lang)} ${n}`).join(" · "));
  // The same figures lead the task pane (headlineFigures).
  for (const figure of headlineFigures(report, lang)) sheet.keyValue(figure.label, { value: figure.value }, figure.note);
  const items = report.todo.reduce((sum, t) => sum + t.items.length, 0);
  sheet.keyValue(w.missing, { value: w.missingValue(items, report.todo.length) });
}

export function headerSection(ctx: SummaryContext): void {
  const { report, words, lang, sheet, options } = ctx;
  sheet.startSection("header", words.header.section);
  sheet.banner(words.title(formatDate(options.meetingDate, lang)), "title", { height: 28 });
  sheet.banner(words.subtitle(words.place(report.municipality), formatDate(report.referenceDate, lang)), "subtitle", { height: 18 });
  sheet.skip();
  banner(ctx);
  sheet.skip();
  facts(ctx);
  sheet.skip();
  keyFigures(ctx);
}
