import { activityOverview, type ActivityOverview } from "../activities/overview";
import { indicatorReports, type IndicatorReport } from "../indicators/indicatorReport";
import { partyTodos, type PartyTodo } from "../todo/partyTodo";
import { buildModel, type WorkbookModel } from "../model/workbookModel";
import type { IsoDate } from "../parse/isoDate";
import { quotaReport, type QuotaReport } from "../quota/quotaReport";
import { ALL_RULES } from "../rules";
import type { Finding, Lang, Rule, Severity } from "../rules/types";
import type { WorkbookSnapshot } from "../snapshot";
import { runRules } from "./runRules";
import { withoutFormulaConsequences } from "./formulaConsequences";

export interface CheckOptions {
  /** Today, from the caller: the core never reads the clock. */
  today: IsoDate;
  /** Overrides the workbook's Peildatum (`--peildatum`). */
  referenceDate?: IsoDate;
  lang?: Lang;
  rules?: readonly Rule[];
}

export type { QuotaPeriodReport } from "../quota/quotaReport";

export interface CheckReport {
  referenceDate: IsoDate;
  /** Where the reference date came from. */
  referenceDateSource: "option" | "workbook" | "today";
  municipality: string | null;
  counts: Record<Severity, number>;
  findings: Finding[];
  quota: QuotaReport;
  indicators: IndicatorReport[];
  activities: ActivityOverview;
  todo: PartyTodo[];
  /** Rules switched off or re-graded in Instellingen, shown in every report header. */
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  /** Every rule's short name in the report's language, by id: what a reader sees where the id would be. */
  ruleNames: Record<string, string>;
}

function referenceDateOf(model: WorkbookModel, options: CheckOptions): Pick<CheckReport, "referenceDate" | "referenceDateSource"> {
  if (options.referenceDate) return { referenceDate: options.referenceDate, referenceDateSource: "option" };
  if (model.settings.referenceDate) return { referenceDate: model.settings.referenceDate, referenceDateSource: "workbook" };
  return { referenceDate: options.today, referenceDateSource: "today" };
}

/** The one-click check: every rule plus the figures the reports show, from one snapshot. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): CheckReport {
  const model = buildModel(snapshot);
  return checkModel(model, options);
}

export function checkModel(model: WorkbookModel, options: CheckOptions): CheckReport {
  const lang = options.lang ?? "nl";
  const { referenceDate, referenceDateSource } = referenceDateOf(model, options);
  const { settings } = model;
  const findings = withoutFormulaConsequences(
    runRules(model, options.rules ?? ALL_RULES, {
      referenceDate,
      lang,
      disabledRules: settings.disabledRules,
      severityOverrides: settings.severityOverrides,
    }),
    model.snapshot,
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return {
    referenceDate,
    referenceDateSource,
    municipality: settings.municipality,
    counts,
    findings,
    quota: quotaReport(model, referenceDate),
    indicators: indicatorReports(model, referenceDate),
    activities: activityOverview(model.tables.activities, settings, referenceDate),
    ruleNames: Object.fromEntries((options.rules ?? ALL_RULES).map((rule) => [rule.meta.id, rule.meta.name[lang]])),
    todo: partyTodos(model, findings, lang),
    disabledRules: settings.disabledRules,
    severityOverrides: settings.severityOverrides,
  };
}
