import type { CheckReport } from "../core/engine/checkWorkbook";
import { formatDate } from "../core/format/formatDate";
import { formatNumber } from "../core/format/formatNumber";
import { ruleName } from "../core/rules/ruleName";
import { findingRank, rankFindings } from "../core/engine/rankFindings";
import { dueWords, missingWords, plannedWords, realisedWords, shortfallWords } from "../core/quota/projectionWords";
import { countLabel, SEVERITIES, SEVERITY_LABELS } from "../core/i18n/labels";
import type { Finding, Lang } from "../core/rules/types";

/** A rule firing more often than this in one group is summarised after the first few. */
const SUMMARY_THRESHOLD = 20;
const SHOWN_WHEN_SUMMARISED = 5;

const WORDS = {
  nl: {
    title: "Beleidsmonitor — controle van",
    referenceDate: "peildatum",
    source: { option: "opgegeven bij het starten", workbook: "uit Instellingen", today: "vandaag; geen Peildatum in Instellingen" },
    figures: "Van invloed op de cijfers voor het overleg",
    disabled: "Uitgeschakelde regels",
    overridden: "Aangepaste ernst",
    clean: "Geen bevindingen: deze controle vond niets om aan te passen.",
    more: (n: number, rule: string) => `… en nog ${n} bevindingen '${rule}'`,
    quota: "Taakstelling vergunninghouders",
    opening: "beginsaldo",
    columns: ["Periode", "Taakstelling", "Gehuisvest", "Opgave", "Saldo"],
    backlog: "Achterstand na het laatste halfjaar met gehuisvesten",
    backlogAfter: (period: string) => `Achterstand na ${period}`,
    backlogPair: (stated: string, computed: string) => `${stated} volgens de tabel (de officiële stand); berekend ${computed}`,
    explainedBy: (cell: string, column: string, value: string, expected: string) => `verschil verklaard door ${cell}: ${column} ${value}, de tabel gaat uit van ${expected}`,
    unknown: "onbekend",
    activities: "Activiteiten",
    total: "totaal",
    overdue: "over tijd",
    stale: "niet bijgewerkt binnen de signaleringstermijn",
    projection: (at: string, due: string, realised: string, planned: string, shortfall: string) => `Verwachting ${at}: opgave ${due}; ${realised}; ${planned}; verwacht tekort ${shortfall}`,
    noQuota: (at: string, period: string, planned: string) => `Verwachting ${at}: de taakstelling voor ${period} staat nog niet in de tabel; ${planned}`,
    indicators: "Indicatoren",
    statuses: { behaald: "behaald", "op-koers": "op koers", achter: "achter", "niet-behaald": "niet behaald", onbekend: "onbekend" },
    todo: "Uitvraag: nog aan te leveren per partij",
  },
  en: {
    title: "Beleidsmonitor — check of",
    referenceDate: "reference date",
    source: { option: "given at the start", workbook: "from Instellingen", today: "today; no Peildatum in Instellingen" },
    figures: "Changes the figures for the meeting",
    disabled: "Rules switched off",
    overridden: "Changed severity",
    clean: "No findings: this check found nothing to correct.",
    more: (n: number, rule: string) => `… and ${n} more findings '${rule}'`,
    quota: "Quota for permit holders",
    opening: "opening balance",
    columns: ["Period", "Quota", "Housed", "Due", "Balance"],
    backlog: "Backlog after the last half-year with a housed count",
    backlogAfter: (period: string) => `Backlog after ${period}`,
    backlogPair: (stated: string, computed: string) => `${stated} as stated (the official figure); computed ${computed}`,
    explainedBy: (cell: string, column: string, value: string, expected: string) => `difference explained by ${cell}: ${column} ${value}, the table implies ${expected}`,
    unknown: "unknown",
    activities: "Activities",
    total: "total",
    overdue: "overdue",
    stale: "not updated within the stale period",
    projection: (at: string, due: string, realised: string, planned: string, shortfall: string) => `Projection ${at}: due ${due}; ${realised}; ${planned}; expected shortfall ${shortfall}`,
    noQuota: (at: string, period: string, planned: string) => `Projection ${at}: the quota for ${period} is not in the table yet; ${planned}`,
    indicators: "Indicators",
    statuses: { behaald: "achieved", "op-koers": "on track", achter: "behind", "niet-behaald": "not achieved", onbekend: "unknown" },
    todo: "Request: still to deliver per party",
  },
} as const;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  const lines: string[] = [];
  const perRule = groupBy(findings, (f) => f.rule);
  const summarised = new Set([...perRule].filter(([, list]) => list.length > SUMMARY_THRESHOLD).map(([rule]) => rule));
  const shown = new Map<string, number>();
  for (const finding of findings) {
    const count = shown.get(finding.rule) ?? 0;
    shown.set(finding.rule, count + 1);
    if (summarised.has(finding.rule) && count >= SHOWN_WHEN_SUMMARISED) continue;
    lines.push(`    ${(finding.cell ?? "").padEnd(6)} ${finding.message}  [${ruleName(finding.rule, lang)}]`);
  }
  for (const rule of summarised) lines.push(`    ${"".padEnd(6)} ${WORDS[lang].more(perRule.get(rule)!.length - SHOWN_WHEN_SUMMARISED, ruleName(rule, lang))}`);
  return lines;
}

/** `2024-H2` → `2e helft 2024`, `second half of 2024`. */
function halfYearText(period: string, lang: Lang): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  if (!match) return period;
  if (lang === "nl") return `${match[2]}e helft ${match[1]}`;
  return `${match[2] === "1" ? "first" : "second"} half of ${match[1]}`;
}

function cellOf(value: number | null, lang: Lang): string {
  return value === null ? "–" : formatNumber(value, lang);
}

/** The stated backlog as the official figure, the computed one beside it and the cell that explains a difference. */
function backlogLines(report: CheckReport, lang: Lang): string[] {
  const words = WORDS[lang];
  const { headline, backlog } = report.quota;
  if (headline.period === null || headline.statedBacklog === null) return [`  ${words.backlog}: ${backlog === null ? words.unknown : cellOf(backlog, lang)}`];
  const label = `  ${words.backlogAfter(halfYearText(headline.period, lang))}: `;
  if (headline.computedBacklog === headline.statedBacklog) return [label + cellOf(headline.statedBacklog, lang)];
  const lines = [label + words.backlogPair(cellOf(headline.statedBacklog, lang), headline.computedBacklog === null ? words.unknown : cellOf(headline.computedBacklog, lang))];
  for (const c of headline.explainedBy) {
    lines.push(`    ${words.explainedBy(`${c.sheet} ${c.cell}`, c.column, cellOf(c.value, lang), cellOf(c.expected, lang))}`);
  }
  return lines;
}

function quotaLines(report: CheckReport, lang: Lang): string[] {
  const words = WORDS[lang];
  const { quota } = report;
  if (quota.periods.length === 0) return [];
  const lines = [`${words.quota} (${words.opening} ${cellOf(quota.openingBalance, lang)})`];
  lines.push("  " + words.columns.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(13))).join(""));
  for (const p of quota.periods) {
    lines.push("  " + [halfYearText(p.period, lang).padEnd(14), ...[p.quota, p.housed, p.due, p.balance].map((v) => cellOf(v, lang).padStart(13))].join(""));
  }
  lines.push(...backlogLines(report, lang));
  for (const p of quota.projections) {
    const at = formatDate(p.peilmoment, lang);
    if (p.quota === null && p.statedDue === null) {
      lines.push(`  ${words.noQuota(at, halfYearText(p.period, lang), plannedWords(p)[lang])}`);
      continue;
    }
    lines.push(`  ${words.projection(at, dueWords(p)[lang], realisedWords(p)[lang], plannedWords(p)[lang], shortfallWords(p)[lang])}`);
    const missing = missingWords(p)[lang].trim();
    if (missing) lines.push(`    ${missing}`);
  }
  return lines;
}

function indicatorLine(report: CheckReport, lang: Lang): string[] {
  if (report.indicators.length === 0) return [];
  const words = WORDS[lang];
  const counts = new Map<string, number>();
  for (const indicator of report.indicators) counts.set(indicator.status, (counts.get(indicator.status) ?? 0) + 1);
  const parts = (Object.keys(words.statuses) as (keyof typeof words.statuses)[]).filter((s) => counts.has(s)).map((s) => `${words.statuses[s]} ${counts.get(s)}`);
  return [`${words.indicators}: ${report.indicators.length} — ${parts.join(", ")}`];
}

function todoLines(report: CheckReport, lang: Lang): string[] {
  if (report.todo.length === 0) return [];
  const lines: string[] = [WORDS[lang].todo];
  for (const todo of report.todo) {
    lines.push(`  ${todo.party} (${todo.items.length})`);
    for (const item of todo.items.slice(0, SHOWN_WHEN_SUMMARISED * 2)) lines.push(`    ${(item.cell ?? "").padEnd(6)} ${item.sheet}: ${item.what}`);
    if (todo.items.length > SHOWN_WHEN_SUMMARISED * 2) lines.push(`    ${"".padEnd(6)} … ${lang === "nl" ? "en nog" : "and"} ${todo.items.length - SHOWN_WHEN_SUMMARISED * 2} ${lang === "nl" ? "punten" : "more items"}`);
  }
  return lines;
}

function activityLine(report: CheckReport, lang: Lang): string[] {
  const words = WORDS[lang];
  const { activities } = report;
  if (activities.total === 0) return [];
  const statuses = Object.entries(activities.byStatus)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(", ");
  return [`${words.activities}: ${activities.total} ${words.total} — ${statuses}`, `  ${activities.overdue} ${words.overdue}, ${activities.stale} ${words.stale}`];
}

/** The terminal report: a header, findings grouped by severity and sheet, then the figures. */
export function formatTextReport(report: CheckReport, file: string, lang: Lang): string {
  const words = WORDS[lang];
  const lines: string[] = [];
  lines.push(`${words.title} ${file}`);
  const place = report.municipality ? `${report.municipality} · ` : "";
  lines.push(`${place}${words.referenceDate} ${formatDate(report.referenceDate, lang)} (${words.source[report.referenceDateSource]})`);
  if (report.disabledRules.length > 0) lines.push(`${words.disabled}: ${report.disabledRules.map((id) => ruleName(id, lang)).join(", ")}`);
  const overridden = Object.entries(report.severityOverrides);
  if (overridden.length > 0) lines.push(`${words.overridden}: ${overridden.map(([id, s]) => `${ruleName(id, lang)} → ${SEVERITY_LABELS[lang][s].one}`).join(", ")}`);
  lines.push("");
  lines.push(SEVERITIES.map((s) => countLabel(report.counts[s], s, lang)).join(" · "));
  if (report.findings.length === 0) lines.push(words.clean);
  // The same order as the task pane and the Controle sheet (rankFindings): what changes a BO figure first.
  const ranked = rankFindings(report.findings);
  const sections: [string, Finding[]][] = [[words.figures, ranked.filter((f) => findingRank(f) === "figures")]];
  for (const severity of SEVERITIES) sections.push([SEVERITY_LABELS[lang][severity].heading, report.findings.filter((f) => f.severity === severity && findingRank(f) !== "figures")]);
  for (const [heading, findings] of sections) {
    if (findings.length === 0) continue;
    lines.push("", heading.toUpperCase());
    for (const [sheet, group] of groupBy(findings, (f) => f.sheet)) {
      lines.push(`  ${sheet || "—"}`);
      lines.push(...findingLines(group, lang));
    }
  }
  const quota = quotaLines(report, lang);
  if (quota.length > 0) lines.push("", ...quota);
  const activities = activityLine(report, lang);
  if (activities.length > 0) lines.push("", ...activities);
  const indicators = indicatorLine(report, lang);
  if (indicators.length > 0) lines.push("", ...indicators);
  const todo = todoLines(report, lang);
  if (todo.length > 0) lines.push("", ...todo);
  return lines.join("\n") + "\n";
}
