/**
 * Custom functions (namespace BM). Ids and the JSDoc below are English and stable; Dutch names and
 * descriptions live in translations.ts. The build appends CustomFunctions.associate(...) for each function.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator maps only any[][] to mixed ranges */
import { computeLedger } from "../core/quota/ledger";
import { readNumber, readQuotaPeriods } from "./arguments";

/**
 * Balance of the quota for housing permit holders after each half-year: negative is a backlog, positive a surplus. Empty while the number housed is not known.
 * @customfunction BALANCE
 * @param quotas Quota per half-year, as a column or row (the first half-year first).
 * @param housed Permit holders housed per half-year, same length; leave a cell empty while not yet known.
 * @param [openingBalance] Balance before the first half-year (negative is a backlog). Default 0.
 * @returns The balance after each half-year, as a column.
 */
export function balance(quotas: any[][], housed: any[][], openingBalance?: any): any[][] {
  const periods = readQuotaPeriods(quotas, housed);
  const opening = readNumber(openingBalance, "beginsaldo") ?? 0;
  return computeLedger(periods, opening).map((period) => [period.balance ?? ""]);
}
