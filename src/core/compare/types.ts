import type { IndicatorStatus } from "../indicators/progress";
import type { IsoDate } from "../parse/isoDate";
import type { RecordedState, StateValue } from "../state/types";

/**
 * The comparison of two states in the meeting's terms: the JSON of `beleidsmonitor verschil --json`, the
 * pane's *Wat is er veranderd* and the summary's *Sinds het vorige overleg*. Field names are stable: fields
 * are added over time, never renamed. Values are typed as in the check's JSON (ISO dates, percentages as
 * fractions, text as written). `column` is the header as written in the newer workbook; `sheet` and `cell`
 * point into the newer workbook (null when the thing is gone from it).
 */
export interface Comparison {
  from: ComparedSide;
  to: ComparedSide;
  /** Things to know before reading the rest: another municipality, states in reverse order. */
  warnings: ComparisonWarning[];
  activities: ActivityChanges;
  indicators: IndicatorChanges;
  quota: QuotaChanges;
  findings: FindingChanges;
  /** Whether reworded Toelichting and changed Laatst bijgewerkt were asked for (`includeMinor`). */
  minorIncluded: boolean;
}

export interface ComparedSide {
  /** The file as the caller names it; null in the pane. */
  file: string | null;
  /** `recorded`: a state stored with an earlier summary; `workbook`: built from a workbook as it is now. */
  source: "recorded" | "workbook";
  referenceDate: IsoDate;
  meetingDate: IsoDate | null;
  /** When a recorded state was written; null for a workbook. */
  recordedAt: string | null;
  municipality: string | null;
}

export type ComparisonWarning =
  /** The two sides name different municipalities. */
  | "other-municipality"
  /** The earlier side has the later reference date: perhaps the files were given in the wrong order. */
  | "reversed";

/** What a Status change means for the meeting. */
export type StatusChange = "afgerond" | "vertraagd" | "vervallen" | "gestart" | "hervat" | "heropend" | "gewijzigd";

/**
 * Which kind of column changed: `status`; `agreement` (Afspraak, Planning, Deadline, Doelwaarde: what was
 * agreed, which needs the meeting's attention); `realisation` (Realisatie); `note` (Toelichting) and `updated`
 * (Laatst bijgewerkt) only with `includeMinor`.
 */
export type ActivityChangeKind = "status" | "agreement" | "realisation" | "note" | "updated";

export interface ActivityRef {
  id: string;
  /** The Afspraak's title or first words. */
  label: string;
  sheet: string;
  row: number;
}

export interface AddedActivity extends ActivityRef {
  /** Its ID cell. */
  cell: string | null;
  status: StateValue;
  /**
   * The ID of a removed activity with exactly the same Afspraak, or null. A fact, not a match: the two stay
   * reported as added and removed (an ID is never guessed), but the reader sees it may be a renumbering.
   */
  sameAgreementAs: string | null;
}

/** Gone from the table: `sheet` and `row` are where it was in the earlier workbook. */
export interface RemovedActivity extends ActivityRef {
  status: StateValue;
}

export interface ActivityChange {
  id: string;
  label: string;
  kind: ActivityChangeKind;
  /** The header as written in the newer workbook. */
  column: string;
  /** Afspraak: the whole text when known, else its first words as recorded (ending in `…` when cut). */
  from: StateValue;
  to: StateValue;
  sheet: string;
  cell: string | null;
  /** For a Status change. */
  statusChange?: StatusChange;
  /** For a change to Vertraagd or Vervallen: the Toelichting now, which the meeting will ask for. */
  note?: StateValue;
}

/** An ID that occurs more than once on either side, with different content: its rows cannot be matched. */
export interface AmbiguousId {
  id: string;
  fromRows: number[];
  toRows: number[];
  sheet: string;
  /** The ID cell of its first row in the newer workbook; null when it is only in the earlier one. */
  cell: string | null;
}

export interface ActivityChanges {
  added: AddedActivity[];
  removed: RemovedActivity[];
  changed: ActivityChange[];
  duplicates: AmbiguousId[];
  /** Rows of the newer workbook without an ID that did not exist like that before: they cannot be compared. */
  withoutId: { sheet: string; row: number; cell: string | null; label: string }[];
}

export interface IndicatorRef {
  id: string;
  name: string;
  sheet: string;
  row: number;
  /** Its ID cell in the newer workbook; null for a removed indicator. */
  cell: string | null;
}

export interface MeasurementChange {
  id: string;
  name: string;
  year: number;
  /** `new`: a year without a value before; `corrected`: another value for the same year; `removed`. */
  kind: "new" | "corrected" | "removed";
  from: number | null;
  to: number | null;
  /** The values are fractions of 1 (shown as %). */
  percent: boolean;
  sheet: string | null;
  cell: string | null;
}

export interface IndicatorStatusChange {
  id: string;
  name: string;
  from: IndicatorStatus;
  to: IndicatorStatus;
  progressFrom: number | null;
  progressTo: number | null;
  sheet: string;
  cell: string | null;
}

/** A changed definition: Richting, Nulmeting (and its year), Streefwaarde, Streefjaar. */
export interface IndicatorChange {
  id: string;
  name: string;
  column: string;
  from: StateValue;
  to: StateValue;
  percent: boolean;
  sheet: string;
  cell: string | null;
}

export interface IndicatorChanges {
  added: IndicatorRef[];
  removed: IndicatorRef[];
  measurements: MeasurementChange[];
  statusChanged: IndicatorStatusChange[];
  changed: IndicatorChange[];
  duplicates: AmbiguousId[];
}

export interface QuotaChange {
  /** `2026-H1`. */
  period: string;
  column: string;
  from: number | null;
  to: number | null;
  /**
   * `newly-known`: empty before (a housed count that came in); `closed-period-edited`: a figure of a half-year
   * that had ended by the earlier reference date was changed or cleared — history was edited, a red flag;
   * `changed`: a figure of a running half-year.
   */
  kind: "newly-known" | "closed-period-edited" | "changed";
  sheet: string;
  cell: string | null;
}

export interface QuotaChanges {
  changed: QuotaChange[];
  added: { period: string; sheet: string; row: number; cell: string | null }[];
  /** `closed`: the half-year had ended by the earlier reference date (a red flag, like an edited one). */
  removed: { period: string; row: number; closed: boolean }[];
  /** Half-years that occur more than once on either side: not compared. */
  duplicates: string[];
  /** Computed backlog then and now, and the table's own (`Saldo`) then and now. */
  backlog: { from: number | null; to: number | null; statedFrom: number | null; statedTo: number | null };
  /** `Beginsaldo taakstelling` when it changed (it shifts every half-year after it); null otherwise. */
  openingBalance: { from: number; to: number } | null;
}

export interface FindingChanges {
  /** Findings of the check that are gone. */
  resolved: number;
  /** Findings that were not there before. */
  new: number;
  /** Per rule that had or has findings, sorted by rule id. */
  byRule: { rule: string; from: number; to: number; resolved: number; new: number }[];
}

/** One side of a comparison as the caller hands it over. */
export interface CompareInput {
  state: RecordedState;
  source: ComparedSide["source"];
  file?: string | null;
}

export interface CompareOptions {
  /** Also list reworded Toelichting and changed Laatst bijgewerkt (default: no). */
  includeMinor?: boolean;
}
