import { cellAddress } from "../address";
import { isCellError, type CellValue } from "../cell";
import type { ParsedTable } from "../model/parsedTable";
import type { WorkbookModel } from "../model/workbookModel";
import { TABLES, tableSpec } from "../schema/tables";
import type { IsoDate } from "../parse/isoDate";
import { renderMessage } from "../rules/renderMessage";
import { ruleHandles } from "../rules/ruleName";
import { visitCells } from "./visitCells";
import type { Finding, FindingTarget, Lang, Report, Rule, RuleContext, RuleMeta, Severity } from "../rules/types";

export interface RunOptions {
  referenceDate: IsoDate;
  lang: Lang;
  disabledRules?: readonly string[];
  severityOverrides?: Readonly<Record<string, Severity>>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function findingValue(value: CellValue | undefined): Finding["value"] {
  if (value === undefined || value === null) return null;
  if (isCellError(value)) return value.error;
  return value;
}

/** `Activiteit 1.2b (rij 14): ` — how a message names the row it is about. */
function rowPrefix(table: ParsedTable | undefined, at: FindingTarget, lang: Lang): string {
  if (!table || at.row === undefined || at.row <= table.located.headerRow) return "";
  const row = table.rows[at.row - table.located.headerRow - 1];
  if (!row) return "";
  const { nl, en, key } = table.spec.rowLabel;
  const name = row.text(key);
  const word = lang === "nl" ? nl : en;
  const rowWord = lang === "nl" ? "rij" : "row";
  return name ? `${word} ${name} (${rowWord} ${at.row}): ` : `${word} (${rowWord} ${at.row}): `;
}

/**
 * Turns a rule's report into a finding: position resolved, message rendered in the user's language. The severity is
 * the user's `Regel ernst` when given (`override`), else the report's own, else the rule's.
 */
export function toFinding(model: WorkbookModel, meta: RuleMeta, report: Report, severity: Severity, lang: Lang, override?: Severity): Finding {
  const { at } = report;
  const table = at.table ? model.tables[at.table] : undefined;
  let column: string | null = null;
  let index: number | undefined = at.columnIndex;
  if (at.column !== undefined) {
    if (table && table.columnSpec(at.column)) {
      column = table.header(at.column);
      index ??= table.columnIndex(at.column);
    } else {
      column = at.column;
    }
  }
  const row = at.row ?? null;
  return {
    rule: meta.id,
    category: meta.category,
    severity: override ?? report.severity ?? severity,
    sheet: at.sheet,
    table: table ? table.spec.table : at.table ? tableSpec(at.table).table : null,
    row,
    column,
    cell: at.cell ?? (row !== null && index !== undefined ? cellAddress(row, index) : null),
    value: findingValue(at.value),
    message: rowPrefix(table, at, lang) + renderMessage(meta, report.messageId, report.data, lang),
  };
}

function internalError(meta: RuleMeta, error: unknown, lang: Lang): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: meta.id,
    category: meta.category,
    severity: "error",
    sheet: "",
    table: null,
    row: null,
    column: null,
    cell: null,
    message: lang === "nl" ? `Interne fout in regel ${meta.id}: ${detail}` : `Internal error in rule ${meta.id}: ${detail}`,
    value: null,
  };
}

/**
 * Runs rules over a model: first each rule's whole-model check, then one shared pass over every
 * cell of every filled row for the rules' cell checks (each cell to the rules that select it). A rule that throws becomes one finding
 * instead of ending the check.
 */
export function runRules(model: WorkbookModel, rules: readonly Rule[], options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const disabled = new Set(options.disabledRules ?? []);
  // Instellingen may name a rule by its id or by its name as the Controle sheet shows it.
  const handles = new Map(rules.map((rule) => [rule, ruleHandles(rule.meta)]));
  const ruleIds = new Set([...handles.values()].flat());
  const active = rules
    .filter((rule) => !handles.get(rule)!.some((h) => disabled.has(h)) && !disabled.has(rule.meta.category))
    .map((rule) => {
      const handle = handles.get(rule)!.find((h) => options.severityOverrides?.[h] !== undefined);
      const override = handle === undefined ? undefined : options.severityOverrides![handle];
      const context: RuleContext = {
        referenceDate: options.referenceDate,
        ruleIds,
        report: (report) => findings.push(toFinding(model, rule.meta, report, rule.meta.severity, options.lang, override)),
      };
      return { rule, context, failed: false };
    });
  for (const entry of active) {
    try {
      entry.rule.check?.(model, entry.context);
    } catch (error) {
      entry.failed = true;
      findings.push(internalError(entry.rule.meta, error, options.lang));
    }
  }
  const cellRules = active.filter((entry) => entry.rule.checkCell && !entry.failed);
  visitCells(model, cellRules, (entry, error) => findings.push(internalError(entry.rule.meta, error, options.lang)));
  return sortFindings(findings);
}

const SHEET_ORDER = new Map(TABLES.map((t, i) => [t.sheet, i]));

function sheetRank(sheet: string): number {
  return SHEET_ORDER.get(sheet) ?? TABLES.length;
}

/** The 0-based column of an A1 address (`AB12` → 27); -1 without one. */
function cellRank(cell: string | null): number {
  if (!cell) return -1;
  let n = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return i > 3 ? -1 : n - 1;
}

/** Severity first, then the workbook's own sheet order, row and column, so the top of the list matters most. */
export function sortFindings(findings: Finding[]): Finding[] {
  // Ranks worked out once per finding, not once per comparison.
  const ranked = findings.map((finding) => ({ finding, severity: SEVERITY_ORDER[finding.severity], sheet: sheetRank(finding.sheet), cell: cellRank(finding.cell) }));
  ranked.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.sheet - b.sheet ||
      (a.finding.sheet === b.finding.sheet ? 0 : a.finding.sheet < b.finding.sheet ? -1 : 1) ||
      (a.finding.row ?? 0) - (b.finding.row ?? 0) ||
      a.cell - b.cell ||
      (a.finding.rule === b.finding.rule ? 0 : a.finding.rule < b.finding.rule ? -1 : 1),
  );
  ranked.forEach(({ finding }, index) => (findings[index] = finding));
  return findings;
}
