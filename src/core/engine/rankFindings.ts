import { TABLES } from "../schema/tables";
import type { Finding, Severity } from "../rules/types";

/**
 * Where a finding stands in every list a reader sees (text report, task pane, Controle sheet):
 * - `figures`: fixing it changes a figure on the BO sheet (the quota and its projections, an indicator's status);
 * - `error`: an error that leaves the BO figures as they are;
 * - `rest`: warnings and notices that leave them as they are.
 */
export type FindingRank = "figures" | "error" | "rest";

export const FINDING_RANKS: readonly FindingRank[] = ["figures", "error", "rest"];

/** The sheets whose cells feed the BO figures: the quota table and its monthly plan, the indicators and their measurements. */
const FIGURE_TABLES = new Set(["quota", "plan", "indicators", "measurements"]);
const FIGURE_SHEETS = new Set(TABLES.filter((t) => FIGURE_TABLES.has(t.key)).map((t) => t.sheet));
const QUOTA_SHEETS = new Set(TABLES.filter((t) => t.key === "quota" || t.key === "plan").map((t) => t.sheet));
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Rules about the figures themselves, wherever the cell is (a month's realisation sits on the planning sheet). */
const FIGURE_CATEGORIES = new Set<Finding["category"]>(["quota", "indicator"]);

/** A notice (`info`) on a figures sheet is advice about notation, not a changed figure. */
export function findingRank(finding: Finding): FindingRank {
  if (FIGURE_CATEGORIES.has(finding.category)) return "figures";
  if (FIGURE_SHEETS.has(finding.sheet) && finding.severity !== "info") return "figures";
  return finding.severity === "error" ? "error" : "rest";
}

/** Quota before indicators: the backlog and its projection are what the meeting decides on. */
function figureOrder(finding: Finding): number {
  const quota = finding.category === "quota" || QUOTA_SHEETS.has(finding.sheet);
  return (quota ? 0 : 3) + SEVERITY_ORDER[finding.severity];
}

/**
 * The findings in the order that matters for the meeting: those that change a BO figure first (the quota's before the
 * indicators', errors before warnings), then errors, then the rest. Stable: otherwise the engine's order (severity,
 * sheet, row, column) stays.
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  const byRank = new Map<FindingRank, Finding[]>(FINDING_RANKS.map((rank) => [rank, []]));
  for (const finding of findings) byRank.get(findingRank(finding))!.push(finding);
  const figures = byRank.get("figures")!.map((finding, index) => ({ finding, index }));
  figures.sort((a, b) => figureOrder(a.finding) - figureOrder(b.finding) || a.index - b.index);
  return [...figures.map((f) => f.finding), ...byRank.get("error")!, ...byRank.get("rest")!];
}
