import type { SinceLastMeeting } from "../compare/sinceLastMeeting";
import type { CheckReport } from "../engine/checkWorkbook";
import type { WorkbookModel } from "../model/workbookModel";
import type { IsoDate } from "../parse/isoDate";
import type { Lang } from "../rules/types";
import { SheetBuilder } from "./sheetBuilder";
import { SUMMARY_WORDS, type SummaryWords } from "./summaryWords";

export interface SummaryOptions {
  meetingDate: IsoDate;
  /** Local time from the caller, `YYYY-MM-DDTHH:MM[:SS]`: the core never reads the clock. */
  generatedAt: string;
  /** What produced the figures, e.g. `Beleidsmonitor 0.1.0`. */
  generator: string;
  lang?: Lang;
  /** *Sinds het vorige overleg*: shown after the key figures when given (issue 13; the writers pass it later). */
  since?: SinceLastMeeting;
}

/** What every section of a sheet reads from. */
export interface SummaryContext {
  report: CheckReport;
  model: WorkbookModel;
  options: SummaryOptions;
  lang: Lang;
  words: SummaryWords;
  sheet: SheetBuilder;
}

export function summaryContext(report: CheckReport, model: WorkbookModel, options: SummaryOptions, columnWidths: readonly number[]): SummaryContext {
  const lang = options.lang ?? "nl";
  return { report, model, options, lang, words: SUMMARY_WORDS[lang], sheet: new SheetBuilder(columnWidths) };
}
