import { findingRank, rankFindings } from "../../../core/engine/rankFindings";
import { SEVERITIES } from "../../../core/i18n/labels";
import type { Finding, Severity } from "../../../core/rules/types";

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

/** A group of the list: the findings that change a BO figure, then the other findings per severity. */
export type GroupKey = "figures" | Severity;

export interface SeverityGroup {
  key: GroupKey;
  /** The worst severity in the group: its badge colour. */
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/** Fluent badge colours per severity: the same meaning in every view. */
export const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<Severity, string>;

export function filterFindings(findings: readonly Finding[], severities: ReadonlySet<Severity>, sheet: string | null): Finding[] {
  return findings.filter((f) => severities.has(f.severity) && (sheet === null || f.sheet === sheet));
}

/** The group a finding is listed in (rankFindings): a finding that changes a BO figure in the first group. */
export function groupKeyOf(finding: Finding): GroupKey {
  return findingRank(finding) === "figures" ? "figures" : finding.severity;
}

/**
 * Findings in the order of the text report and the Controle sheet (rankFindings): those that change a BO figure
 * first, then by severity (errors first); within a group by sheet in the order the sheets first occur. Empty groups
 * are left out.
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  const ranked = rankFindings(findings);
  for (const key of ["figures", ...SEVERITIES] as GroupKey[]) {
    const sheets = new Map<string, Finding[]>();
    for (const finding of ranked) {
      if (groupKeyOf(finding) !== key) continue;
      const list = sheets.get(finding.sheet);
      if (list) list.push(finding);
      else sheets.set(finding.sheet, [finding]);
    }
    if (sheets.size === 0) continue;
    const sheetGroups = [...sheets].map(([sheet, list]) => ({ sheet, findings: list }));
    const all = sheetGroups.flatMap((g) => g.findings);
    const severity = SEVERITIES.find((s) => all.some((f) => f.severity === s))!;
    groups.push({ key, severity, count: all.length, sheets: sheetGroups });
  }
  return groups;
}

/** The order *Volgende* walks: the order on screen. */
export function inReadingOrder(groups: readonly SeverityGroup[]): Finding[] {
  return groups.flatMap((g) => g.sheets.flatMap((s) => s.findings));
}

/** Sheets with findings and how many each has, for the sheet filter. */
export function sheetCounts(findings: readonly Finding[]): { sheet: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.sheet, (counts.get(finding.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, count]) => ({ sheet, count }));
}
