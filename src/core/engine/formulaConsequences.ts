import type { WorkbookSnapshot } from "../snapshot";
import type { Finding } from "../rules/types";

const FORMULA_RULE = "formula-without-value";

/**
 * A formula without a stored result reads as an empty cell, so other rules would call it empty or missing as well.
 * The formula is the cause and is reported once per table; what other rules say about those very cells goes.
 * Only while that finding is there: with the rule switched off, the cells are reported as they read.
 */
export function withoutFormulaConsequences(findings: Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const causeSheets = new Set(findings.filter((f) => f.rule === FORMULA_RULE).map((f) => f.sheet));
  if (causeSheets.size === 0) return findings;
  const cells = new Set<string>();
  for (const sheet of snapshot.sheets) {
    if (!causeSheets.has(sheet.name)) continue;
    for (const address of sheet.formulasWithoutValue ?? []) cells.add(`${sheet.name}!${address}`);
  }
  return findings.filter((f) => f.rule === FORMULA_RULE || f.cell === null || !cells.has(`${f.sheet}!${f.cell}`));
}
