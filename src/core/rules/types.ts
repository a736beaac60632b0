import type { CellValue } from "../cell";
import type { IsoDate } from "../parse/isoDate";
import type { TableKey } from "../schema/tables";
import type { WorkbookModel } from "../model/workbookModel";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { ColumnSpec } from "../schema/tables";
import type { StyledNumber } from "../format/formatNumber";
import type { WorkbookFragment } from "./fragment";
import type { Lang } from "./lang";
import type { Severity } from "./severity";

export type { Lang, Severity };
export type Category = "structure" | "completeness" | "values" | "references" | "time" | "indicator" | "quota";

export interface Localized {
  nl: string;
  en: string;
}

export interface RuleMeta {
  /** Stable kebab-case id: the JSON `rule`, the file name and the handle for `Regel uit: <id>`. Never renamed. */
  id: string;
  /** Short name a civil servant reads where a finding is listed (pane, Controle sheet, reports); the id stays in JSON and docs. */
  name: Localized;
  category: Category;
  severity: Severity;
  /** One line saying what the rule checks. */
  description: Localized;
  docs: {
    /** Why it matters to the user, in a few sentences. */
    details: Localized;
    /** A workbook fragment on which the rule reports, and one on which it stays silent. */
    bad: WorkbookFragment;
    good: WorkbookFragment;
  };
  /** Message templates keyed by messageId, with `{{placeholders}}`. */
  messages: Record<string, Localized>;
}

/** Where a finding points: a table, optionally a row, optionally a column (by key or header). */
export interface FindingTarget {
  sheet: string;
  table?: TableKey;
  /** Excel row. */
  row?: number;
  /** Column key of the contract, or a header as written for columns outside it. */
  column?: string;
  /** 0-based sheet column, when the column is not one of the table's located columns. */
  columnIndex?: number;
  /** A1 address, when the rule knows it better than row+column (merged areas, settings). */
  cell?: string;
  value?: CellValue;
}

/** Message data: a text, a number (written `1.234`, or as a year or percentage when styled), or words in both languages. */
export type MessageData = Record<string, string | number | StyledNumber | Localized>;

export interface Report {
  messageId: string;
  data?: MessageData;
  at: FindingTarget;
  /** Overrides the rule's severity for this one finding (e.g. a hint next to an error). */
  severity?: Severity;
}

export interface RuleContext {
  report(report: Report): void;
  referenceDate: IsoDate;
  /** Ids of every rule in the catalogue, for rules that check references to rules (Instellingen). */
  ruleIds?: ReadonlySet<string>;
}

/** One filled cell of a contract table, as the engine's single pass over all cells hands it to rules. */
export interface CellVisit {
  /** The whole workbook, for rules that judge a cell against another table. */
  model: WorkbookModel;
  table: ParsedTable;
  row: ParsedRow;
  column: ColumnSpec;
  value: CellValue;
}

/** What a cell holds, as cell rules select it: whitespace-only text is blank, as everywhere else. */
export type CellKind = "blank" | "text" | "number" | "boolean" | "error";

/**
 * The cells a rule's `checkCell` is called for, like an ESLint selector: only values of these kinds,
 * only in columns `columns` accepts (asked once per column of a table, not per cell).
 * Without a selector a rule sees every cell of every filled row.
 */
export interface CellSelector {
  kinds?: readonly CellKind[];
  columns?(table: ParsedTable, column: ColumnSpec): boolean;
  /**
   * Whether a cell is reported depends on its value, its column and the workbook (`visit.model`), never on the rest
   * of its row: the pass may then skip a value the rule already let through higher up the column.
   */
  byValue?: boolean;
}

/**
 * A rule checks the model as a whole (`check`) and/or looks at every filled cell (`checkCell`).
 * Cell rules share one pass over the workbook, like ESLint's visitors share one traversal.
 */
export interface Rule {
  meta: RuleMeta;
  check?(model: WorkbookModel, context: RuleContext): void;
  /** Which cells `checkCell` sees; the engine dispatches by it, so the rule need not test it again. */
  cells?: CellSelector;
  checkCell?(cell: CellVisit, context: RuleContext): void;
}

/** A finding as the CLI JSON, the task pane and the Controle sheet show it. */
export interface Finding {
  /** The rule's stable id (JSON, docs/rules.md); people read the rule's name instead (`ruleName`). */
  rule: string;
  category: Category;
  severity: Severity;
  sheet: string;
  table: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
  value: string | number | boolean | null;
}
