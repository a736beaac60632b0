import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import { compareHalfYears, halfYearLabel, type HalfYear } from "../parse/halfYear";
import type { DutchNumber } from "../parse/parseDutchNumber";
import { computeLedger, currentBacklog } from "./ledger";

export interface QuotaPeriod {
  row: ParsedRow;
  period: HalfYear;
  /** `2024-H2`. */
  label: string;
  /** The period as written in the sheet. */
  written: string;
  quota: number | null;
  housed: number | null;
  /** Computed. */
  due: number | null;
  balance: number | null;
  backlog: number | null;
  statedDue: number | null;
  statedBalance: number | null;
}

export interface QuotaLedger {
  openingBalance: number;
  periods: QuotaPeriod[];
  /** Backlog after the last half-year with a housed count. */
  backlog: number | null;
}

function whole(row: ParsedRow, key: string): number | null {
  return row.value<DutchNumber>(key)?.value ?? null;
}

/**
 * The ledger of `Taakstelling`: rows with a readable half-year, in period order. Rows whose
 * period cannot be read are left out here; a rule reports them.
 */
export function quotaLedger(table: ParsedTable | undefined, openingBalance: number): QuotaLedger {
  const rows = (table?.filledRows ?? [])
    .map((row) => ({ row, period: row.value<HalfYear>("period") }))
    .filter((r): r is { row: ParsedRow; period: HalfYear } => r.period !== null)
    .sort((a, b) => compareHalfYears(a.period, b.period) || a.row.row - b.row.row);
  const inputs = rows.map(({ row }) => ({ quota: whole(row, "quota"), housed: whole(row, "housed") }));
  const ledger = computeLedger(inputs, openingBalance);
  const periods = rows.map(({ row, period }, i) => ({
    row,
    period,
    label: halfYearLabel(period),
    written: row.text("period"),
    quota: inputs[i].quota,
    housed: inputs[i].housed,
    due: ledger[i].due,
    balance: ledger[i].balance,
    backlog: ledger[i].backlog,
    statedDue: whole(row, "due"),
    statedBalance: whole(row, "balance"),
  }));
  return { openingBalance, periods, backlog: currentBacklog(ledger) };
}
