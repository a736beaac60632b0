import { SEVERITIES } from "../../../core/i18n/labels";
import type { Finding, Severity } from "../../../core/rules/types";

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/** Fluent badge colours per severity: the same meaning in every view. */
export const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<Severity, string>;

export function filterFindings(findings: readonly Finding[], severities: ReadonlySet<Severity>, sheet: string | null): Finding[] {
  return findings.filter((f) => severities.has(f.severity) && (sheet === null || f.sheet === sheet));
}

/** Findings by severity (errors first), then by sheet in the order the sheets first occur. Empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const sheets = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = sheets.get(finding.sheet);
      if (list) list.push(finding);
      else sheets.set(finding.sheet, [finding]);
    }
    if (sheets.size === 0) continue;
    const sheetGroups = [...sheets].map(([sheet, list]) => ({ sheet, findings: list }));
    groups.push({ severity, count: sheetGroups.reduce((n, g) => n + g.findings.length, 0), sheets: sheetGroups });
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
