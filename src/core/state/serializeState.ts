import type { IndicatorStatus } from "../indicators/progress";
import {
  STATE_FORMAT,
  STATE_VERSION,
  type ActivityRecord,
  type IndicatorRecord,
  type QuotaRecord,
  type QuotaState,
  type RecordedState,
  type StateColumn,
  type StateReadResult,
  type StateTable,
} from "./types";

/**
 * The JSON text of a recorded state, and back. Tables are written as a list of field names and one
 * array per row (a third of the size of one object per row); every non-ASCII character is escaped,
 * so the text survives any file format, cell or XML part unchanged.
 */

class Invalid extends Error {}

type Check<T> = (value: unknown, path: string) => T;

function fail(path: string, wanted: string): never {
  throw new Invalid(`${path}: ${wanted} verwacht`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const str: Check<string> = (v, p) => (typeof v === "string" ? v : fail(p, "tekst"));
const strOrNull: Check<string | null> = (v, p) => (v === null ? null : str(v, p));
const num: Check<number> = (v, p) => (typeof v === "number" && Number.isFinite(v) ? v : fail(p, "getal"));
const numOrNull: Check<number | null> = (v, p) => (v === null ? null : num(v, p));
const int: Check<number> = (v, p) => (Number.isInteger(v) ? (v as number) : fail(p, "geheel getal"));
const intOrNull: Check<number | null> = (v, p) => (v === null ? null : int(v, p));
const row: Check<number> = (v, p) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : fail(p, "rijnummer"));
const bool: Check<boolean> = (v, p) => (typeof v === "boolean" ? v : fail(p, "waar/onwaar"));
const cellValue: Check<string | number | boolean | null> = (v, p) =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? v : fail(p, "celwaarde");
const isoOrNull: Check<string | null> = (v, p) => (v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) ? v : fail(p, "datum (JJJJ-MM-DD)"));
const iso: Check<string> = (v, p) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : fail(p, "datum (JJJJ-MM-DD)"));
const hash: Check<string> = (v, p) => (typeof v === "string" && /^[0-9a-f]{8}$/.test(v) ? v : fail(p, "vingerafdruk"));
const STATUSES: readonly IndicatorStatus[] = ["behaald", "op-koers", "achter", "niet-behaald", "onbekend"];
const status: Check<IndicatorStatus> = (v, p) => (STATUSES.includes(v as IndicatorStatus) ? (v as IndicatorStatus) : fail(p, "indicatorstatus"));
const measurements: Check<[number, number, number][]> = (v, p) => {
  if (!Array.isArray(v)) fail(p, "lijst van metingen");
  return v.map((m, i) =>
    Array.isArray(m) && m.length === 3 ? [int(m[0], `${p}[${i}][0]`), num(m[1], `${p}[${i}][1]`), row(m[2], `${p}[${i}][2]`)] : fail(`${p}[${i}]`, "[jaar, waarde, rij]"),
  );
};

/** The fields of each table, in the order a row's array holds them. Changing these is a new version. */
const ACTIVITY_FIELDS: { [K in keyof Required<Omit<ActivityRecord, "agreement">>]: Check<ActivityRecord[K]> } = {
  row,
  id: str,
  status: cellValue,
  schedule: cellValue,
  due: cellValue,
  target: cellValue,
  actual: cellValue,
  note: cellValue,
  updated: cellValue,
  agreementHash: hash,
  label: str,
};

const INDICATOR_FIELDS: { [K in keyof IndicatorRecord]: Check<IndicatorRecord[K]> } = {
  row,
  id: str,
  name: str,
  percent: bool,
  direction: strOrNull,
  baseline: numOrNull,
  baselineYear: intOrNull,
  target: numOrNull,
  targetYear: intOrNull,
  status,
  progress: numOrNull,
  latest: numOrNull,
  latestYear: intOrNull,
  measurements,
};

const QUOTA_FIELDS: { [K in keyof QuotaRecord]: Check<QuotaRecord[K]> } = {
  row,
  period: (v, p) => (typeof v === "string" && /^\d{4}-H[12]$/.test(v) ? v : fail(p, "halfjaar (JJJJ-H1)")),
  quota: intOrNull,
  housed: intOrNull,
  statedDue: intOrNull,
  statedBalance: intOrNull,
  due: intOrNull,
  balance: intOrNull,
};

type Fields<R> = { [K in keyof R]?: Check<R[K]> };

function encodeColumns(columns: Record<string, StateColumn>): Record<string, [string, number]> {
  return Object.fromEntries(Object.entries(columns).map(([key, c]) => [key, [c.header, c.index]]));
}

function encodeTable<R extends object>(table: StateTable<R> | null, fields: Fields<R>): unknown {
  if (table === null) return null;
  const names = Object.keys(fields) as (keyof R)[];
  return {
    sheet: table.sheet,
    columns: encodeColumns(table.columns),
    fields: names,
    rows: table.rows.map((r) => names.map((name) => r[name])),
  };
}

function decodeColumns(value: unknown, path: string): Record<string, StateColumn> {
  if (!isObject(value)) fail(path, "kolommen");
  const columns: Record<string, StateColumn> = {};
  for (const [key, c] of Object.entries(value)) {
    if (!Array.isArray(c) || c.length !== 2) fail(`${path}.${key}`, "[kop, kolom]");
    columns[key] = { header: str(c[0], `${path}.${key}[0]`), index: int(c[1], `${path}.${key}[1]`) };
  }
  return columns;
}

function decodeTable<R>(value: unknown, fields: Fields<R>, path: string): StateTable<R> | null {
  if (value === null) return null;
  if (!isObject(value)) fail(path, "tabel");
  const names = Object.keys(fields) as (keyof R & string)[];
  const written = value.fields;
  if (!Array.isArray(written) || written.length !== names.length || written.some((n, i) => n !== names[i])) fail(`${path}.fields`, names.join(","));
  if (!Array.isArray(value.rows)) fail(`${path}.rows`, "lijst van rijen");
  const rows = value.rows.map((line, i) => {
    if (!Array.isArray(line) || line.length !== names.length) fail(`${path}.rows[${i}]`, `${names.length} waarden`);
    const record = {} as R;
    names.forEach((name, j) => (record[name] = fields[name]!(line[j], `${path}.rows[${i}].${name}`)));
    return record;
  });
  return { sheet: str(value.sheet, `${path}.sheet`), columns: decodeColumns(value.columns, `${path}.columns`), rows };
}

function decodeMeasurements(value: unknown): RecordedState["measurements"] {
  if (value === null) return null;
  if (!isObject(value)) fail("measurements", "blad en kolommen");
  return { sheet: str(value.sheet, "measurements.sheet"), columns: decodeColumns(value.columns, "measurements.columns") };
}

function decodeFindings(value: unknown): Record<string, string[]> {
  if (!isObject(value)) fail("findings", "bevindingen per regel");
  const findings: Record<string, string[]> = {};
  for (const [rule, keys] of Object.entries(value)) {
    if (!Array.isArray(keys)) fail(`findings.${rule}`, "lijst");
    findings[rule] = keys.map((k, i) => str(k, `findings.${rule}[${i}]`));
  }
  return findings;
}

function decodeQuota(value: unknown): QuotaState | null {
  const table = decodeTable(value, QUOTA_FIELDS, "quota");
  if (table === null) return null;
  const raw = value as Record<string, unknown>;
  return {
    ...table,
    openingBalance: num(raw.openingBalance, "quota.openingBalance"),
    backlog: numOrNull(raw.backlog, "quota.backlog"),
    statedBacklog: numOrNull(raw.statedBacklog, "quota.statedBacklog"),
  };
}

/** Every character outside printable ASCII as a JSON `\uXXXX` escape. */
function asciiOnly(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * @summary The JSON text of a state: compact, ASCII only, stable field order.
 * @example
 * serializeState(state) //=> '{"format":"beleidsmonitor-stand","version":1,…}'
 */
export function serializeState(state: RecordedState): string {
  const quota = state.quota === null ? null : { ...(encodeTable(state.quota, QUOTA_FIELDS) as object), openingBalance: state.quota.openingBalance, backlog: state.quota.backlog, statedBacklog: state.quota.statedBacklog };
  return asciiOnly(
    JSON.stringify({
      format: state.format,
      version: state.version,
      recordedAt: state.recordedAt,
      generator: state.generator,
      meetingDate: state.meetingDate,
      referenceDate: state.referenceDate,
      municipality: state.municipality,
      activities: encodeTable(state.activities, ACTIVITY_FIELDS),
      indicators: encodeTable(state.indicators, INDICATOR_FIELDS),
      measurements: state.measurements === null ? null : { sheet: state.measurements.sheet, columns: encodeColumns(state.measurements.columns) },
      quota,
      findings: state.findings,
    }),
  );
}

/**
 * @summary Reads a state back from its JSON text, checking every field.
 * @description Never throws: text that is not JSON is `damaged`, a newer version is `future-version`,
 * a missing or mistyped field is `invalid`, each with the place it went wrong.
 * @example
 * parseState(serializeState(state)) //=> { ok: true, state }
 * @example
 * parseState("{") //=> { ok: false, problem: "damaged", detail: "…" }
 */
export function parseState(text: string): StateReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: "damaged", detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(value) || value.format !== STATE_FORMAT) return { ok: false, problem: "invalid", detail: "geen vastgelegde stand van Beleidsmonitor" };
  if (typeof value.version === "number" && Number.isInteger(value.version) && value.version > STATE_VERSION) {
    return { ok: false, problem: "future-version", detail: `versie ${value.version}; deze Beleidsmonitor leest tot en met versie ${STATE_VERSION}` };
  }
  if (value.version !== STATE_VERSION) return { ok: false, problem: "invalid", detail: `onbekende versie ${JSON.stringify(value.version)}` };
  try {
    const state: RecordedState = {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      recordedAt: str(value.recordedAt, "recordedAt"),
      generator: str(value.generator, "generator"),
      meetingDate: isoOrNull(value.meetingDate, "meetingDate"),
      referenceDate: iso(value.referenceDate, "referenceDate"),
      municipality: strOrNull(value.municipality, "municipality"),
      activities: decodeTable(value.activities, ACTIVITY_FIELDS, "activities"),
      indicators: decodeTable(value.indicators, INDICATOR_FIELDS, "indicators"),
      measurements: decodeMeasurements(value.measurements),
      quota: decodeQuota(value.quota),
      findings: decodeFindings(value.findings),
    };
    return { ok: true, state };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: "invalid", detail: error.message };
    throw error;
  }
}
