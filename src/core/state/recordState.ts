import { cellText, isBlank } from "../cell";
import type { CheckReport } from "../engine/checkWorkbook";
import { indicatorKey, measurementsByIndicator } from "../indicators/indicatorReport";
import { scaledValue } from "../indicators/indicatorValues";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { WorkbookModel } from "../model/workbookModel";
import type { IsoDate } from "../parse/isoDate";
import { normalizeText } from "../parse/normalizeText";
import type { DutchNumber } from "../parse/parseDutchNumber";
import { findingKeysByRule } from "./findingKey";
import { fingerprint } from "./fingerprint";
import {
  STATE_FORMAT,
  STATE_VERSION,
  type ActivityRecord,
  type IndicatorRecord,
  type QuotaState,
  type RecordedState,
  type StateColumn,
  type StateTable,
  type StateValue,
} from "./types";

export interface RecordOptions {
  /** The meeting the summary is for; null when a state is built from a workbook to compare it. */
  meetingDate: IsoDate | null;
  /** Local time from the caller: the core never reads the clock. */
  recordedAt: string;
  /** E.g. `Beleidsmonitor 0.1.0`. */
  generator: string;
}

const LABEL_LENGTH = 60;

/** The Afspraak's own title (before a colon) or its first words, at most `limit` characters. */
export function agreementLabel(text: string, limit = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const colon = flat.indexOf(":");
  if (colon > 0 && colon <= limit) return flat.slice(0, colon);
  if (flat.length <= limit) return flat;
  const cut = flat.lastIndexOf(" ", limit);
  return `${flat.slice(0, cut > limit / 2 ? cut : limit)} …`;
}

/** The columns a comparison names or points at, per table: where each was and its header as written. */
const COMPARED_COLUMNS = {
  activities: ["id", "agreement", "schedule", "due", "status", "note", "target", "actual", "updated"],
  indicators: ["id", "name", "direction", "baseline", "baselineYear", "target", "targetYear"],
  quota: ["period", "quota", "housed", "due", "balance"],
  measurements: ["indicator", "year", "value"],
} as const;

function columnsOf(table: ParsedTable, keys: readonly string[]): Record<string, StateColumn> {
  const columns: Record<string, StateColumn> = {};
  for (const key of keys) {
    const column = table.located.columns.get(key);
    if (column) columns[key] = { header: column.header, index: column.index };
  }
  return columns;
}

function textValue(row: ParsedRow, key: string): StateValue {
  return row.text(key) || null;
}

/** A date column: the ISO date, or the text as typed when it is not a date. */
function dateValue(row: ParsedRow, key: string): StateValue {
  const raw = row.get(key);
  if (raw === undefined || isBlank(raw)) return null;
  return row.value<IsoDate>(key) ?? cellText(raw).trim();
}

/** A number column: the number (percentages as fractions), or the text as typed when it is not a number. */
function numberValue(row: ParsedRow, key: string): StateValue {
  const raw = row.get(key);
  if (raw === undefined || isBlank(raw)) return null;
  return row.value<DutchNumber>(key)?.value ?? cellText(raw).trim();
}

function activityRecord(row: ParsedRow): ActivityRecord {
  const agreement = row.text("agreement");
  return {
    row: row.row,
    id: row.text("id"),
    status: textValue(row, "status"),
    schedule: textValue(row, "schedule"),
    due: dateValue(row, "due"),
    target: numberValue(row, "target"),
    actual: numberValue(row, "actual"),
    note: textValue(row, "note"),
    updated: dateValue(row, "updated"),
    agreementHash: fingerprint(normalizeText(agreement)),
    label: agreementLabel(agreement),
    agreement,
  };
}

function activities(model: WorkbookModel): StateTable<ActivityRecord> | null {
  const table = model.tables.activities;
  if (!table) return null;
  return { sheet: table.sheet, columns: columnsOf(table, COMPARED_COLUMNS.activities), rows: table.filledRows.map(activityRecord) };
}

/** Per year the measurement that counts (the latest by Peildatum, then row), on the indicator's scale. */
function measurementSeries(model: WorkbookModel): (id: string, percent: boolean) => [number, number, number][] {
  const byIndicator = measurementsByIndicator(model);
  return (id, percent) => {
    const perYear = new Map<number, [number, number, number]>();
    for (const m of byIndicator.get(indicatorKey(id)) ?? []) {
      const value = scaledValue(m.row, "value", percent)?.value;
      if (value !== undefined) perYear.set(m.year, [m.year, value, m.row.row]);
    }
    return [...perYear.values()].sort((a, b) => a[0] - b[0]);
  };
}

function indicators(model: WorkbookModel, report: CheckReport): StateTable<IndicatorRecord> | null {
  const table = model.tables.indicators;
  if (!table) return null;
  const series = measurementSeries(model);
  const rows = report.indicators.map(
    (i): IndicatorRecord => ({
      row: i.row,
      id: i.id,
      name: i.name,
      percent: i.percent,
      direction: i.direction,
      baseline: i.baseline,
      baselineYear: i.baselineYear,
      target: i.target,
      targetYear: i.targetYear,
      status: i.status,
      progress: i.progress,
      latest: i.latest,
      latestYear: i.latestYear,
      measurements: series(i.id, i.percent),
    }),
  );
  return { sheet: table.sheet, columns: columnsOf(table, COMPARED_COLUMNS.indicators), rows };
}

function quota(model: WorkbookModel, report: CheckReport): QuotaState | null {
  const table = model.tables.quota;
  if (!table) return null;
  const periods = report.quota.periods;
  // The table's own balance after the last half-year with a housed count: the figure the council has.
  const lastStated = [...periods].reverse().find((p) => p.housed !== null && p.statedBalance !== null);
  return {
    sheet: table.sheet,
    columns: columnsOf(table, COMPARED_COLUMNS.quota),
    openingBalance: report.quota.openingBalance,
    backlog: report.quota.backlog,
    statedBacklog: lastStated?.statedBalance == null ? null : Math.max(0, -lastStated.statedBalance),
    rows: periods.map((p) => ({
      row: p.row,
      period: p.period,
      quota: p.quota,
      housed: p.housed,
      statedDue: p.statedDue,
      statedBalance: p.statedBalance,
      due: p.due,
      balance: p.balance,
    })),
  };
}

/**
 * The state of a workbook as a summary records it, and as the comparison reads a workbook: per
 * activity, indicator and half-year the values the meeting talks about, plus the check's findings.
 * Built from the model and the check report of the same snapshot; contains nothing the workbook
 * does not hold (no contact details, no `Bijgewerkt door`).
 */
export function recordState(model: WorkbookModel, report: CheckReport, options: RecordOptions): RecordedState {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    recordedAt: options.recordedAt,
    generator: options.generator,
    meetingDate: options.meetingDate,
    referenceDate: report.referenceDate,
    municipality: report.municipality,
    activities: activities(model),
    indicators: indicators(model, report),
    measurements: model.tables.measurements ? { sheet: model.tables.measurements.sheet, columns: columnsOf(model.tables.measurements, COMPARED_COLUMNS.measurements) } : null,
    quota: quota(model, report),
    findings: findingKeysByRule(model, report.findings),
  };
}
