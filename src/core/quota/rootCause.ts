import type { HalfYear } from "../parse/halfYear";
import { computeLedger, type LedgerInput } from "./ledger";
import type { QuotaLedger, QuotaPeriod } from "./quotaTable";

/**
 * Where a stated row breaks its own neighbours (`workbook-format.md`, *Stated figures and their root cause*):
 * `opening` the first row's due does not follow from the Beginsaldo · `due` a due that does not follow
 * from the previous row · `housed` a housed count that does not fit the stated due and balance (the
 * next row carries the stated balance on) · `balance` a balance that is not housed minus due.
 */
export type QuotaCauseKind = "opening" | "due" | "housed" | "balance";

/** What a cause changes at the headline half-year: the computed chain, or the figures the table states. */
export interface QuotaConsequence {
  on: "computed" | "stated";
  period: HalfYear;
  /** The balance there with the cell as it is, and with the cell corrected. */
  balanceWith: number;
  balanceWithout: number;
}

export interface QuotaCause {
  kind: QuotaCauseKind;
  period: QuotaPeriod;
  /** The column of the cell that breaks the row. */
  column: "due" | "housed" | "balance";
  /** The value in that cell. */
  value: number;
  /** The value that would make the row consistent with its neighbours. */
  expected: number;
  /** The balance the stated chain carries into the row (the Beginsaldo for the first). */
  previous: number | null;
  /** The due the row's balance is checked with: the stated one, else quota minus `previous`. */
  due: number | null;
  /** `opening`: the Beginsaldo with which the first row's due would follow. */
  openingExpected?: number;
  /** `balance` where the next row does not tell which cell is off: the housed count that would fit the stated balance. */
  housedAlternative?: number;
  consequence: QuotaConsequence | null;
}

/** The backlog as the table states it (the official figure), the computed one beside it, and the cells that explain a difference. */
export interface QuotaHeadline {
  /** The last half-year with a stated balance, else the last with a computed one. */
  period: QuotaPeriod | null;
  statedBalance: number | null;
  computedBalance: number | null;
  causes: QuotaCause[];
}

/** The balance the stated chain carries out of a row: the stated one, else housed minus the (stated or chained) due. */
function chainBalance(period: QuotaPeriod, due: number | null): number | null {
  if (period.statedBalance !== null) return period.statedBalance;
  return period.housed !== null && due !== null ? period.housed - due : null;
}

function dueAfter(period: QuotaPeriod | undefined, balance: number): number | null {
  return period && period.quota !== null ? period.quota - balance : null;
}

/**
 * Every row checked against its own neighbours: the stated due against quota minus the previous stated
 * balance, the stated balance against housed minus the stated due. Each row that breaks is a cause, with
 * the cell and the value that would fit; rows that only follow an earlier cause are consistent with the
 * stated chain and give none.
 *
 * @example
 * // Dronten, H1 2024: 18 housed where Opgave 90 and Saldo −56 imply 34 → one cause, at Gehuisvest.
 */
export function quotaCauses(ledger: QuotaLedger): QuotaCause[] {
  const { periods } = ledger;
  const headline = headlineIndex(ledger);
  const causes: QuotaCause[] = [];
  let previous: number | null = ledger.openingBalance;
  periods.forEach((period, i) => {
    const dueFromPrevious = period.quota !== null && previous !== null ? period.quota - previous : null;
    const cause = (fields: Omit<QuotaCause, "period" | "previous" | "consequence"> & { consequence?: QuotaConsequence | null }): QuotaCause => {
      const found: QuotaCause = { ...fields, period, previous, consequence: fields.consequence ?? null };
      causes.push(found);
      return found;
    };
    let due = period.statedDue ?? dueFromPrevious;
    let carried = chainBalance(period, due);
    if (period.statedDue !== null && dueFromPrevious !== null && period.statedDue !== dueFromPrevious) {
      const balanceFollowsRightDue = period.statedBalance !== null && period.housed !== null && period.statedBalance === period.housed - dueFromPrevious;
      const found = cause({ kind: i === 0 ? "opening" : "due", column: "due", value: period.statedDue, expected: dueFromPrevious, due: period.statedDue });
      if (i === 0 && period.quota !== null) found.openingExpected = period.quota - period.statedDue;
      if (i === 0) found.consequence = computedConsequence(ledger, headline, { opening: found.openingExpected });
      else if (!balanceFollowsRightDue) found.consequence = statedConsequence(ledger, headline, i, period.statedDue - dueFromPrevious);
      if (balanceFollowsRightDue) due = dueFromPrevious;
    }
    if (period.statedBalance !== null && period.housed !== null && due !== null && period.statedBalance !== period.housed - due) {
      const balance = period.housed - due;
      const next = periods[i + 1];
      const housedFits = due + period.statedBalance;
      if (next?.statedDue != null && next.statedDue === dueAfter(next, period.statedBalance)) {
        const consequence = computedConsequence(ledger, headline, { index: i, housed: housedFits });
        cause({ kind: "housed", column: "housed", value: period.housed, expected: housedFits, due, consequence });
      } else {
        const found = cause({ kind: "balance", column: "balance", value: period.statedBalance, expected: balance, due });
        if (next?.statedDue != null && next.statedDue === dueAfter(next, balance)) carried = balance;
        else found.housedAlternative = housedFits;
        if (i === headline) found.consequence = { on: "stated", period: period.period, balanceWith: period.statedBalance, balanceWithout: balance };
      }
    }
    previous = carried;
  });
  return causes;
}

/** Index of the headline half-year: the last with a stated balance, else the last with a computed one; -1 when none. */
function headlineIndex(ledger: QuotaLedger): number {
  const periods = ledger.periods;
  for (let i = periods.length - 1; i >= 0; i--) if (periods[i].statedBalance !== null) return i;
  for (let i = periods.length - 1; i >= 0; i--) if (periods[i].balance !== null) return i;
  return -1;
}

/** The computed balance at the headline half-year with one input corrected, beside the one as entered. */
function computedConsequence(ledger: QuotaLedger, headline: number, fix: { opening?: number; index?: number; housed?: number }): QuotaConsequence | null {
  if (headline < 0) return null;
  const balanceWith = ledger.periods[headline].balance;
  if (balanceWith === null) return null;
  const inputs: LedgerInput[] = ledger.periods.map((p, i) => ({ quota: p.quota, housed: i === fix.index ? (fix.housed ?? p.housed) : p.housed }));
  const balanceWithout = computeLedger(inputs, fix.opening ?? ledger.openingBalance)[headline].balance;
  if (balanceWithout === null || balanceWithout === balanceWith) return null;
  return { on: "computed", period: ledger.periods[headline].period, balanceWith, balanceWithout };
}

/** A stated due that is `excess` too high lowers every stated balance that follows it by as much. */
function statedConsequence(ledger: QuotaLedger, headline: number, from: number, excess: number): QuotaConsequence | null {
  if (headline < from || excess === 0) return null;
  const balanceWith = ledger.periods[headline].statedBalance;
  if (balanceWith === null) return null;
  return { on: "stated", period: ledger.periods[headline].period, balanceWith, balanceWithout: balanceWith + excess };
}

/** The headline figures of the quota: the stated backlog as the official one, the computed one beside it, and their causes. */
export function quotaHeadline(ledger: QuotaLedger, causes: readonly QuotaCause[]): QuotaHeadline {
  const index = headlineIndex(ledger);
  const period = index < 0 ? null : ledger.periods[index];
  return {
    period,
    statedBalance: period?.statedBalance ?? null,
    computedBalance: period?.balance ?? null,
    causes: causes.filter((c) => c.consequence !== null),
  };
}
