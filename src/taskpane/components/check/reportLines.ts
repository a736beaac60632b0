import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { formatDate } from "../../../core/format/formatDate";
import { SEVERITY_LABELS } from "../../../core/i18n/labels";
import { headlineFigures } from "../../../core/summary/headline";
import type { Lang } from "../../../core/rules/types";
import type { StringKey, Translate } from "../../i18n/strings";

const SOURCE: Record<CheckReport["referenceDateSource"], StringKey> = {
  option: "referenceSourceOption",
  workbook: "referenceSourceWorkbook",
  today: "referenceSourceToday",
};

export function referenceDateLine(report: CheckReport, t: Translate, lang: Lang): string {
  return t("referenceDate", { date: formatDate(report.referenceDate, lang), source: t(SOURCE[report.referenceDateSource]) });
}

/** `Uitgeschakeld: Lang niet bijgewerkt`, so nobody mistakes a switched-off rule for a clean workbook. */
export function disabledRulesLine(report: CheckReport, t: Translate): string | null {
  return report.disabledRules.length > 0 ? t("disabledRules", { rules: report.disabledRules.map((id) => report.ruleNames[id] ?? id).join(", ") }) : null;
}

/**
 * The headline the summary's page 1 also leads with: `Achterstand taakstelling na 2e helft 2024: 32 volgens de tabel
 * (berekend 48); het verschil komt uit Taakstelling C6`, then the expected shortfall at each peilmoment.
 */
export function headlineLines(report: CheckReport, lang: Lang): string[] {
  return headlineFigures(report, lang).map((f) => `${f.label}: ${f.value}${f.note ? `; ${f.note}` : ""}`);
}

export function overridesLine(report: CheckReport, t: Translate, lang: Lang): string | null {
  const entries = Object.entries(report.severityOverrides);
  if (entries.length === 0) return null;
  return t("severityOverrides", { rules: entries.map(([id, s]) => `${report.ruleNames[id] ?? id} → ${SEVERITY_LABELS[lang][s].one}`).join(", ") });
}

function backlogWords(count: number | null, t: Translate): string {
  if (count === null) return t("quotaUnknown");
  if (count > 0) return t("quotaBacklog", { count });
  if (count < 0) return t("quotaAhead", { count: -count });
  return t("quotaEven");
}

/** `achterstand 32 volgens de tabel (berekend 48)`: the stated figure first, the official one. */
function statedFirst(stated: number | null, computed: number | null, t: Translate): string {
  if (stated === null || computed === null || stated === computed) return backlogWords(stated ?? computed, t);
  return t("quotaStated", { stated: backlogWords(stated, t), value: computed });
}

/**
 * The quota backlog as the table states it (computed beside it, with the cell that explains the difference),
 * and what is expected at the next two peilmomenten, in one line; null without a quota table.
 */
export function quotaLine(report: CheckReport, t: Translate, lang: Lang): string | null {
  const { quota } = report;
  if (quota.periods.length === 0 && quota.projections.length === 0) return null;
  const { headline } = quota;
  let backlog = headline.statedBacklog === null ? backlogWords(quota.backlog, t) : statedFirst(headline.statedBacklog, headline.computedBacklog, t);
  const cause = headline.explainedBy[0];
  if (cause && headline.statedBacklog !== headline.computedBacklog) backlog = t("quotaExplained", { value: backlog, cell: `${cause.sheet} ${cause.cell}` });
  const projections = quota.projections.filter((p) => p.shortfall !== null || p.shortfallStated !== null);
  if (projections.length === 0) return t("quotaLineNoProjection", { backlog });
  const at = projections.map((p) => t("quotaAt", { date: formatDate(p.peilmoment, lang), value: statedFirst(p.shortfallStated, p.shortfall, t) }));
  return t("quotaLine", { backlog, projection: at.join(", ") });
}
