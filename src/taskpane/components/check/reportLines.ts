import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { formatDate } from "../../../core/format/formatDate";
import { SEVERITY_LABELS } from "../../../core/i18n/labels";
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

/** `Uitgeschakeld: stale-row`, so nobody mistakes a switched-off rule for a clean workbook. */
export function disabledRulesLine(report: CheckReport, t: Translate): string | null {
  return report.disabledRules.length > 0 ? t("disabledRules", { rules: report.disabledRules.join(", ") }) : null;
}

export function overridesLine(report: CheckReport, t: Translate, lang: Lang): string | null {
  const entries = Object.entries(report.severityOverrides);
  if (entries.length === 0) return null;
  return t("severityOverrides", { rules: entries.map(([id, s]) => `${id} → ${SEVERITY_LABELS[lang][s].one}`).join(", ") });
}

function backlogWords(count: number | null, t: Translate): string {
  if (count === null) return t("quotaUnknown");
  if (count > 0) return t("quotaBacklog", { count });
  if (count < 0) return t("quotaAhead", { count: -count });
  return t("quotaEven");
}

/** The quota backlog and what the plan leaves at the next peilmoment, in one line; null without a quota table. */
export function quotaLine(report: CheckReport, t: Translate, lang: Lang): string | null {
  const { quota } = report;
  if (quota.periods.length === 0 && !quota.projection) return null;
  const backlog = backlogWords(quota.backlog, t);
  const projection = quota.projection;
  if (!projection) return t("quotaLineNoProjection", { backlog });
  const expected = projection.shortfall ?? projection.shortfallStated;
  let words = backlogWords(expected, t);
  if (projection.shortfall !== null && projection.shortfallStated !== null && projection.shortfallStated !== projection.shortfall) {
    words = t("quotaStated", { value: words, stated: projection.shortfallStated });
  }
  return t("quotaLine", { backlog, date: formatDate(projection.peilmoment, lang), projection: words });
}
