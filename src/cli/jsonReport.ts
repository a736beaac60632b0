import type { CheckReport } from "../core/engine/checkWorkbook";

/** The stable JSON contract of `beleidsmonitor check --json` (documented in the README). */
export function jsonReport(report: CheckReport, file: string): unknown {
  return {
    file,
    referenceDate: report.referenceDate,
    referenceDateSource: report.referenceDateSource,
    municipality: report.municipality,
    counts: report.counts,
    disabledRules: report.disabledRules,
    severityOverrides: report.severityOverrides,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      sheet: f.sheet,
      table: f.table,
      row: f.row,
      column: f.column,
      cell: f.cell,
      message: f.message,
      value: f.value,
    })),
    quota: report.quota,
    indicators: report.indicators,
    activities: report.activities,
    todo: report.todo,
  };
}
