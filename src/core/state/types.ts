import type { IndicatorStatus } from "../indicators/progress";
import type { IsoDate } from "../parse/isoDate";

/** Marks a JSON text as a recorded state; a text without it is not one of ours. */
export const STATE_FORMAT = "beleidsmonitor-stand";
/** The version this code writes and reads. A higher version is refused, never guessed at. */
export const STATE_VERSION = 1;

/**
 * A cell's value as the check's JSON types it: ISO dates, numbers (percentages as fractions), text as
 * written; null when empty. A value the column's parser cannot read stays the text the user typed.
 */
export type StateValue = string | number | boolean | null;

/** Where a column of a recorded table was: its header as written and its 0-based sheet column. */
export interface StateColumn {
  header: string;
  index: number;
}

/** A contract table as recorded: its sheet, the columns found and one record per filled row. */
export interface StateTable<R> {
  sheet: string;
  /** Columns by contract key; a column the table lacks is absent. */
  columns: Record<string, StateColumn>;
  rows: R[];
}

/** One row of `Activiteiten`. */
export interface ActivityRecord {
  /** Excel row. */
  row: number;
  /** As written, trimmed; "" when the row has no ID (it can then not be compared). */
  id: string;
  status: StateValue;
  schedule: StateValue;
  due: StateValue;
  /** Doelwaarde. */
  target: StateValue;
  /** Realisatie. */
  actual: StateValue;
  note: StateValue;
  updated: StateValue;
  /**
   * Fingerprint of the Afspraak (case, accents and spacing ignored): agreements are long, so a state
   * records only whether the text changed, plus its first words as `label`.
   */
  agreementHash: string;
  /** The Afspraak's own title or first words, to name the activity when it is gone. */
  label: string;
  /** The whole Afspraak, when the state was built from a workbook; never serialised. */
  agreement?: string;
}

/** One row of `Indicatoren` with what the check computed for it. */
export interface IndicatorRecord {
  row: number;
  id: string;
  name: string;
  /** Percentages are stored as fractions (7,9 % is 0,079). */
  percent: boolean;
  direction: string | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  status: IndicatorStatus;
  progress: number | null;
  latest: number | null;
  latestYear: number | null;
  /** The measurement that counts per year (from `Metingen`), oldest year first: `[year, value, Excel row]`. */
  measurements: [number, number, number][];
}

/** One half-year of `Taakstelling`: the figures as the table states them and as computed. */
export interface QuotaRecord {
  row: number;
  /** `2024-H2`. */
  period: string;
  quota: number | null;
  housed: number | null;
  statedDue: number | null;
  statedBalance: number | null;
  due: number | null;
  balance: number | null;
}

export interface QuotaState extends StateTable<QuotaRecord> {
  openingBalance: number;
  /** Computed backlog after the last half-year with a known balance. */
  backlog: number | null;
  /** The same backlog as the table states it (its `Saldo`), the figure the council and the province have. */
  statedBacklog: number | null;
}

/**
 * What the workbook looked like when a summary was written: the basis of *Sinds het vorige overleg*.
 * It holds only values that were in the workbook (or computed from them) at that moment.
 */
export interface RecordedState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** Local time from the caller, `YYYY-MM-DDTHH:MM[:SS]`. */
  recordedAt: string;
  generator: string;
  /** The meeting the summary was for; null for a state built from a workbook without one. */
  meetingDate: IsoDate | null;
  referenceDate: IsoDate;
  municipality: string | null;
  /** Null when the workbook had no such table. */
  activities: StateTable<ActivityRecord> | null;
  indicators: StateTable<IndicatorRecord> | null;
  /** Where `Metingen` was, for the cells of the indicators' measurements. */
  measurements: { sheet: string; columns: Record<string, StateColumn> } | null;
  quota: QuotaState | null;
  /** Per rule id the keys of its findings (see `findingKey`); the count per rule is the list's length. */
  findings: Record<string, string[]>;
}

/** Why a stored state cannot be used. Each gives the user a clear sentence (`stateProblemText`), never a crash. */
export type StateProblem =
  /** Not valid JSON, a part missing, or the check number does not match: the cells were changed. */
  | "damaged"
  /** Written by a newer Beleidsmonitor. */
  | "future-version"
  /** Valid JSON of the right version, but a field is missing or of the wrong type. */
  | "invalid";

export type StateReadResult = { ok: true; state: RecordedState } | { ok: false; problem: StateProblem; detail: string };
