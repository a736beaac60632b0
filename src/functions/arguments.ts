/**
 * Turning custom-function arguments into plain values. Excel passes a range as rows of cells and a single
 * cell as one value (or [[value]]); empty cells arrive as null, undefined or "". Errors carry Dutch messages.
 */
import type { CellValue } from "../core/cell";
import type { LedgerInput } from "../core/quota/ledger";
import { parseDutchNumber } from "../core/parse/parseDutchNumber";

/** #VALUE! with a message (only #VALUE! and #N/A show a message in Excel). */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A with a message. */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

export function isEmptyArgument(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A single value, a row or a column as one list; a block of several rows and columns is refused. */
export function toList(argument: unknown, label: string): unknown[] {
  if (!Array.isArray(argument)) return isEmptyArgument(argument) ? [] : [argument];
  const rows = argument.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length > 1 && width > 1) {
    throw invalidValue(`${label} moet één rij of één kolom zijn, geen blok van ${rows.length} × ${width}`);
  }
  return rows.length === 1 ? rows[0] : rows.map((row) => row[0]);
}

function joinLabels(labels: string[]): string {
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} en ${labels[labels.length - 1]}`;
}

/**
 * Several lists that belong together row by row. Trailing rows that are empty in every list are dropped
 * (so B2:B20 next to C2:C20 works); what remains must have the same length in each list.
 */
export function alignedLists(columns: { label: string; value: unknown }[]): unknown[][] {
  const lists = columns.map((column) => toList(column.value, column.label));
  let used = Math.max(0, ...lists.map((list) => list.length));
  while (used > 0 && lists.every((list) => isEmptyArgument(list[used - 1]))) used--;
  const lengths = lists.map((list) => Math.min(list.length, used));
  if (lengths.some((length) => length !== lengths[0])) {
    const labels = joinLabels(columns.map((column) => column.label));
    throw invalidValue(`${labels} hebben een verschillend aantal rijen (${joinLabels(lengths.map(String))})`);
  }
  return lists.map((list) => list.slice(0, used));
}

function asCellValue(value: unknown): CellValue {
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && typeof (value as { error?: unknown }).error === "string") return value as CellValue;
  return String(value);
}

/**
 * A number typed by a Dutch user: 12, "12", " 1.234 ", "-5", "−5". Empty or a placeholder such as "volgt"
 * gives null; anything else (also a percentage or an amount in euros) is #VALUE! naming `what`, e.g. "taakstelling in rij 3".
 */
export function readNumber(value: unknown, what: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const parsed = parseDutchNumber(asCellValue(value));
  if (parsed.ok && !parsed.value.percent && !parsed.value.currency) return parsed.value.value;
  if (!parsed.ok && parsed.reason !== "invalid") return null;
  throw invalidValue(`${what} is geen getal: '${parsed.ok ? String(value) : parsed.text}'`);
}

/** The half-years of the quota ledger from a quota and a housed range (the first row is "rij 1"). */
export function readQuotaPeriods(quotas: unknown, housed: unknown): LedgerInput[] {
  const [quotaList, housedList] = alignedLists([
    { label: "taakstellingen", value: quotas },
    { label: "gehuisvest", value: housed },
  ]);
  if (quotaList.length === 0) throw notAvailable("geen taakstellingen opgegeven");
  return quotaList.map((cell, index) => {
    const row = index + 1;
    const quota = readNumber(cell, `taakstelling in rij ${row}`);
    if (quota === null) throw invalidValue(`taakstelling ontbreekt in rij ${row}`);
    return { quota, housed: readNumber(housedList[index], `gehuisvest in rij ${row}`) };
  });
}
