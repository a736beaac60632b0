import { computeLedger, currentBacklog } from "../../../src/core/quota/ledger";

// Dronten, seed 002 lines 409–421: quota per half-year 2022-H1 … 2025-H1 and the housed counts the table implies.
const QUOTA = [24, 33, 52, 43, 46, 42, 44];
const HOUSED = [40, 27, 30, 16, 34, 66, null];

describe("computeLedger", () => {
  it("reproduces every stated due and balance of Dronten's table", () => {
    const ledger = computeLedger(
      QUOTA.map((quota, i) => ({ quota, housed: HOUSED[i] })),
      -5,
    );
    expect(ledger.map((p) => p.due)).toEqual([29, 22, 47, 60, 90, 98, 76]);
    expect(ledger.map((p) => p.balance)).toEqual([11, 5, -17, -44, -56, -32, null]);
    expect(currentBacklog(ledger)).toBe(32);
  });

  it("carries a surplus as a lower due", () => {
    expect(computeLedger([{ quota: 33, housed: 27 }], 11)).toEqual([{ due: 22, balance: 5, backlog: 0 }]);
  });

  it("stops computing after a half-year without a housed count", () => {
    const ledger = computeLedger([
      { quota: 10, housed: null },
      { quota: 10, housed: 5 },
    ]);
    expect(ledger).toEqual([
      { due: 10, balance: null, backlog: null },
      { due: null, balance: null, backlog: null },
    ]);
    expect(currentBacklog(ledger)).toBeNull();
  });

  it("has no due without a quota", () => {
    expect(computeLedger([{ quota: null, housed: 3 }])[0]).toEqual({ due: null, balance: null, backlog: null });
  });
});
