/**
 * Bundling: the decisions (the JSON of `beleidsmonitor bundel --json`, stable field names: fields are added,
 * never renamed) and the writes an adapter makes to a copy of the overview.
 */
import type { IsoDate } from "../parse/isoDate";
import type { PlanValue } from "../returns/sheetPlan";
import type { Lang } from "../rules/types";
import type { Severity } from "../rules/severity";
import type { TableKey } from "../schema/tables";
import type { WorkbookSnapshot } from "../snapshot";

/** A value as the JSON shows it: text, number, boolean, a date as `YYYY-MM-DD`, an error as its text. */
export type JsonValue = string | number | boolean | null;

export type BundledTableName = "activities" | "measurements";

export interface ReturnInput {
  /** The file name as the user knows it; it names the source of every decision. */
  file: string;
  snapshot: WorkbookSnapshot;
  /** The party, when the caller names it (`--partij`, the pane's question); otherwise the return's `Partij` setting. */
  party?: string;
}

export interface BundleInput {
  overview: { file: string; snapshot: WorkbookSnapshot };
  returns: readonly ReturnInput[];
  /** The day of bundling (the caller's today; the core never reads the clock): the sheet `Bundeling <date>`. */
  date: IsoDate;
  lang?: Lang;
  /**
   * Whether a cell of the overview holds a formula (1-based row, 0-based column). Such a cell is never
   * overwritten: a different value there becomes a conflict. Adapters that can tell should pass it.
   */
  isFormula?: (sheet: string, row: number, column: number) => boolean;
}

/** A value of a return written into the overview. */
export interface TakenDecision {
  table: BundledTableName;
  /** The row's ID; for measurements `<Indicator>|<Jaar>`. */
  id: string;
  /** The overview's header as written. */
  column: string;
  from: JsonValue;
  to: JsonValue;
  /** `was-empty`: the overview's cell was empty; `from-lead`: an answer of the trekker (or of the indicator's Bron). */
  reason: "was-empty" | "from-lead";
  source: string;
  party: string;
  /** Sheet and cell in the overview. */
  sheet: string;
  cell: string;
  sourceSheet: string;
  sourceCell: string;
}

export type ConflictReason = "agreement-column" | "not-trekker" | "returns-disagree" | "formula-cell";

export interface ConflictValue {
  source: string;
  party: string;
  value: JsonValue;
  sheet: string;
  cell: string;
}

/** A value the overview keeps although a return says otherwise; every other value is listed. */
export interface ConflictDecision {
  table: BundledTableName;
  /** Null for a cell of a row added without an ID. */
  id: string | null;
  column: string;
  kept: JsonValue;
  values: ConflictValue[];
  reason: ConflictReason;
  sheet: string;
  cell: string;
}

export interface AddedDecision {
  table: BundledTableName;
  /** Null when the row has no ID (no Indicator or Jaar): the werkgroep assigns one. */
  id: string | null;
  source: string;
  party: string;
  /** Sheet and Excel row in the overview where the row was added. */
  sheet: string;
  row: number;
  sourceSheet: string;
  sourceRow: number;
}

export interface NotReturnedDecision {
  party: string;
  ids: string[];
}

export type ListedReason =
  /** The overview's table has no such column. */
  | "no-column"
  /** A column outside the contract (a partner's own): never bundled. */
  | "extra-column"
  /** An Excel error value such as `#N/A`. */
  | "error-value"
  /** The overview has no such table. */
  | "no-table"
  /** Cells below the overview's table are in use: the row could not be added. */
  | "no-room"
  /** The overview's table shows a totals row: the new row could not be put above it. */
  | "totals-row"
  /** A measurement row without a value and without a complete Indicator and Jaar: not added. */
  | "not-filled"
  /** A filled cell outside the return's tables. */
  | "outside-table"
  /** A row of a table that is not bundled (Indicatoren, Partijen, Taakstelling, Planning) that the overview does not hold. */
  | "table-not-bundled";

/** A value of a return that is not in the overview after bundling: it is kept here, on the Bundeling sheet. */
export interface ListedValue {
  table: TableKey | null;
  id: string | null;
  /** The return's header as written (null outside a table). */
  column: string | null;
  value: JsonValue;
  reason: ListedReason;
  source: string;
  party: string;
  sourceSheet: string;
  sourceCell: string;
}

/**
 * Per return, every filled row of its Activiteiten and Metingen counted once:
 * `rows = taken + conflicts + added + unchanged + notFilled + listed` (a row with a conflict counts as conflict
 * even if other cells were taken; `listed` rows had values that could only be listed).
 */
export interface ReturnSummary {
  file: string;
  party: string;
  /** How the party was known: the return's `Partij` setting or the caller. */
  partyFrom: "setting" | "caller";
  rows: number;
  taken: number;
  conflicts: number;
  added: number;
  unchanged: number;
  notFilled: number;
  listed: number;
}

export interface BundleDecisions {
  overview: string;
  /** Set by the adapter that writes the bundled copy. */
  output: string | null;
  returns: ReturnSummary[];
  taken: TakenDecision[];
  conflicts: ConflictDecision[];
  added: AddedDecision[];
  notReturned: NotReturnedDecision[];
  /** Measurements a return was asked for (a row with Indicator and Jaar) and left without a value: not added. */
  notFilled: NotReturnedDecision[];
  listed: ListedValue[];
  /** Numbers of entries: `notReturned` and `notFilled` count rows, not parties. */
  counts: { taken: number; conflicts: number; added: number; notReturned: number; notFilled: number; listed: number; unchanged: number };
  /** The check's counts of the bundled workbook, once the adapter has checked it. */
  check: Record<Severity, number> | null;
}

/** One cell of the overview to set. `old` is what it held (null when empty). */
export interface CellWrite {
  sheet: string;
  row: number;
  column: number;
  cell: string;
  value: PlanValue;
  old: PlanValue | null;
}

/** Rows to add directly below a table, extending an Excel table's range (or below a plain range). */
export interface TableAppend {
  /** The Excel table to extend; null when the overview's data is a plain range. */
  table: string | null;
  sheet: string;
  /** Excel row of the first new row (the row after the table's last). */
  firstRow: number;
  /** 0-based column of the table's first column; each row spans the table's full width. */
  left: number;
  /** The overview's headers as written, left to right. */
  headers: string[];
  rows: (PlanValue | null)[][];
}

export type BundleProblemKind =
  | "overview-no-tables"
  | "no-tables"
  | "no-party"
  | "unknown-party"
  | "group-party"
  | "party-mismatch"
  | "duplicate-file";

/** Why nothing was bundled; the message names the file. */
export interface BundleProblem {
  kind: BundleProblemKind;
  file: string;
  /** The party as the return or the caller named it. */
  party?: string;
  /** For `party-mismatch`: the party the caller gave. */
  given?: string;
  /** Parties of Partijen, for the message. */
  known?: string[];
}

/** The decisions' values typed (dates as dates, text as text), index for index, for the Bundeling sheet. */
export interface TypedDecisions {
  taken: { from: PlanValue | null; to: PlanValue }[];
  /** `onAddedRow`: the conflict is about a row bundling added (its cell was left empty). */
  conflicts: { kept: PlanValue | null; values: (PlanValue | null)[]; onAddedRow: boolean }[];
  listed: (PlanValue | null)[];
}

export interface BundleResult {
  ok: true;
  decisions: BundleDecisions;
  typed: TypedDecisions;
  writes: CellWrite[];
  appends: TableAppend[];
  lang: Lang;
  date: IsoDate;
}

export type BundleOutcome = BundleResult | { ok: false; problems: BundleProblem[] };
