/** One half-year of the quota for permit holders, as the ledger needs it. */
export interface LedgerInput {
  quota: number | null;
  /** Housed in that half-year; null while not yet known. */
  housed: number | null;
}

export interface LedgerPeriod {
  /** Dₚ = Qₚ − Sₚ₋₁: quota plus carried backlog, minus carried surplus. */
  due: number | null;
  /** Sₚ = Hₚ − Dₚ: negative is achterstand, positive voorsprong. */
  balance: number | null;
  /** max(0, −Sₚ). */
  backlog: number | null;
}

/**
 * The quota ledger of `workbook-format.md`.
 * A period without a quota, or after a period whose balance is unknown, has no due.
 *
 * @example
 * computeLedger([{ quota: 24, housed: 40 }, { quota: 33, housed: 27 }], -5)
 * //=> [{ due: 29, balance: 11, backlog: 0 }, { due: 22, balance: 5, backlog: 0 }]
 */
export function computeLedger(periods: readonly LedgerInput[], openingBalance = 0): LedgerPeriod[] {
  const result: LedgerPeriod[] = [];
  let carried: number | null = openingBalance;
  for (const { quota, housed } of periods) {
    const due: number | null = quota === null || carried === null ? null : quota - carried;
    const balance: number | null = due === null || housed === null ? null : housed - due;
    result.push({ due, balance, backlog: balance === null ? null : Math.max(0, -balance) });
    carried = balance;
  }
  return result;
}

/** The backlog after the last half-year whose balance is known (0 when ahead); null when none is known. */
export function currentBacklog(ledger: readonly LedgerPeriod[]): number | null {
  for (let i = ledger.length - 1; i >= 0; i--) {
    if (ledger[i].backlog !== null) return ledger[i].backlog;
  }
  return null;
}
