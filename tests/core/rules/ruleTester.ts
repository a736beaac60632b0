import { buildModel } from "../../../src/core/model/workbookModel";
import { toFinding } from "../../../src/core/engine/runRules";
import { visitCells } from "../../../src/core/engine/visitCells";
import { RULES } from "../../../src/core/rules";
import { ruleHandles } from "../../../src/core/rules/ruleName";
import { fragmentToSnapshot, type WorkbookFragment } from "../../../src/core/rules/fragment";
import type { Finding, Report, Rule } from "../../../src/core/rules/types";

export interface ExpectedFinding {
  messageId: string;
  sheet?: string;
  cell?: string | null;
  /** A text the Dutch message must contain. */
  includes?: string;
  /** The finding's severity, where a rule grades its findings itself. */
  severity?: Finding["severity"];
}

export interface InvalidCase {
  name?: string;
  fragment: WorkbookFragment;
  referenceDate?: string;
  errors: ExpectedFinding[];
}

export interface ValidCase {
  name?: string;
  fragment: WorkbookFragment;
  referenceDate?: string;
}

const DEFAULT_REFERENCE_DATE = "2025-06-15";

interface Outcome {
  reports: Report[];
  findings: { nl: Finding; en: Finding }[];
}

/** Runs one rule directly, rendering every report in both languages (which fails on a bad messageId or placeholder). */
export function runRule(rule: Rule, fragment: WorkbookFragment, referenceDate = DEFAULT_REFERENCE_DATE): Outcome {
  const model = buildModel(fragmentToSnapshot(fragment));
  const reports: Report[] = [];
  const context = { referenceDate, ruleIds: new Set(Object.values(RULES).flatMap((r) => ruleHandles(r.meta))), report: (r: Report) => reports.push(r) };
  rule.check?.(model, context);
  // Through the engine's own dispatch, so a rule's cell selector is tested as it runs.
  if (rule.checkCell) {
    visitCells(model, [{ rule, context }], (_, error) => {
      throw error;
    });
  }
  const findings = reports.map((r) => ({
    nl: toFinding(model, rule.meta, r, rule.meta.severity, "nl"),
    en: toFinding(model, rule.meta, r, rule.meta.severity, "en"),
  }));
  return { reports, findings };
}

/** ESLint's RuleTester for our rules: a table of valid and invalid workbook fragments. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    const key = JSON.stringify([c.fragment, c.referenceDate]);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate test case ${c.name ?? key}`);
    seen.add(key);
  }

  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid: ${c.name ?? `case ${i + 1}`}`, () => {
        const { findings } = runRule(rule, c.fragment, c.referenceDate);
        expect(findings.map((f) => f.nl.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `case ${i + 1}`}`, () => {
        expect(c.errors.length).toBeGreaterThan(0);
        const { reports, findings } = runRule(rule, c.fragment, c.referenceDate);
        for (const report of reports) expect(Object.keys(rule.meta.messages)).toContain(report.messageId);
        for (const f of findings) {
          expect(f.nl.message).not.toMatch(/\{\{|\}\}/);
          expect(f.en.message).not.toMatch(/\{\{|\}\}/);
          expect(f.nl.sheet).not.toBe("");
        }
        const actual = reports.map((r, j) => ({
          messageId: r.messageId,
          sheet: findings[j].nl.sheet,
          cell: findings[j].nl.cell,
          message: findings[j].nl.message,
          severity: findings[j].nl.severity,
        }));
        expect(actual).toHaveLength(c.errors.length);
        c.errors.forEach((expected, j) => {
          expect(actual[j].messageId).toBe(expected.messageId);
          if (expected.sheet !== undefined) expect(actual[j].sheet).toBe(expected.sheet);
          if (expected.cell !== undefined) expect(actual[j].cell).toBe(expected.cell);
          if (expected.includes !== undefined) expect(actual[j].message).toContain(expected.includes);
          if (expected.severity !== undefined) expect(actual[j].severity).toBe(expected.severity);
        });
      });
    });
  });
}
