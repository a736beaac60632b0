import type { CheckReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import type { WorkbookModel } from "../model/workbookModel";
import { activitiesSection } from "./activitiesSection";
import { headerSection, TITLE_ROWS } from "./headerSection";
import { indicatorsSection } from "./indicatorsSection";
import { missingDataSection } from "./missingDataSection";
import { quotaSection } from "./quotaSection";
import { sinceLastMeetingSection } from "./sinceLastMeetingSection";
import type { SheetBuilder } from "./sheetBuilder";
import { summaryContext, type SummaryContext, type SummaryOptions } from "./summaryContext";
import { formatTimestamp, headerText } from "./summaryFormat";
import type { SummaryChart, SummaryDataBar, SummaryPrint, SummarySheet } from "./summarySheet";
import { TAB_COLOR } from "./summaryStyles";

/**
 * Twelve columns shared by every section, in characters: an ID, a wide text column, eight figures, a source and a
 * note. The figure columns are 11–12 wide so a bold header such as *Streefwaarde* never breaks inside the word; about
 * 180 characters fit A4 landscape at roughly 80 %.
 */
export const SUMMARY_COLUMNS = [8, 32, 12, 12, 12, 12, 12, 11, 11, 12, 20, 28];

export type { SummaryOptions } from "./summaryContext";

/** Print settings every written sheet shares; `titleRows` repeat on each page, sections start one. */
export function printSettings(ctx: SummaryContext, titleRows: { first: number; last: number }): SummaryPrint {
  const { sheet, words, lang, report, options } = ctx;
  sheet.closeSection();
  const stamp = formatTimestamp(options.generatedAt, lang);
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows,
    header: {
      left: headerText(words.place(report.municipality)),
      center: headerText(words.headerMeeting(formatDate(options.meetingDate, lang))),
      right: headerText(words.headerReference(formatDate(report.referenceDate, lang))),
    },
    footer: {
      left: headerText(`${options.generator} · ${stamp.time ? words.at(stamp.date, stamp.time) : stamp.date}`),
      center: "&A",
      right: words.footerPage,
    },
    breaksAfter: sheet.sections.slice(1).map((s) => s.firstRow - 1),
    area: sheet.range(1, 0, Math.max(1, sheet.lastRow), sheet.lastColumn),
  };
}

export function assembleSheet(name: string, sheet: SheetBuilder, print: SummaryPrint, extras: { dataBars?: SummaryDataBar[]; chart?: SummaryChart | null } = {}): SummarySheet {
  return {
    name,
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: [...sheet.columnWidths],
    rowHeights: sheet.rowHeights,
    sections: sheet.sections,
    print,
    dataBars: extras.dataBars ?? [],
    chart: extras.chart ?? null,
    frozenRows: print.titleRows.last,
    tabColor: TAB_COLOR,
  };
}

/**
 * The summary for the bestuurlijk overleg (`BO <yyyy-mm-dd>`): header, since the previous meeting (when
 * `options.since` is given), activities, indicators, quota and missing data, one printed A4 landscape page (or more)
 * per section; the sections, programmes and themes chosen (`options.choice`, else Instellingen). Values only, no formulas.
 */
export function buildSummary(report: CheckReport, model: WorkbookModel, options: SummaryOptions): SummarySheet {
  const ctx = summaryContext(report, model, options, SUMMARY_COLUMNS);
  const { shows } = ctx;
  headerSection(ctx);
  if (options.since && shows("since")) sinceLastMeetingSection(ctx, options.since);
  if (shows("activities")) activitiesSection(ctx);
  const indicatorBars = shows("indicators") ? indicatorsSection(ctx) : [];
  const quota = shows("quota") ? quotaSection(ctx) : { dataBars: [], chart: null };
  if (shows("missing")) missingDataSection(ctx);
  const print = printSettings(ctx, TITLE_ROWS);
  return assembleSheet(`BO ${options.meetingDate}`, ctx.sheet, print, { dataBars: [...indicatorBars, ...quota.dataBars], chart: quota.chart });
}
