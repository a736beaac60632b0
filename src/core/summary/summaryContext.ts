import type { SinceLastMeeting } from "../compare/sinceLastMeeting";
import type { CheckReport } from "../engine/checkWorkbook";
import type { WorkbookModel } from "../model/workbookModel";
import type { IndicatorReport } from "../indicators/indicatorReport";
import type { ParsedRow } from "../model/parsedTable";
import type { IsoDate } from "../parse/isoDate";
import type { Lang } from "../rules/types";
import { SheetBuilder } from "./sheetBuilder";
import { choiceCandidates, chosenActivities, chosenIndicators, resolveChoice, type ChoiceCandidates, type SummaryChoice, type SummarySectionId } from "./summaryChoice";
import { SUMMARY_WORDS, type SummaryWords } from "./summaryWords";

export interface SummaryOptions {
  meetingDate: IsoDate;
  /** Local time from the caller, `YYYY-MM-DDTHH:MM[:SS]`: the core never reads the clock. */
  generatedAt: string;
  /** What produced the figures, e.g. `Beleidsmonitor 0.1.0`. */
  generator: string;
  lang?: Lang;
  /** *Sinds het vorige overleg*: shown after the key figures when given. */
  since?: SinceLastMeeting;
  /**
   * Sections, programmes and themes chosen in the pane or with `--onderdelen`, `--programmas` and `--themas`; what is
   * not given follows Instellingen (`Samenvatting onderdelen`, `… programma's`, `… thema's`), and without those
   * everything is shown.
   */
  choice?: Partial<SummaryChoice>;
}

/** What every section of a sheet reads from. */
export interface SummaryContext {
  report: CheckReport;
  model: WorkbookModel;
  options: SummaryOptions;
  lang: Lang;
  words: SummaryWords;
  sheet: SheetBuilder;
  choice: SummaryChoice;
  candidates: ChoiceCandidates;
  /** The indicators of the chosen programmes: every count, point and line of the summary reads these. */
  indicators: IndicatorReport[];
  /** The activities of the chosen themes. */
  activityRows: ParsedRow[];
  /** Whether the chosen sections include this one. */
  shows(section: SummarySectionId): boolean;
  /** `2. Indicatoren`: sections are numbered in the order they are written, so leaving one out leaves no gap. */
  numbered(title: string): string;
}

export function summaryContext(report: CheckReport, model: WorkbookModel, options: SummaryOptions, columnWidths: readonly number[]): SummaryContext {
  const lang = options.lang ?? "nl";
  const choice = resolveChoice(model, options.choice);
  let sections = 0;
  return {
    report,
    model,
    options,
    lang,
    words: SUMMARY_WORDS[lang],
    sheet: new SheetBuilder(columnWidths),
    choice,
    candidates: choiceCandidates(model),
    indicators: chosenIndicators(report.indicators, choice),
    activityRows: chosenActivities(model.tables.activities?.filledRows ?? [], choice),
    shows: (section) => choice.sections.includes(section),
    numbered: (title) => `${++sections}. ${title}`,
  };
}
